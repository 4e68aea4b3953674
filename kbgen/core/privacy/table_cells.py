"""A value a table row's cells make together: `| +44 | 7911 | 123456 |` or a card number's
groups one a cell read as one value across the row, as a reader reads it (the cells read as a
list's items are: kbgen.core.privacy.joined_items)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.joined_items import OVERLAP, _across
from kbgen.core.privacy.list_fields import MAX_ITEMS

_DELIMITER_ROW = re.compile(r"[\s|:-]*")
"""A table's delimiter row (`|---|:--:|`)."""


def row_cells(line: str) -> list[str]:
    """The cells of a Markdown table row that are not empty; [] for a line that is no row."""
    if line.count("|") < 2 or _DELIMITER_ROW.fullmatch(line):
        return []
    return [cell for cell in map(str.strip, line.strip().strip("|").split("|")) if cell]


def _joined_cells(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each value that spans two or more cells of a table row (a wide
    row in chunks of MAX_ITEMS cells, each sharing OVERLAP with the next)."""
    for index, line in enumerate(lines):
        cells = row_cells(line)
        for first in range(0, max(len(cells) - OVERLAP, 1) if len(cells) > 1 else 0,
                           MAX_ITEMS - OVERLAP):
            for hit in _across(cells[first:first + MAX_ITEMS], context):
                yield index, replace(hit, start=0, end=1)
