"""A secret in markup split over lines (issue 19, branch rev38): an HTML table's password cell
ending a line, the value's cell opening the next (`<td>Password</td>` / `<td>Kq8vNz3Lw2Pd</td>`),
and an XML element naming a secret with its value alone on the next line (`<db_password>` /
`Kq8vNz3Lw2Pd` / `</db_password>`). On one line each is found (split_passwords' HTML cells, the
key rules); the line rules read one line at a time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.passwords import _SECRET_NAME
from kbgen.core.privacy.split_passwords import _cell_passwords
from kbgen.core.privacy.values import _looks_like_key, _looks_like_password

_OPEN_ELEMENT = re.compile(r"<(?P<name>[A-Za-z_][\w.-]{0,100})>[ \t]*$")
"""A line ending with an element opened and left empty (`<db_password>`)."""

_ALONE = re.compile(r"[ \t]*(?P<value>[^\s<>\"'`]{4,128})[ \t]*")


def _values_in_markup_below(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a secret whose cell or element opens on the line before."""
    for index in range(len(lines) - 1):
        line = lines[index].rstrip()
        if not line.endswith(">"):
            continue
        row = index + 1 if lines[index + 1].strip() else index + 2
        if row >= len(lines):
            continue
        if line.endswith(("</td>", "</th>")) and lines[row].lstrip().startswith("<td"):
            yield from _cell_below(line, lines[row], row, context)
        elif (element := _OPEN_ELEMENT.search(line)) and _SECRET_NAME.search(element["name"]):
            yield from _element_below(element["name"], lines, row, context)


def _cell_below(line: str, following: str, row: int, context: _Context
                ) -> Iterator[tuple[int, _Hit]]:
    first = following.lstrip()
    joined = line + first
    start = len(line)
    shift = len(following) - len(first)
    for hit in _cell_passwords(joined, context):
        if hit.start >= start and not hit.allowed:
            hit = _clearly_example(joined, hit, context.default_region)
            if not hit.allowed:
                yield row, replace(hit, start=hit.start - start + shift,
                                   end=hit.end - start + shift)


def _element_below(name: str, lines: list[str], row: int, context: _Context
                   ) -> Iterator[tuple[int, _Hit]]:
    alone = _ALONE.fullmatch(lines[row])
    closing = row + 1 < len(lines) and lines[row + 1].strip().startswith(f"</{name}>")
    if alone is None or not closing:
        return
    value = alone["value"]
    if _looks_like_password(value, False) and not _looks_like_key(value):
        hit = _famous_or_hit(lines[row], alone.start("value"), value)
        if not hit.allowed:
            hit = _clearly_example(lines[row], hit, context.default_region)
        if not hit.allowed:
            yield row, hit
