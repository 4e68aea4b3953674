"""A secret's column in delimited rows (issue 19, branch leak37): a copied `.csv` or `.tsv`
(or such rows in a code block) whose header names a password, PIN or key (`user,password` /
`anna,sunflower`), or a row that gives the key and its value (`password;sunflower`). Each value
is judged as the key's would be (`password: <value>`): defaults, placeholders and describing
words stay accepted. Markdown tables are read by passwords._password_columns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.comment_values import names_key
from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.keyed_values import names_secret

_DELIMITERS = (",", ";", "\t")
_NAME = re.compile(r"[\"']?([\w .-]{1,32}?)[\"']?")
"""A header's cell: a short name, maybe quoted."""
_VALUE = re.compile(r"[ \t]*[\"']?([^\s\"',;]{1,128})[\"']?[ \t]*")
"""A value's cell: one token, maybe quoted."""


def _cells(line: str, delimiter: str) -> list[str]:
    return line.split(delimiter)


def _header(line: str, delimiter: str) -> list[str] | None:
    """The names of a header row's cells, when every cell is a short name."""
    cells = _cells(line, delimiter)
    names = [match.group(1).strip() if (match := _NAME.fullmatch(cell.strip())) else None
             for cell in cells]
    return None if len(cells) < 2 or None in names else [name or "" for name in names]


def _judged(line: str, index: int, key: str, cell_start: int, cell: str,
            judge: Callable[[str], list[_Hit]]) -> Iterator[tuple[int, _Hit]]:
    """The hits of `key: <value of cell>` placed at the cell in `line`."""
    match = _VALUE.fullmatch(cell)
    if match is None:
        return
    for hit in judged_as_key(key, match.group(1), cell_start + match.start(1), judge):
        yield index, hit


def _starts(line: str, delimiter: str) -> list[int]:
    starts, at = [], 0
    for cell in _cells(line, delimiter):
        starts.append(at)
        at += len(cell) + 1
    return starts


def delimited_secrets(lines: list[str], judge: Callable[[str], list[_Hit]]
                      ) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of values in a secret's column under a delimited header, and of
    `key<delimiter>value` rows whose key names a secret."""
    for index, line in enumerate(lines):
        if not any(delimiter in line for delimiter in _DELIMITERS) or not names_key(line):
            continue  # a header names a secret (most lines of prose hold a comma)
        for delimiter in _DELIMITERS:
            if delimiter not in line or line.lstrip().startswith("|"):
                continue
            names = _header(line, delimiter)
            if names is None:
                continue
            secret = [column for column, name in enumerate(names) if names_secret(name)]
            if not secret:
                continue
            if len(names) == 2 and secret == [0]:  # `password,sunflower`: key and value
                cell = _cells(line, delimiter)[1]
                yield from _judged(line, index, names[0], _starts(line, delimiter)[1], cell,
                                   judge)
            for below in range(index + 1, len(lines)):
                cells = _cells(lines[below], delimiter)
                if len(cells) != len(names):
                    break
                starts = _starts(lines[below], delimiter)
                for column in secret:
                    yield from _judged(lines[below], below, names[column], starts[column],
                                       cells[column], judge)
