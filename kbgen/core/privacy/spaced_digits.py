"""A PIN written with its digits spaced (issue 19, branch leak41): `Set the PIN to 4 8 2 9`,
`PIN: 4-8-2-9`. The PIN rules ask for 4-8 digits together; a run of single digits split by one
space, `.` or `-` is read joined, and the PIN and set-password rules judge that line (a
device's default, `1 2 3 4`, stays accepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit

RUN = re.compile(r"(?<![\w.,:/-])\d(?:[ \t.-]\d){3,7}(?![\w,/]|[.:-]\d)")
"""4-8 single digits, each split from the next by one space, `.` or `-`, not in a longer
number, date or version (`1.2.3.4` alone is an address's shape: a PIN word must come first)."""


def joined_digits(line: str, judge: Callable[[str], list[_Hit]]) -> Iterator[_Hit]:
    """Hits `judge` finds in `line` with each RUN's digits joined, placed in `line` (only hits
    on a joined run: the rest is the line's own)."""
    joined: list[str] = []
    origin: list[int] = []
    runs: list[tuple[int, int]] = []
    last = 0
    for match in RUN.finditer(line):
        joined.append(line[last:match.start()])
        origin.extend(range(last, match.start()))
        begin = len(origin)
        for offset, char in enumerate(match.group(), match.start()):
            if char.isdigit():
                joined.append(char)
                origin.append(offset)
        runs.append((begin, len(origin)))
        last = match.end()
    if not runs:
        return
    joined.append(line[last:])
    origin.extend(range(last, len(line)))
    for hit in judge("".join(joined)):
        if any(start <= hit.start < end for start, end in runs):
            yield replace(hit, start=origin[hit.start], end=origin[hit.end - 1] + 1)
