"""A machine-readable zone's line as OCR gives it (hostile round 26): a character short or
long (`…<<<<<<8` lost its last filler, a stray `<` after it) or with spaces inside (`C4X8R2K71
0SWE…`, `P<SWELINDQVIST<<KARIN< SOFIA<<<`). kbgen.core.privacy.machine_zones and
zone_name_lines read runs of exactly a zone's width without a space, so main published these.

Read by structure: a run of zone characters (capitals, digits, `<`), single spaces allowed
inside, holding `<<`, whose characters joined are within SLACK of a zone's width (30, 36, 44)
but not exactly it unspaced (those lines are the exact readers'). Its head is where OCR loses
least, so it is checked there:

- a data line (a digit in it): a TD3/TD2 line's document number and its check digit, its state
  (three letters or `<`), its birth date, sex and expiry date with their check digits; a TD1
  card's first line (document code, state, number and check digit, its number not all
  letters) or second line (birth date, sex, expiry, state);
- a name line (no digit): zone_name_lines' shape (`P<SWE` then `SURNAME<<GIVEN<NAMES<<<`, or a
  card's `SURNAME<<GIVEN<<<` ending in filler) and its rules: the specimens' states and
  holders, placeholder people, prose calling it a specimen.

The ICAO specimen (`UTO`) and a template number (one character repeated) are no one's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.machine_zones import _checked, _dates_checked, _template
from kbgen.core.privacy.model import NATIONAL_ID
from kbgen.core.privacy.zone_name_lines import (
    _CARD,
    _WIDE,
    _called_specimen,
    _not_a_person,
    _placeholder_holder,
)

_RUN = re.compile(r"(?<![A-Za-z0-9<])[A-Z0-9<]+(?: [A-Z0-9<]+)*(?![A-Za-z0-9<])")
"""Zone characters, single spaces inside."""
WIDTHS = (30, 36, 44)
SLACK = 2
"""Characters an OCR'd line may lack or add."""
_SPECIMEN_STATE = "UTO"
_STATE = re.compile(r"[A-Z<]{3}")


def needs(text: str) -> bool:
    """Whether a text may hold a zone line: filler twice."""
    return "<<" in text


def _width(joined: str, spaced: bool) -> int | None:
    """The zone width the joined run is within SLACK of (not exactly, unless spaced)."""
    for width in WIDTHS:
        if abs(len(joined) - width) <= SLACK and (spaced or len(joined) != width):
            return width
    return None


def _data_line(joined: str, width: int) -> bool:
    if width > 30:
        number, state = joined[0:9], joined[10:13]
        return (len(joined) >= 28 and _checked(number, joined[9])
                and _STATE.fullmatch(state) is not None and state != _SPECIMEN_STATE
                and _dates_checked(joined[13:20], joined[20], joined[21:28])
                and not _template(number))
    first_state, number = joined[2:5], joined[5:14]
    if (re.fullmatch(r"[A-Z][A-Z<]", joined[:2]) and _STATE.fullmatch(first_state)
            and first_state != _SPECIMEN_STATE and _checked(number, joined[14])
            and not number.isalpha() and not _template(number)):
        return True
    state = joined[15:18]
    return (_dates_checked(joined[0:7], joined[7], joined[8:15])
            and _STATE.fullmatch(state) is not None and state != _SPECIMEN_STATE)


def _name_line(joined: str, width: int) -> bool:
    shape = (_WIDE if width > 30 else _CARD).fullmatch(joined)
    if shape is None or (width == 30 and not joined.endswith("<")):
        return False
    names = shape.group("names")
    return not (_not_a_person(joined, names) or _placeholder_holder(names))


def _windows(run: str, start: int) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, joined, spaced) of each stretch of the run's space-split parts."""
    parts = [(match.start() + start, match.end() + start, match.group())
             for match in re.finditer(r"\S+", run)]
    for first in range(len(parts)):
        for last in range(first, len(parts)):
            joined = "".join(part for _, _, part in parts[first:last + 1])
            if len(joined) > WIDTHS[-1] + SLACK:
                break
            yield parts[first][0], parts[last][1], joined, last > first


def ocr_zones(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each zone line of an OCR'd width or spacing."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        if "<<" not in line:
            continue
        for match in _RUN.finditer(line):
            if "<<" not in match.group():
                continue
            for start, end, joined, spaced in _windows(match.group(), match.start()):
                width = _width(joined, spaced)
                if width is None or "<<" not in joined:
                    continue
                digits = any(char.isdigit() for char in joined)
                if not (_data_line(joined, width) if digits else _name_line(joined, width)):
                    continue
                if not digits and _called_specimen(lines, index, start):
                    continue
                yield index, _Hit(start, end, NATIONAL_ID,
                                  f"MRZ {joined[:2]}{'*' * (len(joined) - 4)}{joined[-2:]}")
                break
