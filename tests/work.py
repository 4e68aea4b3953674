"""Work counts instead of timings: a test proves that hostile input is read in one pass by
counting what the code looked at, never by the seconds it took (those vary with the machine
and its load; speed is measured in bench/)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Scanned:
    """Characters (or lines) a reader was handed, in total."""

    total: int = 0


@contextmanager
def lines_scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[Scanned]:
    """Count the lines the limits scanner (kbgen.core.limits, run on every Markdown body and
    bio before anything renders it) reads."""
    from kbgen.core import limits

    scanned = Scanned()
    read_line = limits._line

    def counted(*args: Any) -> Any:
        scanned.total += 1
        return read_line(*args)

    monkeypatch.setattr(limits, "_line", counted)
    yield scanned
    monkeypatch.setattr(limits, "_line", read_line)


def lines_in(folder: Path) -> int:
    """Lines of every text file below `folder`: what a one-pass reader may read at most."""
    return sum(path.read_bytes().count(b"\n") + 1 for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


_END = sys.maxsize
"""A pattern method's default `endpos`: the end of the text."""


class _CountedPattern:
    """A compiled pattern that adds the characters each call may scan to `scanned`."""

    def __init__(self, pattern: re.Pattern[str], scanned: Scanned) -> None:
        self._pattern, self._scanned = pattern, scanned

    def _text(self, text: str, pos: int = 0, endpos: int | None = None) -> str:
        self._scanned.total += max(0, min(len(text), _END if endpos is None else endpos) - pos)
        return text

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._pattern.sub(repl, self._text(text), count)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        found = self._pattern.search(text, pos, endpos)
        self._scanned.total += max(0, (found.end() if found else min(len(text), endpos)) - pos)
        return found

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._anchored(self._pattern.match(text, pos, endpos), pos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._anchored(self._pattern.fullmatch(text, pos, endpos), pos)

    def _anchored(self, found: re.Match[str] | None, pos: int) -> re.Match[str] | None:
        """A match at `pos` reads what it matched (a failed one at least one character), not
        the rest of the text: `match(line, end)` per value is no rescan of the line."""
        self._scanned.total += max(1, found.end() - pos) if found else 1
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = _END
                 ) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(self._text(text, pos, endpos), pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self._pattern.findall(self._text(text, pos, endpos), pos, endpos)

    @property
    def pattern(self) -> str:
        return self._pattern.pattern

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"{name} is not counted: add it to _CountedPattern")


@contextmanager
def characters_scanned(monkeypatch: pytest.MonkeyPatch, module: Any) -> Iterator[Scanned]:
    """Count the characters every module-level compiled pattern of `module` is given (a
    `search` from a position counts up to its match): a reader that scans its text once per
    pattern gets at most (patterns x length). The patterns are restored on leaving, so that a
    second count of the same module counts (it counted nothing while they stayed wrapped)."""
    scanned = Scanned()
    patterns = {name: value for name, value in vars(module).items()
                if isinstance(value, re.Pattern)}
    for name, value in patterns.items():
        monkeypatch.setattr(module, name, _CountedPattern(value, scanned))
    try:
        yield scanned
    finally:
        for name, value in patterns.items():
            monkeypatch.setattr(module, name, value)


def calls_made(action: Callable[[], Any]) -> int:
    """Python and built-in function calls that `action()` makes (a loop over every earlier
    value for each value shows here, where counting characters would not see it)."""
    made = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal made
        if event in ("call", "c_call"):
            made += 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return made


LINEAR_SIZES = (100, 200, 400)
"""Sizes (values on a line) a linear-work test counts at: n, 2n and 4n."""
FASTER_THAN_LINEAR = 2.5
"""Growth from 2n to 4n above which work grows faster than linearly, both of the work and of
its increment: linear work (plus any constant) at most doubles and adds twice what it added
from n to 2n; quadratic work grows four times and adds four times as much."""


def faster_than_linear(counts: tuple[int, int, int], floor: int = 1_000) -> bool:
    """Whether work counted at n, 2n and 4n grows faster than linearly: from 2n to 4n it grows
    more than FASTER_THAN_LINEAR times, and adds more than FASTER_THAN_LINEAR times what it
    added from n to 2n (each against at least `floor`, for a reader that did almost nothing).

    Linear work past a step passes: a reader that reads each line once the line holds enough
    of something (phone_digits lets a line through to phonenumbers once it holds a plus sign
    or enough digits) doubles from 2n to 4n; a reader of only the values past the 100th
    (the rows whose counter gains a `00` read as `+`) grows 3x but adds twice what it added
    from n to 2n. A reader reading the line again for each value (quadratic) grows and adds
    four times: `16 c n^2 + 4 a n > 2.5 (4 c n^2 + 2 a n)` once its quadratic work at n is a
    sixth of its linear work (the old judge, n to 4n over 6x: a fifth). A constant cancels in
    the increments, and hides quadratic growth only when over four times the quadratic work
    at n (the old judge: twice). A step between 2n and 4n cannot be told from growth: 2n must
    be past the point where every reader is on. Judged from n to 4n alone, a step read as
    growth (atk54's phones: 26,396 -> 158,394 characters, 6.0x)."""
    small, middle, large = counts
    return grows_past_double(middle, large, floor) and large - middle > (
        FASTER_THAN_LINEAR * max(middle - small, floor))


def grows_past_double(middle: int, large: int, floor: int = 1_000) -> bool:
    """faster_than_linear's first half, which needs no count at n: work that does not grow
    more than FASTER_THAN_LINEAR times from 2n to 4n is linear whatever it did at n (a test
    counts at n only the readers this finds)."""
    return large > FASTER_THAN_LINEAR * max(middle, floor)
