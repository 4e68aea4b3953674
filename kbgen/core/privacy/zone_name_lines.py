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
(`XXXX<<XXXX`). Nor a line its prose calls a specimen, a sample, test data or an example (before
it on its line, or the line above a line it opens: `Dutch specimen:`, `見本:`, `Esempio:`;
kbgen.core.privacy.field_examples, in the languages the gate reads examples in) when that prose
says whose it is of no one and tells no event, nor a placeholder holder: John or Jane Doe,
Johnny Appleseed, or a surname that is a placeholder's word (`TEST<<USER`, `SAMPLE<<…`). A
real holder in a ticket (`From ticket #4821: P<GBRSMITH<<JOHN…`) is still a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_specimen
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
_PLACEHOLDER_SURNAMES = frozenset({
    "TEST", "TESTER", "TESTING", "SAMPLE", "EXAMPLE", "DUMMY", "FAKE", "PLACEHOLDER", "DEMO",
    "NOTREAL", "MUSTER", "SPECIMEN", "SPECIMENS", "SPECIMAN", "APPLESEED"})
"""Surnames that say the holder is made up (a test's, a sample's; Apple's Johnny Appleseed)."""
_PLACEHOLDER_PEOPLE = frozenset({("DOE", "JOHN"), ("DOE", "JANE"), ("DOE", "J")})
"""English's placeholder people. The other languages' (`Jean Dupont`, `Jan Kowalski`, `Mario
Rossi`) are common real names: a zone with them is read as a person's unless prose calls it
an example."""
_LEAD = re.compile(r"[\s>*_`'\"(\[|-]*")
"""What may stand before a zone line that opens its line (markup, quotes, a cell's pipe)."""
_FENCE = re.compile(r"\s*(?:```|~~~)")
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


def _placeholder_holder(names: str) -> bool:
    """`DOE<<JOHN`, `ROSSI<<MARIO`, `TEST<<USER`: a made-up holder, not a person."""
    surname, _, given = names.partition("<<")
    first = given.split("<", 1)[0]
    surnames = [word for word in surname.split("<") if word]
    return (any(word in _PLACEHOLDER_SURNAMES for word in surnames)
            or (surname, first) in _PLACEHOLDER_PEOPLE)


def _called_specimen(lines: list[str], index: int, start: int) -> bool:
    """Whether the prose before the run (on its line, or the line above when it opens its
    line) calls it a specimen, a sample or an example, of no one's."""
    line = lines[index]
    if named_specimen(line[:start], line):
        return True
    if _LEAD.fullmatch(line[:start]) is None:
        return False
    above = index - 1
    while above >= 0 and (not lines[above].strip() or _FENCE.match(lines[above])):
        above -= 1
    return above >= 0 and index - above <= NEAR + 1 and named_specimen(lines[above], lines[above])


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
            if shape is None or _not_a_person(run, shape.group("names")) \
                    or _placeholder_holder(shape.group("names")):
                continue
            if _called_specimen(lines, index, match.start()):
                continue
            if _beside_data_line(lines, index):
                continue
            yield index, _Hit(match.start(), match.end(), NATIONAL_ID,
                              f"MRZ {run[:2]}{'*' * (len(run) - 4)}{run[-2:]}")
