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
counting run (`0000000`, `1234567`). A TEL is judged as the prose phone reader judges a number
(kbgen.core.privacy.phones): the site's own numbers (`Allowed.phones_e164`) publish, and a
number whose writing tells its plan (after `+`, or grouped as North America does, `(555)
010-0199`) is none if phonenumbers calls it invalid there; any other is read by its digits.
A lower-case name (`tel;timeout=30:`) is a vCard's only with the RFC's parameters. A
printed LABEL whose first line names an organisation (`Acme Ltd\n1 Acme Way\n…`, the prose
address reader's rule, kbgen.core.privacy.postal_addresses) is that company's own address.

A hit covers the value's own parts only (fixcard67, rev67 11): an ADR's street to postcode, a
LABEL's lines, a TEL's digits, each cut at a tab, a run of blanks or a word no address holds
(a long run of letters and digits, `=`, `:`, `@`), so a token or password after them on the
line is found by its own reader as what it is (a `kb:allow address` marker published one as a
part of an "address")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import phonenumbers

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE, POSTAL_ADDRESS
from kbgen.core.privacy.postal_addresses import _ORGANISATION

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
_TEL_VALUE = re.compile(r"(?i)[ \t]*\"?[ \t]*(?:tel:)?(\+?[\d\s().\-/]{6,29}\d\)?)(?![\w])")
"""A TEL value: a number with its separators, maybe a `tel:` URI's, ending at a digit (or a
bracket) that no letter or digit follows (an extension, the end of a sentence)."""
_PARAMETER_NAMES = frozenset({
    "type", "value", "pref", "pid", "altid", "charset", "encoding", "language", "label", "geo",
    "tz", "sort-as", "calscale", "mediatype", "cc", "index", "level", "home", "work", "cell",
    "voice", "fax", "msg", "pager", "bbs", "modem", "car", "isdn", "video", "pcs", "text",
    "textphone", "main-number", "iphone", "other", "internet", "dom", "intl", "postal",
    "parcel", "quoted-printable", "base64", "utf-8"})
"""The parameter names and bare types of RFC 6350 and 2426 (vCard 2.1's `TEL;CELL:`), and
`x-` ones: what a lower-case property's parameters must be to make it a vCard's."""
_FOREIGN = re.compile(r"\t|[ ]{2}|[=:@$%^*{}~`]")
"""What ends an address's own text: a tab or a run of blanks, or a character no address holds."""
_WORD = re.compile(r"[^\s;,]+")
MAX_ADDRESS_WORD = 11
"""The longest word of letters and digits an address holds (`Hauptstr.5a`); a longer one
mixing both is a key."""
_NORTH_AMERICAN = re.compile(r"(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)[ ]?|[2-9]\d\d[ .-])\d{3}[ .-]\d{4}")
"""A number written as North America writes one (`(217) 384-2291`, `1-800-555-0100`): its
grouping tells its plan. Bare ten digits (`9876543210`) may be India's or Mexico's."""
_WORK = re.compile(r"(?i)[;,=\"]work\b")
_HOME = re.compile(r"(?i)[;,=\"]home\b")


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


def _telephone(value: str) -> re.Match[str] | None:
    """The number of a TEL value, if a phone number's: 7 to 15 digits, neither one repeated
    nor a counting run."""
    match = _TEL_VALUE.match(value)
    if match is None:
        return None
    digits = _TEL_SEPARATORS.sub("", match.group(1)).lstrip("+")
    if not 7 <= len(digits) <= 15 or not digits.isdigit():
        return None
    tail = digits[-7:]
    counting = "01234567890123456789"
    if len(set(tail)) < 2 or tail in counting or tail in counting[::-1]:
        return None
    return match


def judged_number(number: str, context: _Context) -> tuple[bool, bool]:
    """(is a phone number, is one of the site's own) as the prose phone reader judges where
    a number's shape tells its plan: after `+`, or North American-shaped (read in the US
    besides the site's regions), valid there. Any other national number is one by its digits
    (the site's regions may not be the caller's); it is the site's own when it is in one of
    them."""
    regions: tuple[str | None, ...] = tuple(dict.fromkeys(
        (context.default_region, *context.allowed.national_regions)))
    north_american = bool(_NORTH_AMERICAN.fullmatch(number.strip()))
    judged_by_shape = number.startswith("+") or north_american
    if number.startswith("+"):
        regions = (None,)
    elif north_american:
        regions = (*regions, "US")
    judged = []
    for region in regions:
        if region is None and not number.startswith("+"):
            continue
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        judged.append((phonenumbers.is_valid_number(parsed),
                       phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)))
    if any(e164 in context.allowed.phones_e164 for _, e164 in judged):
        return True, True
    return not judged_by_shape or any(valid for valid, _ in judged), False


