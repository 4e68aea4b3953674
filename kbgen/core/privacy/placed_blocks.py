"""Whether a value in a code block is placed with someone, comments included (issue 19, fp50).

encoded_examples' test reads the value's line, its headings, the line introducing it and the
paragraph before its block. A block's own comments say whose as plainly (`# our production
gateway`, `// Acme GmbH's key`): the accepting rules of fp50 read them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks, _Headings, _placed

_COMMENT = re.compile(r"^\s*(?:#|//|--|;|/?\*)")
"""A comment line of a shell, YAML, C-like, SQL or INI block."""


class CommentedBlocks(Blocks):
    """A page's code blocks and whether a block's comments say whose (`# our gateway`,
    `// Acme GmbH's key`), read once per block."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self._whose: dict[tuple[int, int], bool] = {}

    def comments_say_whose(self, index: int) -> bool:
        """A comment line of the block holding line `index` says whose."""
        span = self.span(index)
        if span is None:
            return False
        if span not in self._whose:
            self._whose[span] = surroundings.names_whose("\n".join(
                each for each in self.lines[span[0]:span[1]] if _COMMENT.match(each)))
        return self._whose[span]


def placed(index: int, line: str, blocks: CommentedBlocks, headings: _Headings) -> bool:
    """The line, its headings, what introduces it or a comment of its block says whose."""
    return _placed(index, line, blocks, headings) or blocks.comments_say_whose(index)


def unplaced(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
             candidate: Callable[[int, str, _Hit], bool], reason: str
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the hits `candidate` holds harmless where nothing says whose (`placed`),
    each accepted with `reason`."""
    headings: _Headings | None = None
    blocks: CommentedBlocks | None = None
    for index, line, hit in found:
        if candidate(index, line, hit):
            headings = headings or _Headings(lines)
            blocks = blocks or CommentedBlocks(lines)
            if not placed(index, line, blocks, headings):
                context.accept(index, hit, reason)
                continue
        yield index, line, hit
