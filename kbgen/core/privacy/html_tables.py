"""Passwords in an HTML table (issue 19, hostile52): a cell under a `Password` heading
(`<th>Password</th>` over `<td>Kq8v!p2Lx</td>`), or beside a cell naming a secret in its row
(`<td>DB_PASSWORD</td><td>…</td>`), on one line or over many, as an imported help centre's
pages and raw HTML in Markdown write them. The Markdown table rules read `|` rows only, and a
line's rules see no heading of another line.

A cell is judged as the Markdown table's (passwords._password_columns): one token that looks
like a password, or words joined into one (joined_words); placeholders stay accepted
(`_clearly_example`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.joined_words import joined_password
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.passwords import _PASSWORD_HEADER
from kbgen.core.privacy.values import _VALUE_QUOTES, _looks_like_password

_TAG = re.compile(r"(?i)<(?P<close>/?)(?P<name>table|tr|th|td)\b[^<>]*>")
_MARKUP = re.compile(r"<[^<>]*>")
MAX_CELL = 200
"""Characters of a cell read as its text: a password's cell is short."""


@dataclass(frozen=True)
class _Cell:
    """A cell's text (tags removed) and where its first character stands."""

    line: int
    start: int
    text: str
    heading: bool


def needs(text: str) -> bool:
    """A table's cell in the text."""
    return "<td" in text.lower()


def html_table_passwords(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """Password cells of every HTML table in `lines`."""
    if not needs("\n".join(lines)):
        return
    columns: dict[int, list[int]] = {}
    for table, row in _rows(lines):
        if any(cell.heading for cell in row) and table not in columns:
            columns[table] = [number for number, cell in enumerate(row)
                              if _PASSWORD_HEADER.search(cell.text)]
            continue
        judged = {number for number in columns.get(table, ()) if number < len(row)}
        judged.update(number + 1 for number, cell in enumerate(row[:-1])
                      if _PASSWORD_HEADER.search(cell.text) and len(cell.text) <= 40)
        for number in sorted(judged):
            hit = _password_cell(lines, row[number], context)
            if hit is not None:
                yield row[number].line, hit


def _rows(lines: list[str]) -> Iterator[tuple[int, list[_Cell]]]:
    """Each table row's cells (of one line each), with its table's number."""
    row: list[_Cell] = []
    cell: tuple[int, int, bool] | None = None
    table = 0
    for index, line in enumerate(lines):
        if "<" not in line:
            continue
        for tag in _TAG.finditer(line):
            name, closing = tag.group("name").lower(), bool(tag.group("close"))
            if name in ("th", "td") and not closing:
                cell = (index, tag.end(), name == "th")
            elif name in ("th", "td") and cell is not None:
                if cell[0] == index:
                    row.append(_text(line, cell[1], tag.start(), index, cell[2]))
                else:
                    row.append(_spread(lines, cell, index, tag.start()))
                cell = None
            elif name == "tr" and closing or name == "table":
                if row:
                    yield table, row
                row, cell = [], None
                table += name == "table" and not closing
    if row:
        yield table, row


def _text(line: str, start: int, end: int, index: int, heading: bool) -> _Cell:
    """A cell on one line: its text with tags removed, where its text starts."""
    raw = line[start:min(end, start + MAX_CELL)]
    stripped = raw.strip()
    return _Cell(index, start + raw.find(stripped) if stripped else start,
                 _MARKUP.sub("", stripped), heading)


def _spread(lines: list[str], cell: tuple[int, int, bool], end_line: int, end: int) -> _Cell:
    """A cell over lines (`<td>`, the value, `</td>`): its one line with text, or no text."""
    first, start, heading = cell
    parts = [(first, start, len(lines[first])),
             *((index, 0, len(lines[index])) for index in range(first + 1, end_line)),
             (end_line, 0, end)]
    filled = [part for part in parts if lines[part[0]][part[1]:part[2]].strip()]
    if len(filled) != 1 or end_line - first > 4:
        return _Cell(first, start, "", heading)
    index, begin, stop = filled[0]
    return _text(lines[index], begin, stop, index, heading)


def _password_cell(lines: list[str], cell: _Cell, context: _Context) -> _Hit | None:
    """The cell's value as a password, or None (prose, a placeholder, an example)."""
    value = _VALUE_QUOTES.sub("", cell.text)
    line = lines[cell.line]
    if not value or " " in value or line.find(value, cell.start) < 0:
        return None
    if not (_looks_like_password(value, False) or joined_password(value)):
        return None
    start = line.find(value, cell.start)
    hit = _clearly_example(line, _Hit(start, start + len(value), PASSWORD, _mask_secret(value)),
                           context.default_region)
    return None if hit.allowed else hit
