"""A passport's or an identity card's machine-readable zone (hostile round 24): the lines of `<`
and capitals printed under the photo (ICAO Doc 9303), pasted from a scan into a ticket. Its data
line holds the document's number, the holder's nationality, birth date, sex and expiry date;
main published every one, in prose, a table, a code block or a quoted message.

Read by structure, not by a label: a data line is a run of exactly the zone's width (44
characters for a passport, TD3; 36 for TD2; 30 for an identity card, TD1) of capitals, digits
and `<` whose fields are where the format puts them and whose check digits (weights 7, 3, 1)
are right: the document number's, the birth date's and the expiry date's, and the line's
composite one where the line holds it. Random text of that shape passes the three checks once
in a thousand, and must also carry two dates of the calendar and a sex of `M`, `F`, `X` or `<`.

Not a person's: the specimen of ICAO Doc 9303 itself, whose state is Utopia (`UTO`, a code no
country has), and a line whose document number is all filler or one repeated character (a
template: `<<<<<<<<<`, `000000000`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import NATIONAL_ID

_ZONE = re.compile(r"(?<![A-Z0-9<])[A-Z0-9<]{30}(?:[A-Z0-9<]{6}(?:[A-Z0-9<]{8})?)?"
                   r"(?:(?![A-Z0-9<])|(?=</?[a-z]))")
"""A run of exactly 30, 36 or 44 zone characters, as a TD1, TD2 or TD3 line is wide (an HTML
tag may follow: `<td>…</td>`)."""
_DATE = re.compile(r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
"""YYMMDD of the calendar."""
_SEX = frozenset("MFX<")
_SPECIMEN_STATE = "UTO"
"""Utopia: the state of ICAO Doc 9303's specimens, no country's."""


def needs(text: str) -> bool:
    """Whether a line may hold a zone's data line: filler or the width, and a digit."""
    return ("<" in text or len(text) >= 30) and any(char.isdigit() for char in text)


def _value(char: str) -> int:
    if char.isdigit():
        return int(char)
    return 0 if char == "<" else ord(char) - ord("A") + 10


def _checked(field: str, digit: str) -> bool:
    """Whether `digit` is the ICAO check digit of `field` (weights 7, 3, 1)."""
    if not digit.isdigit():
        return False
    total = sum(_value(char) * (7, 3, 1)[place % 3] for place, char in enumerate(field))
    return total % 10 == int(digit)


def _dates_checked(birth: str, sex: str, expiry: str) -> bool:
    """Whether `birth` and `expiry` (each YYMMDD and its check digit) are dates whose check
    digits are right, with a sex between them."""
    return (sex in _SEX and bool(_DATE.fullmatch(birth[:6])) and _checked(birth[:6], birth[6])
            and bool(_DATE.fullmatch(expiry[:6])) and _checked(expiry[:6], expiry[6]))


def _template(number: str) -> bool:
    return len(set(number)) < 2


def _wide_line(line: str) -> str | None:
    """The document number of a TD3 (44) or TD2 (36) data line, or None: number, check,
    nationality, birth date and check, sex, expiry and check, optional data, composite."""
    number, state = line[0:9], line[10:13]
    if (not _checked(number, line[9]) or not re.fullmatch(r"[A-Z<]{3}", state)
            or not _dates_checked(line[13:20], line[20], line[21:28])):
        return None
    optional = line[28:-1]
    composite = line[0:10] + line[13:20] + line[21:-1]
    if len(line) == 44 and not (_checked(optional[:-1], optional[-1])
                                or optional[-1] == "<" == optional[0]):
        return None
    if not _checked(composite, line[-1]):
        return None
    return None if state == _SPECIMEN_STATE or _template(number) else number


def _card_first(line: str) -> str | None:
    """The document number of a TD1 first line: type, state, number and check, optional."""
    state, number = line[2:5], line[5:14]
    if (not re.fullmatch(r"[A-Z][A-Z<]", line[:2]) or not re.fullmatch(r"[A-Z<]{3}", state)
            or not _checked(number, line[14]) or "<" not in line):
        return None
    if state == _SPECIMEN_STATE or _template(number) or number.isalpha():
        return None
    return number


def _card_second(line: str) -> str | None:
    """The birth date of a TD1 second line: birth date and check, sex, expiry and check,
    nationality, optional data, composite."""
    if not _dates_checked(line[0:7], line[7], line[8:15]) or not line[29].isdigit():
        return None
    state = line[15:18]
    if not re.fullmatch(r"[A-Z<]{3}", state) or state == _SPECIMEN_STATE:
        return None
    return line[0:6]


def machine_zones(line: str, context: _Context) -> Iterator[_Hit]:
    """Each data line of a machine-readable zone on the line."""
    if not needs(line):
        return
    for match in _ZONE.finditer(line):
        run = match.group()
        if len(run) > 30:
            value = _wide_line(run)
        else:
            value = _card_first(run) or _card_second(run)
        if value is not None:
            yield _Hit(match.start(), match.end(), NATIONAL_ID,
                       f"MRZ {run[:2]}{'*' * (len(run) - 4)}{run[-2:]}")
