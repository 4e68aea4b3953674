"""A contact card's address and phone (hostile round 24): the `ADR`, `LABEL` and `TEL` lines
of a `.vcf` pasted into a ticket or an article (`ADR;TYPE=home:;;12 Elm St;Springfield;IL;
62701;USA`, `TEL;TYPE=cell:(217) 384-2291`). The phone reader needs a region to read a number
written without `+` and the address reader a label or a name before a street; a vCard's
property names what its value is, so main published both.

Read by structure (RFC 6350, 2426): a property's name, its `;` parameters, a colon, and a
value of the property's shape. An `ADR` value is the seven `;`-separated parts (post box,
extended, street, town, region, postcode, country) with a street holding a number and a word,
or a postcode beside a town; a `LABEL` is a printed address (a number and a word over an
escaped line break); a `TEL` value (maybe a `tel:` URI) is 7 to 15 digits. A vCard's name
is in capitals, or has parameters: `Tel: 030 …` in prose is the phone reader's.

Not a person's: a value made of stand-ins (`<street>`, `Street`, `City`, `{{ phone }}`,
`...`), the RFC's own `Any Town` example, or a phone number of one repeated digit or a
counting run (`0000000`, `1234567`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE, POSTAL_ADDRESS

_PROPERTY = re.compile(
    r"(?:(?<![\w.-])|(?<=\\n))(?:[A-Za-z][A-Za-z0-9-]*\.)?"
    r"(?:(?P<upper>ADR|LABEL|TEL)|(?i:(?P<any>adr|label|tel)))"
    r"(?P<parameters>(?:;(?:[^:;\"\n]|\"[^\"\n]{0,200}\"){1,80}){0,8}):(?P<value>[^\n|\"`<>]*)")
"""`ADR;TYPE=home:…`, `item1.TEL:…`: a property, its parameters and its value."""
_NUMBER_WORD = re.compile(r"\d.*[^\W\d_]{2}|[^\W\d_]{2}.*\d")
_STAND_IN = re.compile(
    r"(?i)^(?:[<{\[(].*[>}\])]|\.{2,}|…|x+|street|city|town|state|region|zip|postcode|postal code"
    r"|country|number|phone|anytown|any town|straße|stadt|rue|ville|calle|ciudad)$")
"""A part that stands in for a value: a bracketed name, dots, a field's own name."""
_EXAMPLE_TOWNS = frozenset({"any town", "anytown", "anycity", "any city", "musterstadt"})
"""RFC 6350's and the German forms' example towns."""
_TEL_SEPARATORS = re.compile(r"[\s().\-/]")
_TEL_VALUE = re.compile(r"(?i)(?:tel:)?(\+?[\d\s().\-/]{7,30})(?![^\W\d_])")
"""A TEL value: a number with its separators, maybe a `tel:` URI's, up to what follows it (an
extension, the end of a sentence)."""


def needs(text: str) -> bool:
    """Whether a line may hold a vCard's address or phone: the property's name and a colon."""
    folded = text.lower()
    return ("adr" in folded or "tel" in folded or "label" in folded) and ":" in text


def _part(value: str) -> str:
    return value.strip().strip('"').strip()


def _stand_in(part: str) -> bool:
    return not part or bool(_STAND_IN.match(part))


def _address(value: str) -> bool:
    """Whether an ADR value is someone's address: its street holds a number and a word, or its
    postcode holds a digit beside a town, and no part is a stand-in."""
    parts = [_part(part) for part in value.split(";")]
    if len(parts) < 5:
        return False
    street, town, code = parts[2], parts[3], parts[5] if len(parts) > 5 else ""
    filled = [part for part in parts if part]
    if any(_stand_in(part) for part in filled) or town.lower() in _EXAMPLE_TOWNS:
        return False
    return bool(_NUMBER_WORD.search(street)) or (any(c.isdigit() for c in code) and bool(town))


def _label(value: str) -> bool:
    """Whether a LABEL value is a printed address: lines (escaped `\\n`) of which one holds a
    number and a word, none a stand-in."""
    lines = [_part(line) for line in re.split(r"\\n|=0D=0A", value) if _part(line)]
    if len(lines) < 2 or any(_stand_in(line) for line in lines):
        return False
    if any(town in value.lower() for town in _EXAMPLE_TOWNS):
        return False
    return any(_NUMBER_WORD.search(line) for line in lines)


def _telephone(value: str) -> bool:
    """Whether a TEL value is a phone number: 7 to 15 digits, neither one repeated nor a
    counting run."""
    match = _TEL_VALUE.match(value.strip())
    if match is None:
        return False
    digits = _TEL_SEPARATORS.sub("", match.group(1)).lstrip("+")
    if not 7 <= len(digits) <= 15 or not digits.isdigit():
        return False
    tail = digits[-7:]
    counting = "01234567890123456789"
    return len(set(tail)) > 1 and tail not in counting and tail not in counting[::-1]


def vcard_properties(line: str, context: _Context) -> Iterator[_Hit]:
    """Each vCard address or phone on the line."""
    if not needs(line):
        return
    for match in _PROPERTY.finditer(line):
        if match.group("any") and not match.group("parameters"):
            continue  # `Tel: …` or `label:` in prose, no vCard's line
        name = (match.group("upper") or match.group("any")).upper()
        value = match.group("value")
        if name == "ADR" and _address(value):
            yield _hit(match, POSTAL_ADDRESS, "ADR")
        elif name == "LABEL" and _label(value):
            yield _hit(match, POSTAL_ADDRESS, "LABEL")
        elif name == "TEL" and _telephone(value):
            yield _hit(match, PHONE, "TEL")


def _hit(match: re.Match[str], kind: str, name: str) -> _Hit:
    start, end = match.start("value"), match.end("value")
    value = match.group("value")
    return _Hit(start, end, kind, f"{name}:{value[:2]}{'*' * max(len(value) - 4, 1)}{value[-2:]}")
