"""A value that fills a settings table's cell on its own, for the gate (issue 19, net59).

A network manual gives a setting's value in a table: a Markdown or grid table's cell
(`| Redirect target IP | 127.0.0.1 |`) or a reStructuredText field table's row, a bold label
then the value after a run of blanks (`**Redirect target IP**       127.0.0.1`, OPNsense's
how-tos). Such a cell is as literal as code: the reader types what it holds, and nothing else
is said there. The gate already reads a loopback address in code (`` `127.0.0.1` ``) as the
reader's own computer (kbgen.core.surroundings.local_code); the same address alone in a cell
is the same value, so it is read the same. Only the whole cell counts: a port, a path, a
login, a URL's scheme or any word beside the address in its cell (`127.0.0.1:8080`,
`127.0.0.1 on the production server`, `*our proxy*` after the value) leaves it to the other
readings.
"""

from __future__ import annotations

import re

_BOLD_LABEL = re.compile(r"[ \t]*\*\*[^*\n]+\*\*[ \t]{2,}")
"""A field table's row up to its value: a bold label, then at least two blanks."""
_BORDER = "|"


def whole_cell(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` is all its table cell holds (blanks aside): between
    two `|` of a table row, or after a bold label and a run of blanks to the line's end."""
    before, after = line[:start], line[end:]
    if after.strip() == "" and (label := _BOLD_LABEL.match(before)) and label.end() == start:
        return True
    if not line.lstrip().startswith(_BORDER):
        return False
    opening, closing = before.rstrip(" \t"), after.lstrip(" \t")
    return opening.endswith(_BORDER) and closing.startswith(_BORDER)
