"""A setting's example value spelt as the alphabet's and the digits' first run, marked as an
example (issue 19, branch rust58).

RustDesk's option reference shows the controlling side's connection password with `e.g.
default-connect-password=abcd1234` (`z.B.`, `par ex.`, `例如`, `예:` in its other languages).
The value is the first letters of the alphabet and the first digits, in order: made up to
show the option's syntax, not chosen by anyone.

Accepted only when all of these hold: a password (no service's key) that is, whole, a run of
the alphabet from `a` (three letters or more) and a run of the digits from `1` (three or
more), in either order (`abcd1234`, `abc123`, `123abc`; not `abcd1243`, `abce1234`,
`Abcd1234`, `abcd1234x`: RUN); it is the value of a `key=value` or `key: value` setting
written in code, and the line ends with it (nothing after but punctuation: not `… for
chidi.okonkwo`); the code span starts right after an example marker (MARKER: `e.g.`, `z.B.`,
`例如`; nothing but spaces or a colon between); and the line says nothing of whose or of a
live system (placed_above.says_whose: `our`, a customer, `production`). A run said to be
someone's (`our relay's password, e.g. abcd1234`), given in prose, or without the marker
(`default-connect-password=abcd1234` alone) stays a finding.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.placed_above import says_whose

REASON = "a setting's example spelt as the alphabet's and the digits' first runs, marked as one"

RUN = re.compile(r"([a-z]{3,4})(\d{3,4})|(\d{3,4})([a-z]{3,4})")
MARKER = re.compile(
    r"(?i)^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?"
    r"(?:\be\.\s?g\.|\bz\.\s?b\.|\bp\.\s?ex\.|\bpar ex\.|\bex\.|\bej\.|\bes\."
    r"|\bnp\.|\bnp\b|\bpor ejemplo|\bpor exemplo|\bad esempio|\bzum beispiel|\bfor example"
    r"|例如|例えば|例|예:|예를 들어)[\s:：,，]*$")
"""An example marker right before the code span, in the languages RustDesk writes in."""
_END = re.compile(r"`[\s.。,，;；:：)）]*")
"""The code span closed right after the value, and nothing after it but punctuation: the
line ends with the example (`... for chidi.okonkwo` would give it to someone)."""
_SETTING = re.compile(r"`[A-Za-z][\w.-]{0,63}\s*[=:]\s*$")
"""A setting's key and `=` or `:`, its code span opened before it."""


def _first_runs(value: str) -> bool:
    """`value` is the alphabet's and the digits' first runs (`abcd1234`, `123abc`)."""
    match = RUN.fullmatch(value)
    if match is None:
        return False
    letters = match.group(1) or match.group(4)
    digits = match.group(2) or match.group(3)
    return string.ascii_lowercase.startswith(letters) and "123456789".startswith(digits)


MAX_SECTION = 30
"""Lines above the example read for its option's heading."""
_HEADING = re.compile(r"\s{0,3}#{1,6}\s+(.*)")
"""A heading line; its text is read without closing `#`s by `str.rstrip` (a lazy group before
trailing blanks and `#`s backtracked cubically on a long run of blanks)."""
_KEY = r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*"
_KEYS = re.compile(rf"{_KEY}(?:\s*/\s*{_KEY})*")


def _documented(setting: str, lines: list[str], index: int) -> bool:
    """The nearest heading above line `index` is the option's own and says nothing else
    (`### default-connect-password`): the example stands in the option's reference, not under
    a customer's heading (`## Jensen Dental (ticket 4821)`: fixr58)."""
    key = setting.strip("` \t=:")
    for above in range(index - 1, max(-1, index - 1 - MAX_SECTION), -1):
        if match := _HEADING.match(lines[above]):
            text = match.group(1).rstrip().rstrip("#").rstrip()
            return bool(_KEYS.fullmatch(text)) and key in re.split(r"\s*/\s*", text)
    return False


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but marked example settings whose value is the first runs."""
    for index, line, hit in found:
        if hit.kind == PASSWORD and not hit.vendor and _first_runs(line[hit.start:hit.end]) \
                and _END.fullmatch(line, hit.end) \
                and (setting := _SETTING.search(line, 0, hit.start)) \
                and MARKER.match(line[:setting.start()]) and not says_whose(line) \
                and _documented(setting.group(0), lines, index):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit
