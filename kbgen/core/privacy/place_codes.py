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
a format (`for example ///filled.count.soap`).
A padded code (`8FVC0000+`) is a region, not a house."""

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
_MORE_HOMES = re.compile(r"(?i)\b(?:mijn|minun|mitt|mio|mia|moja|mój|meine?m?|huis|hus|talo|"
                         r"wohnung|garten|garden|farm|woning|maison|piso|domicilio|lar)\b")
"""Homes and owners kbgen.core.privacy.map_coordinates' words leave out (`Mijn huis`)."""


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


def place_codes(line: str, context: _Context) -> Iterator[_Hit]:
    """Each Plus Code or what3words address of a home or a person on the line."""
    if not needs(line):
        return
    found = [(match.start(), match.end(), "Plus Code") for match in _PLUS_CODE.finditer(line)
             if _code(match.group())]
    found += [(match.start("words"), match.end("words"), "what3words")
              for match in _THREE_WORDS.finditer(line)]
    blanked = _blanked(line, found) if found else line
    if not found or not (_names_someone(blanked) or _MORE_HOMES.search(blanked)):
        return
    for start, end, name in found:
        if named_example(line[:start], line):
            continue  # `for example ///filled.count.soap`
        value = line[start:end]
        yield _Hit(start, end, POSTAL_ADDRESS,
                   f"{name} {value[:2]}{'*' * max(len(value) - 4, 1)}{value[-2:]}")
