"""Whether a value's line is placed with someone, asked once a line (issue 19, branch fr52).

placed_blocks.placed reads a line, its headings, what introduces its block and the block's
comments; asked for each value, a long line of values is read once per value. `PlacedLines`
answers for a line through line_rules' cache, building the page's blocks and headings on the
first question.

A block right under another (content tabs: Traefik's `yaml tab="Kubernetes"` under its `json
tab="Tags"`) is introduced by what introduces the first, not by the first block's code, whose
names (`redis-client-cert`) read as a client's case; the comments of the blocks above it are
still read (atk52: `# From ticket #4821, Acme GmbH's production server` in the first tab).

As rev52's rules do (placed_above), the two paragraphs above the value's and every heading over
it are read too, and, outside a fenced block, the lines of its own paragraph above it (an HTML
`<p>From ticket #4821, the customer's server printed:</p>` over `<pre><code>`) (atk52: a
customer's compose file under `Ticket #4821: Acme GmbH's database stopped.` and `Their compose
file:` published its `acmeuser`/`acmepass`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, _Headings
from kbgen.core.privacy.placed_above import PlacedAbove, places
from kbgen.core.privacy.placed_blocks import _COMMENT, CommentedBlocks, placed


class _TabbedBlocks(CommentedBlocks):
    """Code blocks whose introduction, for a block right under another, is the first's."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self._introductions: dict[int, str] = {}

    def introduction(self, index: int) -> str:
        """The paragraph before the block holding line `index`, or before the blocks right
        above it ("" outside a block); each block's answer kept for the ones under it (a page
        of many tabs is read once, without recursion)."""
        span = self.span(index)
        if span is None:
            return ""
        chain: list[int] = []  # the first lines of blocks each right under the next
        comments: list[str] = []  # those of the blocks above, still read
        text = ""
        while span is not None and span[0] not in self._introductions:
            chain.append(span[0])
            text = super().introduction(span[0])
            if not _FENCE.match(text):  # prose (or nothing) introduces this block
                break
            above = span[0] - 2
            while above >= 0 and not self.lines[above].strip():
                above -= 1
            span = self.span(above) if above >= 0 else None
            if span is not None:
                comments += (line for line in self.lines[span[0]:span[1]] if _COMMENT.match(line))
            text = ""
        else:
            if span is not None:
                text = self._introductions[span[0]]
        text = "\n".join([text, *comments]) if comments else text
        for first in chain:
            self._introductions[first] = text
        return self._introductions.get(chain[0], text) if chain else text


class PlacedLines:
    """A page's lines, each asked whether it (or what frames it) says whose."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._frames: tuple[CommentedBlocks, _Headings] | None = None
        self._above: PlacedAbove | None = None
        self._own: dict[int, bool] = {}  # whether a line or one above it in its paragraph places

    def nobodys(self, index: int, line: str) -> bool:
        """Neither the line, its headings, its block's introduction, the block's comments, the
        paragraphs above nor its own paragraph's lines above it say whose."""
        if self._frames is None:
            self._frames = _TabbedBlocks(self._lines), _Headings(self._lines)
            self._above = PlacedAbove(self._lines)
        assert self._above is not None
        return not (placed(index, line, *self._frames) or self._above.says_whose(index)
                    or self._own_paragraph_places(index, self._above.starts[index]))

    def _own_paragraph_places(self, index: int, start: int) -> bool:
        """A line of the value's paragraph above it places it (none in a fenced block: code);
        each line read once however many values the paragraph holds."""
        if start >= index or _FENCE.match(self._lines[start]):
            return False
        unread = []
        above = index - 1
        while above >= start and above not in self._own:
            unread.append(above)
            above -= 1
        known = above >= start and self._own[above]
        for number in reversed(unread):
            known = self._own[number] = known or places(self._lines[number])
        return known


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
             reason: str, value_passes: Callable[[int, str, _Hit], bool]
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords and tokens (no vendor's key) that `value_passes` on a line nobody's,
    each accepted for `reason`."""
    return line_rules.accepted(found, context, reason, value_passes,
                               PlacedLines(lines).nobodys)
