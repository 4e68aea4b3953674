"""An option's documented choice, set in its own table's example (issue 19, branch rust58).

RustDesk's option reference gives each option a heading and a one-row table: `### approve-mode`,
then a row `N | password, click, password-click | password-click | approve-mode=password-click`
(install required, the values it takes, its default, an example in code). The cell rule reads the
default `password-click` as a label and the example after it as the password; the example
sets the option to one of the values the row lists, a word the software defines, the same in
every copy.

Accepted only when all of these hold: the value is a table cell written `key=choice` (in code
or not); another cell of the same row lists two choices or more, comma-separated, each
lower-case words joined by hyphens, no digit (`use-temporary-password`, every word a word or an
abbreviation of up to 3 letters: not `Hx7pQ2vL`, not `hunter2`); the choice is one of them,
and so is the cell before the value (the row's default, which the cell rule took for a label:
a row labelled `password` or `Passwort` is a credential's row, not an option's); the key
names no secret (`admin-password=…`, `secret-mode=…`: KEY_SECRET), and the nearest heading
above names the key (`### approve-mode`; a heading may name several options, `### a / b`). A
row outside its option's section, a choice not listed, a listed value with a digit or a
capital, or a key naming a secret stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD

REASON = "a choice an option's own table lists, set in its example"

MAX_SECTION = 30
"""Lines above a row read for its section's heading."""
KEY_SECRET = re.compile(r"(?i)pass|secret|token|key|pin\b|pw|cred|auth|cipher|salt|seed")
"""Words of a key that names a secret: its value is one, whatever the row lists."""
_CHOICE = re.compile(r"[a-z]+(?:-[a-z]+)*")
_SETTING = re.compile(r"`?([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)=([a-z]+(?:-[a-z]+)*)`?")
_HEADING = re.compile(r"\s{0,3}#{1,6}\s+(.*)")
_HEADING_NAMES = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")


def _choices(cell: str) -> frozenset[str]:
    """The choices a cell lists (`password, click, password-click`); empty unless two or
    more, each lower-case words joined by hyphens."""
    items = [item.strip().strip("`") for item in cell.split(",")]
    if len(items) < 2 or not all(_CHOICE.fullmatch(item) for item in items):
        return frozenset()
    if not all(len(word) <= 3 or word_like(word) for item in items for word in item.split("-")):
        return frozenset()
    return frozenset(items)


def _cells(line: str) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of each cell of a table row; None if `line` is no row."""
    stripped = line.rstrip()
    if not stripped.lstrip().startswith("|") or not stripped.endswith("|"):
        return None
    bars = [position for position, char in enumerate(stripped) if char == "|"]
    return [(bars[i] + 1, bars[i + 1], stripped[bars[i] + 1:bars[i + 1]].strip())
            for i in range(len(bars) - 1)]


class _Sections:
    """The heading above each line, looked up once a line."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._names: dict[int, frozenset[str]] = {}

    def names(self, index: int) -> frozenset[str]:
        """The option names the nearest heading above line `index` gives."""
        if index not in self._names:
            found: frozenset[str] = frozenset()
            for above in range(index - 1, max(-1, index - 1 - MAX_SECTION), -1):
                if match := _HEADING.match(self.lines[above]):
                    found = frozenset(_HEADING_NAMES.findall(match.group(1)))
                    break
            self._names[index] = found
        return self._names[index]


def _listed(line: str, hit: _Hit, sections: _Sections, index: int) -> bool:
    """The value at `hit` is a `key=choice` cell its row's choices and heading account for."""
    cells = _cells(line)
    if cells is None:
        return False
    at = next((number for number, (start, end, _) in enumerate(cells)
               if start <= hit.start and hit.end <= end), None)
    if at is None or at == 0:
        return False
    setting = _SETTING.fullmatch(cells[at][2])
    if setting is None or KEY_SECRET.search(setting.group(1)):
        return False
    key, choice = setting.groups()
    listed = [_choices(text) for number, (_, _, text) in enumerate(cells) if number != at]
    return any(choice in choices and cells[at - 1][2].strip("`") in choices
               and _composed(choice, key, choices) for choices in listed) \
        and key in sections.names(index)


def _composed(choice: str, key: str, choices: frozenset[str]) -> bool:
    """`choice` is built of the row's own vocabulary: every word of it (but one, of three or
    more) is a word of the key or of another listed choice (`password-click` of `password`,
    `click`; `use-permanent-password` beside `use-temporary-password`), not a passphrase the
    row lists beside real choices (`orchard-lantern-mosaic`, `hunter-two`: fixr58)."""
    vocabulary = set(key.replace("_", "-").replace(".", "-").split("-"))
    vocabulary.update(word for other in choices if other != choice for word in other.split("-"))
    words = choice.split("-")
    return sum(word not in vocabulary for word in words) <= (1 if len(words) >= 3 else 0)


def accepted(found: Iterable[tuple[int, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, _Hit]]:
    """`found` (a table reader's (line index, hit)) but option examples set to a choice
    their own table row lists."""
    sections: _Sections | None = None
    for index, hit in found:
        line = lines[index]
        if hit.kind == PASSWORD and not hit.vendor and "=" in line and "," in line \
                and _listed(line, hit, sections := sections or _Sections(lines), index):
            context.accept(index, hit, REASON)
            continue
        yield index, hit
