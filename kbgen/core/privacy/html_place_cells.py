"""A home's Plus Code or what3words address in an HTML table (hostile round 26): `<th>Home</th>`
over `<td>8FVC9G8F+6X</td>`, or a row `<td>Zuhause</td><td>GCFV+QR Berlin</td>` written over
lines as an imported help centre's pages and raw HTML in Markdown write them. place_codes reads
a code on a line naming a home, place_code_cells a Markdown table's column; an HTML row over
lines, or a column of an HTML table, was read by neither, so main published it.

Read by structure, with the Markdown table's rules (place_code_cells): the cells of each HTML
table (html_tables' reading of rows, over lines too); a header cell naming a home or a person
makes its column's cells read as `<header>: <cell>` would be by place_codes; a row's first cell
naming one makes the row's other cells read as `<first cell>: <cell>`. A header that is only an
address word is judged as there (a store's, an office's column publishes). A header naming
what3words (`what3words`, `w3w`) reads a cell of three dotted words as `///words`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.html_tables import _Cell, _rows
from kbgen.core.privacy.place_code_cells import _a_place, _address_only
from kbgen.core.privacy.place_codes import _names_a_home, place_codes

_WORDS_HEADER = re.compile(r"(?i)what3words|\bw3w\b")
_THREE = re.compile(r"[^\W\d_]{2,20}\.[^\W\d_]{2,20}\.[^\W\d_]{2,20}")


def needs(text: str) -> bool:
    """Whether a text may hold an HTML table with a place code."""
    folded = text.lower()
    return "<td" in folded and ("+" in text or "///" in text or "w3w" in folded
                                or "what3words" in folded)


def _judged(lines: list[str], cell: _Cell, prefix: str, words: bool,
            context: _Context) -> Iterator[tuple[int, _Hit]]:
    line = lines[cell.line]
    start = line.find(cell.text, cell.start) if cell.text else -1
    if start < 0:
        return
    text = cell.text
    if words and _THREE.fullmatch(text):
        prefix += "///"
    for hit in place_codes(prefix + text, context):
        shift = start - len(prefix)
        if hit.start >= len(prefix):
            yield cell.line, replace(hit, start=hit.start + shift, end=hit.end + shift)


def html_place_cells(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each home's code in an HTML table's cell."""
    if not needs("\n".join(lines)):
        return
    headers: dict[int, list[str]] = {}
    for table, row in _rows(lines):
        if any(cell.heading for cell in row) and table not in headers:
            headers[table] = [cell.text for cell in row]
            continue
        heading = headers.get(table, [])
        cells = [(cell.start, cell.text) for cell in row]
        seen: set[int] = set()
        for column, header in enumerate(heading):
            if column >= len(row) or not header or not _names_a_home(header):
                continue
            if _address_only(header) and _a_place(column, heading, cells):
                continue
            seen.add(column)
            yield from _judged(lines, row[column], f"{header}: ", False, context)
        if not row or not row[0].text or not _names_a_home(row[0].text):
            continue
        for column, cell in enumerate(row[1:], start=1):
            if column not in seen:
                words = column < len(heading) and bool(_WORDS_HEADER.search(heading[column]))
                yield from _judged(lines, cell, f"{row[0].text}: ", words, context)
