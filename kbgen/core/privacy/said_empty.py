"""A value that says it is empty (issue 19, branch fp52).

LinuxServer.io's Pelorus page lists its settings' defaults in a table, and a setting with no
default reads `| `PELORUS_API_KEY` | *(empty)* | API key for the provider |`: the cell is the
word `empty` in brackets, in emphasis, where a value would stand. It says there is none. The
gate read `*(empty)*` as the key's value.

Accepted only when the whole value, its emphasis or code marks aside, fills its table cell
or ends its line after its key, and is one such word in brackets (`(empty)`, `(none)`,
`(blank)`, `(not set)`, `(unset)`, `(no default)`, and German, French, Spanish, Italian, Dutch
ones): nothing else is read, so any other value on the line, a cell saying more (`*(empty)*,
ours is Kq8v…`) or a word with letters of its own (`(empty)Kq8v`) stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a value that says it is empty (`*(empty)*`, `(none)`)"

_EMPTY = re.compile(
    r"(?i)\((?:empty|none|blank|not set|unset|no value|no default|nothing|n/a|leer|keine?"
    r"|nicht gesetzt|vide|aucune?|non défini|vac[ií]o|ninguno|vuoto|nessuno|leeg|geen)\)")
_MARKS = "`*_ \t"
_GIVEN = re.compile(r"[:=|][ \t]*$")
"""What a value's cell or setting opens with: a table's `|`, a key's `:` or `=`."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values that say they are empty."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor \
                and _EMPTY.fullmatch(line[hit.start:hit.end].strip(_MARKS)) \
                and _alone(line, hit):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _alone(line: str, hit: _Hit) -> bool:
    """The value fills its table cell, or ends the line after its key (`*(empty)*, ours is
    Kq8v…` says more than empty)."""
    return bool(_GIVEN.search(line, max(0, hit.start - 8), hit.start)) \
        and not line[hit.end:].split("|", 1)[0].strip()