def _vcard_parameters(parameters: str) -> bool:
    """Whether a property's parameters are all the RFC's (or `x-`)."""
    for parameter in parameters.split(";")[1:]:
        name = parameter.split("=", 1)[0].strip().lower()
        if name not in _PARAMETER_NAMES and not name.startswith("x-"):
            return False
    return True


def _own_end(value: str, end: int) -> int:
    """Where an address's own text ends in value[:end]: before a tab, a run of blanks, a
    character no address holds (_FOREIGN), a long word of letters and digits (a key) or 9
    digits in a row; its trailing blanks and `;` dropped. One pass over the words."""
    foreign = _FOREIGN.search(value, 0, end)
    if foreign is not None:
        end = foreign.start()
    for word in _WORD.finditer(value, 0, end):
        text = word.group()
        digits = sum(char.isdigit() for char in text)
        if (len(text) > MAX_ADDRESS_WORD and 0 < digits < len(text)) or digits >= 9:
            end = word.start()
            break
    return len(value[:end].rstrip(" \t;,\\"))


def _address_end(value: str) -> int:
    """The end of an ADR value's street-to-postcode parts (the country and what follows
    name no one)."""
    ends = [at for at, char in enumerate(value) if char == ";"] + [len(value)]
    return _own_end(value, ends[min(5, len(ends) - 1)])


def _organisation_label(value: str) -> bool:
    """A LABEL whose first line names an organisation (`Acme Ltd\\n1 Acme Way…`): the
    company's own address, as the prose address reader publishes it."""
    first = re.split(r"\\n|=0D=0A", value, maxsplit=1)[0]
    return _ORGANISATION.search(first) is not None


def vcard_properties(line: str, context: _Context) -> Iterator[_Hit]:
    """Each vCard address or phone on the line."""
    if not needs(line):
        return
    for match in _PROPERTY.finditer(line):
        if match.group("any") and not (match.group("parameters")
                                       and _vcard_parameters(match.group("parameters"))):
            continue  # `Tel: …`, `label:` or `tel;timeout=30:` in prose, no vCard's line
        name = (match.group("upper") or match.group("any")).upper()
        value, start = match.group("value"), match.start("value")
        if name == "ADR" and _address(value):
            yield _hit(line, start, start + _address_end(value), POSTAL_ADDRESS, "ADR")
        elif name == "LABEL" and _label(value):
            parameters = match.group("parameters")
            if (_WORK.search(parameters) and not _HOME.search(parameters)
                    and _organisation_label(value)):
                continue
            yield _hit(line, start, start + _own_end(value, len(value)), POSTAL_ADDRESS, "LABEL")
        elif name == "TEL" and (number := _telephone(value)) is not None:
            phone, own = judged_number(number.group(1), context)
            if phone:
                yield replace(_hit(line, start + number.start(1), start + number.end(1), PHONE,
                                   "TEL"), allowed=own)


def _hit(line: str, start: int, end: int, kind: str, name: str) -> _Hit:
    end = max(end, start + 1)
    value = line[start:end]
    return _Hit(start, end, kind, f"{name}:{value[:2]}{'*' * max(len(value) - 4, 1)}{value[-2:]}")
