"""A machine-readable zone's name line pasted without its data line (hostile round 25):
`P<SWEERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<` names the holder of a passport and their
nationality, copied from a scan into a ticket (an OCR tool's output, a "the app rejects my
passport" message). kbgen.core.privacy.machine_zones reads the data line, whose check digits
prove it; main published a name line alone.

Read by structure: a run of exactly a zone's width of capitals and `<` alone, no digit, no zone
character on either side,

- 44 or 36 wide (TD3 passport, TD2 card, MRV visas): a document code (`P`, `V`, `I`, `A`, `C`
  and a letter or `<`), an issuing state of three letters or `<` (`D<<`), then the surname,
  `<<`, the given names, `<` filler to the end;
- 30 wide (TD1 card's third line): the surname, `<<`, the given names, filler.

A line beside a zone line with a digit (the data line, within two lines) is the zone's: that
line's reader judges it, with its specimens (kbgen.core.privacy.specimen_zones). Not a person:
the state Utopia (`UTO`, ICAO Doc 9303's specimens) or ICAO's specimen holder
`ERIKSSON<<ANNA<MARIA`, the specimens' surnames (`MUSTERMANN`, `MUSTERFRAU`, `SPECIMEN`), the
format's own field names (`SURNAME<<GIVEN<NAMES`, `PRIMARY<<SECONDARY`) and one letter repeated
(`XXXX<<XXXX`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import NATIONAL_ID

_NAMES = r"[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<*"
"""Surname, `<<`, given names, filler."""
_WIDE = re.compile(r"[PVIAC][A-Z<][A-Z<]{3}(?P<names>" + _NAMES + ")")
_CARD = re.compile(r"(?P<names>" + _NAMES + ")")
_RUN = re.compile(r"(?<![A-Z0-9<])[A-Z<]{30}(?:[A-Z<]{6}(?:[A-Z<]{8})?)?"
                  r"(?:(?![A-Z0-9<])|(?=</?[a-z]))")
"""A run of exactly 30, 36 or 44 zone letters (an HTML tag after it ends it: `</td>`)."""
_DATA_LINE = re.compile(r"[A-Z0-9<]{30}")
_SPECIMEN_STATE = "UTO"
_SPECIMEN_HOLDER = "ERIKSSON<<ANNA<MARIA"
_NOT_NAMES = frozenset({
    "MUSTERMANN", "MUSTERFRAU", "SPECIMEN", "SURNAME", "SURNAMES", "NAME", "NAMES", "GIVEN",
    "FIRSTNAME", "LASTNAME", "FAMILYNAME", "PRIMARY", "SECONDARY", "IDENTIFIER", "HOLDER",
    "FIRST", "LAST", "FAMILY"})
"""Specimens' surnames and the format's field names."""
NEAR = 2
"""Lines either side where a zone's data line makes a name line its own."""


def needs(text: str) -> bool:
    """Whether a text may hold a zone's name line."""
    return "<<" in text


def _not_a_person(run: str, names: str) -> bool:
    if len(run) > 30 and run[2:5] == _SPECIMEN_STATE:
        return True
    if names.startswith(_SPECIMEN_HOLDER):
        return True
    words = [word for word in names.split("<") if word]
    return any(word in _NOT_NAMES for word in words) or any(
        len(set(word)) == 1 for word in words)


def _beside_data_line(lines: list[str], index: int) -> bool:
    return any(any(char.isdigit() for char in match.group())
               for near in range(max(0, index - NEAR), min(len(lines), index + NEAR + 1))
               if near != index for match in _DATA_LINE.finditer(lines[near]))


def zone_name_lines(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each name line of a zone that stands without its data line."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        if "<<" not in line:
            continue
        for match in _RUN.finditer(line):
            run = match.group()
            shape = (_WIDE if len(run) > 30 else _CARD).fullmatch(run)
            if shape is None or _not_a_person(run, shape.group("names")):
                continue
            if _beside_data_line(lines, index):
                continue
            yield index, _Hit(match.start(), match.end(), NATIONAL_ID,
                              f"MRZ {run[:2]}{'*' * (len(run) - 4)}{run[-2:]}")
