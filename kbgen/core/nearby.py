"""The text near a value on its line: what the gate reads to judge the value, bounded so that
a line holding thousands of values costs time in proportion to its length, not its square."""

from __future__ import annotations

NEAR = 400
"""Characters either side of a value that judging it reads (a long sentence's worth)."""


def before(line: str, start: int) -> str:
    """The text of `line` just before `start`."""
    return line[max(0, start - NEAR):start]


def after(line: str, end: int) -> str:
    """The text of `line` just after `end`."""
    return line[end:end + NEAR]


def around(line: str, start: int, end: int) -> str:
    """The value at [start, end) of `line` with the text either side of it."""
    return line[max(0, start - NEAR):end + NEAR]


def last_of(lines: list[str]) -> str:
    """The end of `lines` joined by spaces, at most NEAR characters (a paragraph's lines
    before a value's line, read without joining all of them)."""
    kept: list[str] = []
    size = 0
    for text in reversed(lines):
        kept.append(text.strip())
        size += len(kept[-1]) + 1
        if size >= NEAR:
            break
    return " ".join(reversed(kept))[-NEAR:]
