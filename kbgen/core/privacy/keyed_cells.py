"""A table's cell read with its key (issue 19, branch cells54): its column's heading, or the
row's cell before it, or the first cell of a row above that has no value beside it, as a reader
reads a Markdown pipe table or an HTML table. Reviewers found three shapes no rule read:

- a key and its list on two rows (`| passwords | |` then `| | hunter2, Kq8vTz2m |`);
- a walkthrough sentence split across cells (`| Set the admin password to | Kq8vTz2mWx9p |`);
- an app password under a heading naming one (`| User | App password |` over
  `| jane | abcd efgh ijkl mnop |`): four groups of four letters, no digit or symbol.

A value is judged only when its key names a password (passwords._PASSWORD_WORDS, in the
languages it knows, or their plural) and is short (a description's prose is no key): one
token, or each item of a list, as a password cell is (_looks_like_password, joined_words), or
the app password's groups; placeholders stay accepted (_clearly_example). One pass over
the lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.html_tables import _rows, needs
from kbgen.core.privacy.joined_words import joined_password
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.passwords import _PASSWORD_WORDS, _TABLE_DELIMITER
from kbgen.core.privacy.values import _VALUE_QUOTES, _looks_like_password

MAX_KEY = 60
"""Characters of a row's cell read as a key: a label or a sentence's start, not prose."""

_APP_GROUPS = re.compile(r"[a-z]{4}(?:[ -][a-z]{4}){3}")
"""An app password's four groups of four lower-case letters (Google's, Apple's)."""

_KEY = re.compile(rf"(?i)(?<![a-z])(?:(?:{_PASSWORD_WORDS})s?|mots[ _-]de[ _-]passe"
                  r"|(?:pass|kenn)w[öo]rter)(?![a-z])")
"""A password's word, or its plural (`passwords`, `Passwörter`, `mots de passe`: a list's
key)."""

_LIST = re.compile(r"[^\s,;]+(?:[ \t]*[,;][ \t]*[^\s,;]+)*[ \t]*[,;]?")
"""One token, or a list of tokens (`hunter2, Kq8vTz2m; Sunshine99`), not prose with commas
(`To set a password, run …`, `SSO (user groups), Password`)."""

_ITEMS = re.compile(r"[^\s,;]+")
"""A list's items."""

_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
"""Markdown's emphasis around a cell's value (`*(empty)*`)."""

_NOTE = re.compile(r"[(\[<{][^\s]*[)\]>}]")
"""A value in brackets: a note or a placeholder (`(empty)`, `<token>`, `[none]`), not a value."""


@dataclass(frozen=True)
class _Cell:
    """A cell's text and where it starts on its line."""

    line: int
    start: int
    text: str


def keyed_cell_passwords(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each password a table's cell holds under its key."""
    for heading, rows in _markdown_tables(lines):
        yield from _keyed(lines, heading, rows, context)
    if needs("\n".join(lines)):
        for heading, rows in _html_tables(lines):
            yield from _keyed(lines, heading, rows, context)


def _markdown_tables(lines: list[str]) -> Iterator[tuple[list[str], list[list[_Cell]]]]:
    """Each pipe table's heading cells and its rows' cells."""
    index = 0
    while index < len(lines) - 1:
        if "|" not in lines[index] or not _TABLE_DELIMITER.match(lines[index + 1]):
            index += 1
            continue
        heading = [cell.text for cell in _pipe_cells(lines[index], index)]
        rows = []
        index += 2
        while index < len(lines) and "|" in lines[index]:
            rows.append(_pipe_cells(lines[index], index))
            index += 1
        yield heading, rows


def _pipe_cells(line: str, index: int) -> list[_Cell]:
    """A pipe row's cells, empty ones too, each where its text starts."""
    body_start = len(line) - len(line.lstrip())
    body = line.strip()
    if body.startswith("|"):
        body, body_start = body[1:], body_start + 1
    if body.endswith("|"):
        body = body[:-1]
    cells, start = [], body_start
    for raw in body.split("|"):
        text = raw.strip()
        cells.append(_Cell(index, start + (raw.find(text) if text else 0), text))
        start += len(raw) + 1
    return cells


def _html_tables(lines: list[str]) -> Iterator[tuple[list[str], list[list[_Cell]]]]:
    """Each HTML table's heading cells (its first row of `<th>`, or else its first row, which a
    reader takes for the heading all the same and which is read as a row too) and its rows."""
    current, heading, rows = -1, list[str](), list[list[_Cell]]()
    for table, row in _rows(lines):
        if table != current:
            if rows:
                yield heading, rows
            current, heading, rows = table, [], []
        if not heading and not rows:
            heading = [cell.text for cell in row]
            if any(cell.heading for cell in row):
                continue
        rows.append([_Cell(cell.line, cell.start, cell.text) for cell in row])
    if rows:
        yield heading, rows


def _keyed(lines: list[str], heading: list[str], rows: list[list[_Cell]], context: _Context
           ) -> Iterator[tuple[int, _Hit]]:
    """The passwords of one table's rows, each cell read with its keys. A row whose only cell
    is its first is a key for the rows below whose first cell is empty, however many (a
    group's rows: `| passwords | |`, `| | |`, `| | hunter2 |`, `| | Kq8vTz2m |`)."""
    carried = ""
    for row in rows:
        key = ""
        for number, cell in enumerate(row):
            if not cell.text:
                continue
            if number:
                keys = (heading[number] if number < len(heading) else "", key or carried)
                if any(len(name) <= MAX_KEY and _KEY.search(name) for name in keys):
                    yield from _passwords(lines, cell, context)
            key = cell.text
        filled = [cell for cell in row if cell.text]
        if row and row[0].text:
            carried = filled[0].text if len(filled) == 1 else ""


def _passwords(lines: list[str], cell: _Cell, context: _Context) -> Iterator[tuple[int, _Hit]]:
    """The cell's value, or each item of its list, that is a password."""
    line = lines[cell.line]
    value = _EMPHASIS.sub("", _VALUE_QUOTES.sub("", cell.text))
    if _APP_GROUPS.fullmatch(value):
        found = [value]
    else:
        if not _LIST.fullmatch(value):
            return  # prose, not a value or a list of values
        items = (_VALUE_QUOTES.sub("", item) for item in _ITEMS.findall(value))
        found = [item for item in items if not _NOTE.fullmatch(item)
                 and (_looks_like_password(item, False) or joined_password(item))]
    for item in found:
        start = line.find(item, cell.start)
        if start < 0:
            continue
        hit = _clearly_example(line, _Hit(start, start + len(item), PASSWORD, _mask_secret(item)),
                               context.default_region)
        if not hit.allowed:
            yield cell.line, hit
