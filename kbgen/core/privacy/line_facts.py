"""What a rule learns of a whole line, learnt once per line however many values it holds.

An accepting rule judges each value the gate found (`accepted(found, lines, context)`), and
many ask the same of the value's line first (does it hold `\\/`, `$`, `mxc://`, a public key?).
Asked again for each value, that question reads the line again: a line of 8,000 values read
8,000 times (a 300 kB line took 22 s of CPU in three rules, hostile51). `LineFacts` answers it
once for each line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Generic, TypeVar

Fact = TypeVar("Fact")


class LineFacts(Generic[Fact]):
    """`fact(line)` for each line asked of, computed on the first question (by the line's
    index and text: a value's line is the page's own line or a joined one)."""

    def __init__(self, fact: Callable[[str], Fact]) -> None:
        self._fact = fact
        self._known: dict[int, tuple[str, Fact]] = {}

    def __call__(self, index: int, line: str) -> Fact:
        known = self._known.get(index)
        if known is None or known[0] is not line:
            known = self._known[index] = (line, self._fact(line))
        return known[1]


class Spans:
    """[start, end) spans of one line (a key, a URI), asked whether they hold a value in
    the time of a binary search, however many the line holds."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))
        """The furthest end of the spans starting at or before each."""

    def __bool__(self) -> bool:
        return bool(self._starts)

    def hold(self, start: int, end: int) -> bool:
        """One span holds [start, end)."""
        before = bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end
