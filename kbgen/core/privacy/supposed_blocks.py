"""Private addresses in a code block whose introduction makes up the situation (issue 19,
branch fq52).

NetBox's page on configuration contexts teaches by a story: "For example, suppose we want to
specify a set of syslog and NTP servers for all devices within a region. We could create a
config context … with the following JSON data:", then a block of `172.16.10.22`-style
addresses; "But suppose there's a problem at one particular site … We'll create a second
config context …", another block; "resulting in the following:", the merged data repeating
both. scenarios.framed reads a supposition introducing a list, never one introducing a code
block, so every address there was a finding.

Accepted only when all of these hold: a private address in a fenced code block; the paragraph
right above the block supposes (scenarios: `suppose`, `let's say`, `imagine`, `assume`,
`angenommen`, `supposons`, …); that paragraph with the supposition's own `we` and `us` taken
out (and `internal`, scenarios.unplaced), the value's line, its headings, the paragraph above
the introduction and the block's comments say nothing of whose (told_cases.says_whose:
`our`, `production`, `office`, a customer, a ticket, a company, someone's) and tell no event
(`failed`, `yesterday`, `sent`: a supposition about what happened is a report). The same
address in a later block of the page is the story's too, when that block's setting is as
clean (the merged result); a repeat in prose is judged as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import scenarios
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, _Headings
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import CommentedBlocks
from kbgen.core.privacy.told_cases import EVENT, says_whose
from kbgen.core.surroundings import _INTRODUCES_EXAMPLE, _OWN_NETWORK

REASON = ("a private address in a code block whose introduction supposes a made-up situation"
          " or introduces an example (read at the block's fence)")
REPEATED = "a private address a made-up situation of the page gave, shown again in code"

MAX_PARAGRAPH_LINES = 12
"""Lines of a block's introduction read (and of the paragraph above it)."""
BEFORE_WINDOW = 300
"""Characters of a paragraph read before a value for the sentence naming it."""
_VOICE = re.compile(r"(?i)\b(?:we(?:['’](?:ll|d|re|ve))?|us|let['’]s)(?![\w'’])")
"""The supposition's own voice (`We could create …`, `We'll create …`); `our` still places."""
def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private addresses in blocks a supposition introduces, and their repeats in
    other code blocks of the page."""
    stories: _Stories | None = None
    rest: list[tuple[int, str, _Hit]] = []
    told: set[str] = set()
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line == lines[index]:
            stories = stories or _Stories(lines)
            if stories.supposed(index):
                context.accept(index, hit, REASON)
                told.add(line[hit.start:hit.end])
                continue
        rest.append((index, line, hit))
    for index, line, hit in rest:
        if (stories is not None and hit.kind == INTERNAL_IP and line == lines[index]
                and line[hit.start:hit.end] in told and stories.unplaced(index)):
            context.accept(index, hit, REPEATED)
            continue
        yield index, line, hit


def _introduces_example(introduction: str) -> bool:
    """The paragraph's last sentence ends with `:` and says an example follows (`… looks
    similar to the following:`), as surroundings reads a block without blank lines."""
    if not introduction.rstrip().endswith(":"):
        return False
    cut = max(introduction.rfind(". "), introduction.rfind("! "), introduction.rfind("? "))
    return bool(_INTRODUCES_EXAMPLE.search(introduction[cut + 1:]))


class Paragraphs(CommentedBlocks):
    """A page's code blocks and paragraphs (at most MAX_PARAGRAPH_LINES lines read of each)."""

    def before(self, index: int, start: int) -> str:
        """The last BEFORE_WINDOW characters of the paragraph holding line `index`, up to
        `start` of that line (a bound per value: a line of many values is not read again
        from its start for each)."""
        text = self.lines[index][max(0, start - BEFORE_WINDOW):start]
        above = index - 1
        while len(text) < BEFORE_WINDOW and above >= max(0, index - MAX_PARAGRAPH_LINES) \
                and self.lines[above].strip():
            text = f"{self.lines[above][len(text) - BEFORE_WINDOW:]} {text}"
            above -= 1
        return text[-BEFORE_WINDOW:]

    def _paragraph_end(self, above: int) -> int:
        """The last line of the paragraph ending at or above line `above` (-1 if none)."""
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        return above

    def _start(self, end: int) -> int:
        first = end
        while first > 0 and end - first < MAX_PARAGRAPH_LINES and self.lines[first - 1].strip():
            first -= 1
        return first

    def _paragraph(self, end: int) -> str:
        """The paragraph ending at line `end` ("" for -1)."""
        return " ".join(self.lines[self._start(end):end + 1]) if end >= 0 else ""


class _Stories(Paragraphs):
    """A page's code blocks and what introduces each, read once a block."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self._headings = _Headings(lines)
        self._blocks: dict[int, tuple[bool, bool, bool]] = {}
        self._lines: dict[int, bool] = {}
        self._own: dict[int, bool] = {}

    def supposed(self, index: int) -> bool:
        """Line `index` is in a block a supposition (or an example's introduction) introduces,
        and nothing says whose."""
        judged = self._judged(index)
        return (judged is not None and judged[0] and judged[1] and self._line_clean(index)
                and not (judged[2] and self._line_own_network(index)))

    def unplaced(self, index: int) -> bool:
        """Line `index` is in a code block whose setting and line say nothing of whose."""
        judged = self._judged(index)
        return judged is not None and judged[1] and self._line_clean(index)

    def _line_own_network(self, index: int) -> bool:
        """The line names the company's own network (`backend`, `database`), as surroundings'
        example_code refuses it for a block introduced as an example."""
        if index not in self._own:
            self._own[index] = bool(_OWN_NETWORK.search(self.lines[index]))
        return self._own[index]

    def _line_clean(self, index: int) -> bool:
        if index not in self._lines:
            line = self.lines[index]
            self._lines[index] = not says_whose(line) and not EVENT.search(line)
        return self._lines[index]

    def _judged(self, index: int) -> tuple[bool, bool, bool] | None:
        """(the introduction supposes or introduces an example, the setting says nothing of
        whose, it introduces an example) for the block holding line `index`; None outside a
        block."""
        span = self.span(index)
        if span is None:
            return None
        if span[0] not in self._blocks:
            above = self._paragraph_end(span[0] - 2)
            # another block right above introduces nothing (its comments are its own)
            introduction = "" if above >= 0 and _FENCE.match(self.lines[above]) else \
                self._paragraph(above)
            supposes = scenarios.framed("", introduction)
            if supposes:
                introduction = _VOICE.sub(" ", scenarios.unplaced(introduction))
            example = not supposes and _introduces_example(introduction)
            previous = self._paragraph_end(self._start(above) - 1) if above >= 0 else -1
            setting = "\n".join((introduction, self._headings.of(span[0]),
                                 self._paragraph(previous)))
            self._blocks[span[0]] = (supposes or example, not says_whose(setting)
                                     and not EVENT.search(setting)
                                     and not (example and _OWN_NETWORK.search(introduction))
                                     and not self.comments_say_whose(index), example)
        return self._blocks[span[0]]
