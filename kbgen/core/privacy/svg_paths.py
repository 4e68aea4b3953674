"""Digits of an SVG path's drawing, read as a phone number (issue 19, branch fp47).

An icon set in CSS (`url('data:image/svg+xml;…<path d="M244 246c-3.2-2-6 …"/>')`, Material
for MkDocs' custom admonition icons) is a list of coordinates: runs of them make a number a
site in the UK reads as national. A path's `d` attribute is drawn, never shown as text, and
it is the icon's shape on every site that uses it. Accepted only inside the attribute's
value, and only where that value is a drawing: it starts with a move (`M`/`m`), holds
nothing but path commands and numbers, at least 40 characters and 3 commands of them.
A number beside the path, or in an attribute that is not a drawing, stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE

REASON = "coordinates of an SVG path's drawing (`<path d=\"M244 246c-3.2…\">`)"

_PATH = re.compile(r"""\bd=(["'])([Mm][MmZzLlHhVvCcSsQqTtAa0-9eE.,+\s-]{39,}?)\1""")
_COMMAND = re.compile(r"[MmZzLlHhVvCcSsQqTtAa]")
MIN_COMMANDS = 3


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but phone numbers drawn in an SVG path."""
    for index, line, hit in found:
        if hit.kind == PHONE and "d=" in line and in_drawing(line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def in_drawing(line: str, start: int, end: int) -> bool:
    """[start, end) lies inside a path's `d` value that is a drawing."""
    return any(match.start(2) <= start and end <= match.end(2)
               and len(_COMMAND.findall(match[2])) >= MIN_COMMANDS
               for match in _PATH.finditer(line))
