"""A home given as a Plus Code or a what3words address (hostile round 24): `My home: 9C3XGV3C+QR`,
`Customer's house is at GV3C+QR London`, `Lieferadresse: ///tisch.lampe.wolke`. Each finds one
house as map coordinates do (a Plus Code of 10 characters is a square of 14 m, one of 11 of
3 m; a what3words square is 3 m); main read only coordinates written as numbers.

Read by structure: an Open Location Code (Google's Plus Codes: 8 characters of its alphabet of
20, `+`, 2 or 3 more; or a short code of 4 to 6 before the `+`, which a town completes), whose
first two characters are a latitude's and a longitude's band, holding a letter and a digit;
a what3words address is three words joined by dots after `///` or in a `w3w.co/` or
`what3words.com/` link. Reported as a postal address, as kbgen.core.privacy.map_coordinates
reports a home's coordinates written with four decimals: only where the line names a home or
a person, speaks to or quotes one (`my`, `her flat`, `customer's`, `> …`), so that the
writer's own place (`our office`) publishes, and not where the sentence calls it an example or
a format (`for example ///filled.count.soap`, `it looks like 849VCWC8+R9`, `like …`).
A padded code (`8FVC0000+`) is a region, not a house. A landmark is no one's home: a building's
proper name (`the Anne Frank House`, `Buckingham Palace`) names no home, nor, beside one, a
title's home (`the King's London home`, `the President's home`). An owner's word of these
languages (`mijn`, `minun`) names someone only with a home (`Mijn huis`, not `Mijn favoriete
plek`). A `///` that opens a line and is followed by a space is a doc comment (Rust, C#:
`/// self.home.dir: …`), not a what3words address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.map_coordinates import _names_someone
from kbgen.core.privacy.model import POSTAL_ADDRESS

_PLUS_CODE = re.compile(
    r"(?<![\w+/.-])(?:[2-9C][2-9CFGHJMPQRV][2-9CFGHJMPQRVWX]{2})?[2-9CFGHJMPQRVWX]{4}"
    r"\+[2-9CFGHJMPQRVWX]{2,3}(?![\w+]|\.\w)")
"""A full code (8 + 2 or 3, its first two characters a latitude's and a longitude's band) or a
short one (4 + 2 or 3)."""
_THREE_WORDS = re.compile(
    r"(?:(?<![\w:/])///[ \t]?|(?i:\b(?:w3w\.co|what3words\.com|map\.what3words\.com)/))"
    r"(?P<words>[^\W\d_]{2,20}\.[^\W\d_]{2,20}\.[^\W\d_]{2,20})(?![\w(]|\.\w)")
"""`///filled.count.soap`, `https://w3w.co/filled.count.soap`."""
_MORE_HOMES = re.compile(r"(?i)\b(?:huis|hus|talo|wohnung|garten|garden|farm|woning|maison|piso"
                         r"|domicilio|lar|adres|adresse|adress|osoite|indirizzo)\b")
"""Homes kbgen.core.privacy.map_coordinates' words leave out (`huis`, `woning`)."""
_BUILDING = (r"(?:House|Palace|Castle|Museum|Tower|Cathedral|Church|Abbey|Hall|Library"
             r"|Station|Stadium|Gardens?|Park|Bridge|Manor|Mansion|Villa|Temple|Mosque|Gate)")
_LANDMARK = re.compile(rf"\b(?:[A-Z][\w-]*[ \t]+){{1,4}}{_BUILDING}\b")
"""A building's proper name (`Anne Frank House`, `Buckingham Palace`)."""
_TITLES_HOME = re.compile(r"(?i:\bthe)[ \t]+[A-Z][a-z]+['’]s(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+"
                          r"(?i:home|house|residence|palace)\b")
"""A title's home beside a landmark (`the King's London home`)."""
_FORMAT_LIKE = re.compile(r"(?i)\blike[ \t:]*(?:///)?$")
"""Right before a code: `it looks like …`, `three words, like …`: a format's sample."""
_DOC_COMMENT = re.compile(r"[ \t]*///[ \t]")
"""A Rust or C# doc comment opening the line."""


def needs(text: str) -> bool:
    """Whether a line may hold a Plus Code or a what3words address."""
    return "+" in text or "///" in text or "w3w" in text or "what3words" in text


def _code(text: str) -> bool:
    """Whether a matched code holds a letter and a digit (`2345+67` is a sum)."""
    before = text.split("+")[0]
    return any(char.isdigit() for char in before) and any(char.isalpha() for char in before)


def _blanked(line: str, spans: list[tuple[int, int, str]]) -> str:
    """The line with the codes blanked: a what3words address's own words (`///index.home.raft`)
    name no home."""
    chars = list(line)
    for start, end, _ in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _names_a_home(line: str) -> bool:
    """Whether the line, its landmarks blanked, names a home or a person."""
    landmarks = [(match.start(), match.end(), "") for match in _LANDMARK.finditer(line)]
    if landmarks:
        line = _blanked(line, landmarks)
        line = _blanked(line, [(match.start(), match.end(), "")
                               for match in _TITLES_HOME.finditer(line)])
    return _names_someone(line) or _MORE_HOMES.search(line) is not None


def place_codes(line: str, context: _Context) -> Iterator[_Hit]:
    """Each Plus Code or what3words address of a home or a person on the line."""
    if not needs(line):
        return
    found = [(match.start(), match.end(), "Plus Code") for match in _PLUS_CODE.finditer(line)
             if _code(match.group())]
    if not _DOC_COMMENT.match(line):
        found += [(match.start("words"), match.end("words"), "what3words")
                  for match in _THREE_WORDS.finditer(line)]
    if not found or not _names_a_home(_blanked(line, found)):
        return
    for start, end, name in found:
        if named_example(line[:start], line) or _FORMAT_LIKE.search(line, 0, start):
            continue  # `for example ///filled.count.soap`, `it looks like 849VCWC8+R9`
        value = line[start:end]
        yield _Hit(start, end, POSTAL_ADDRESS,
                   f"{name} {value[:2]}{'*' * max(len(value) - 4, 1)}{value[-2:]}")
