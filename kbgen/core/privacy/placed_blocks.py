"""Whether a value in a code block is placed with someone, comments included (issue 19, fp50).

encoded_examples' test reads the value's line, its headings, the line introducing it and the
paragraph before its block. A block's own comments say whose as plainly (`# our production
gateway`, `// Acme GmbH's key`): the accepting rules of fp50 read them too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, _Headings

_COMMENT = re.compile(r"^\s*(?:#|//|--|;|/?\*)")
"""A comment line of a shell, YAML, C-like, SQL or INI block."""


class Blocks:
    """A page's fenced code blocks, its fences found once: a page of many values asks for the
    block of each (finding it from the lines above each value's made a page's work grow with
    its values squared)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.fences = [number for number, line in enumerate(lines) if _FENCE.match(line)]
        self._whose: dict[tuple[int, int], bool] = {}

    def span(self, index: int) -> tuple[int, int] | None:
        """(first, end) of the lines of the block holding line `index` (fences left out); None
        outside one."""
        above = bisect_left(self.fences, index)
        if above % 2 == 0:
            return None
        after = bisect_right(self.fences, index)
        end = self.fences[after] if after < len(self.fences) else len(self.lines)
        return self.fences[above - 1] + 1, end

    def introduction(self, index: int) -> str:
        """The paragraph before the block holding line `index` ("" outside one), as
        encoded_examples' `_block_introduction` reads it."""
        span = self.span(index)
        if span is None:
            return ""
        above = span[0] - 2
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        first = above
        while first > 0 and self.lines[first - 1].strip():
            first -= 1
        return " ".join(self.lines[first:above + 1]) if above >= 0 else ""


    def comments_say_whose(self, index: int) -> bool:
        """A comment line of the block holding line `index` says whose (`# our gateway`)."""
        span = self.span(index)
        if span is None:
            return False
        if span not in self._whose:
            self._whose[span] = surroundings.names_whose("\n".join(
                each for each in self.lines[span[0]:span[1]] if _COMMENT.match(each)))
        return self._whose[span]


def placed(index: int, line: str, blocks: Blocks, headings: _Headings) -> bool:
    """The line, its headings, what introduces it or a comment of its block says whose
    (encoded_examples' `_placed`, the block's comments read once per block)."""
    lines = blocks.lines
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    introduction = lines[above] if above >= 0 and lines[above].rstrip().endswith(":") else ""
    setting = f"{line}\n{headings.of(index)}\n{introduction}\n{blocks.introduction(index)}"
    return surroundings.names_whose(setting) or blocks.comments_say_whose(index)


def unplaced(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
             candidate: Callable[[int, str, _Hit], bool], reason: str
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the hits `candidate` holds harmless where nothing says whose (`placed`),
    each accepted with `reason`."""
    headings: _Headings | None = None
    blocks: Blocks | None = None
    for index, line, hit in found:
        if candidate(index, line, hit):
            headings = headings or _Headings(lines)
            blocks = blocks or Blocks(lines)
            if not placed(index, line, blocks, headings):
                context.accept(index, hit, reason)
                continue
        yield index, line, hit
