"""A home's Plus Code or what3words address in a table whose column header names the home
(hostile round 25): `| Name | Home |` over `| Anna | 8FVC9G8F+6X |`. kbgen.core.privacy
.place_codes reads a code on a line that names a home or a person; in a table the name is in
the header and the code in a cell of another line, so main published it.

Read by structure: a Markdown table (a row of cells over its `---` separator row, maybe in a
quote) whose header cell names a home or a person as place_codes judges a line (`Home`,
`Address`, `Adresse`, `住所`, `Customer`); each body row's cell in that column is read as the
line `<header>: <cell>` would be, by place_codes itself, so its rules hold (a padded code is a
region; `like …` a format's sample; a landmark is no one's home). A header naming no one
(`Office`, `Store`, `Location`, `Plus Code`) is left as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.place_codes import _names_a_home, place_codes
from kbgen.core.privacy.place_codes import needs as place_needs

_SEPARATOR = re.compile(r"^[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def needs(text: str) -> bool:
    """Whether a text may hold a table with a place code."""
    return "|" in text and place_needs(text)


def _cells(line: str) -> list[tuple[int, str]]:
    """(start, text) of each cell of a table row, past a quote's `>` and the outer pipes."""
    start = len(line) - len(line.lstrip(" \t>"))
    body = line[start:]
    if body.startswith("|"):
        start, body = start + 1, body[1:]
    if body.rstrip().endswith("|"):
        body = body.rstrip()[:-1]
    cells, at = [], start
    for part in body.split("|"):
        cells.append((at, part))
        at += len(part) + 1
    return cells


def place_code_cells(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each home's code in a column whose header names the home."""
    if not needs("\n".join(lines)):
        return
    for index in range(len(lines) - 1):
        if "|" not in lines[index] or not _SEPARATOR.match(lines[index + 1]):
            continue
        headers = [(column, text.strip()) for column, (_, text) in enumerate(_cells(lines[index]))
                   if text.strip() and _names_a_home(text.strip())]
        if not headers:
            continue
        for row in range(index + 2, len(lines)):
            if "|" not in lines[row]:
                break
            cells = _cells(lines[row])
            for column, header in headers:
                if column >= len(cells) or not place_needs(cells[column][1]):
                    continue
                start, text = cells[column]
                prefix = f"{header}: "
                for hit in place_codes(prefix + text, context):
                    shift = start - len(prefix)
                    yield row, replace(hit, start=hit.start + shift, end=hit.end + shift)
