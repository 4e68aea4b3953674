"""Whether a value's line is placed with someone, asked once a line (issue 19, branch fr52).

placed_blocks.placed reads a line, its headings, what introduces its block and the block's
comments; asked for each value, a long line of values is read once per value. `PlacedLines`
answers for a line through line_rules' cache, building the page's blocks and headings on the
first question.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.placed_blocks import CommentedBlocks, placed


class PlacedLines:
    """A page's lines, each asked whether it (or what frames it) says whose."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._frames: tuple[CommentedBlocks, _Headings] | None = None

    def nobodys(self, index: int, line: str) -> bool:
        """Neither the line, its headings, its block's introduction nor the block's comments
        say whose."""
        if self._frames is None:
            self._frames = CommentedBlocks(self._lines), _Headings(self._lines)
        return not placed(index, line, *self._frames)


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
             reason: str, value_passes: Callable[[int, str, _Hit], bool]
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords and tokens (no vendor's key) that `value_passes` on a line nobody's,
    each accepted for `reason`."""
    return line_rules.accepted(found, context, reason, value_passes,
                               PlacedLines(lines).nobodys)
