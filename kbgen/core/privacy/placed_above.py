"""Whether the text above a value's paragraph places it with someone (issue 19, branch rev52).

fp51's and fq51's accepting rules read a value's line, its introduction and two headings. A
customer's case is told a paragraph higher as often: `Ticket #4821 from Acme GmbH:` over `The
default login details (change ASAP) are` over the value, `Ticket #4821: Jane Doe ran these on
the production database.` over `Enter the following commands, substituting your own value for
the password:` over the block, `# Acme GmbH (ticket #4821)` three headings up. Read here: the
PARAGRAPHS paragraphs (a table, a list or a fenced block counts as one; a block is not read)
above the one holding the value, and every heading over it, each level's last, are judged by
surroundings.names_whose and LIVE's words, host names blanked. Each paragraph's answer is
kept, so a table of a thousand values reads what is above it once.
"""

from __future__ import annotations

import re

from kbgen.core import surroundings
from kbgen.core.example_lists import _DOTTED
from kbgen.core.privacy.encoded_examples import _FENCE

PARAGRAPHS = 2
"""Paragraphs above the value's own read (its introduction and the one introducing that)."""
LIVE = re.compile(r"(?i)\b(?:production|prod|live|staging|customers?|clients?|tickets?)\b")
"""A live system or a real case named (surroundings.names_whose lacks `production`, `live`)."""
_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")


def says_whose(text: str) -> bool:
    """The text places what it shows with someone or with a live system."""
    return surroundings.names_whose(text) or bool(LIVE.search(text))


def places(text: str) -> bool:
    """`says_whose`, host names blanked (`company.internal`, `.env.production` name no owner,
    as example_lists reads them)."""
    return says_whose(_DOTTED.sub(" ", text))


class PlacedAbove:
    """A page's paragraphs and headings, found in one pass; what is above each paragraph read
    once."""

    def __init__(self, lines: list[str], unread: re.Pattern[str] | None = None) -> None:
        self.lines, self.unread = lines, unread
        """`unread`: words taken out before the text is judged (example_parentheses'
        `internal`)."""
        self.starts: list[int] = []
        """Each line's paragraph's first line (a fenced block is one paragraph)."""
        self.outlines: list[tuple[str, ...]] = []
        """Each line's headings, the last of each level over it."""
        start, fenced, after_blank, outline = 0, False, True, tuple[str, ...]()
        for number, line in enumerate(lines):
            heading = None if fenced else _HEADING.match(line)
            if heading:
                level = len(heading.group(1))
                outline = (*outline[:level - 1], *[""] * (level - 1 - len(outline)), line)
            blank = not fenced and not line.strip()
            if _FENCE.match(line):
                fenced = not fenced
            if after_blank and not blank:
                start = number
            self.starts.append(number if blank else start)
            self.outlines.append(outline)
            after_blank = blank
        self._whose: dict[int, bool] = {}

    def says_whose(self, index: int) -> bool:
        """The PARAGRAPHS paragraphs above line `index`'s, or a heading over it, place it with
        someone or a live system."""
        start = self.starts[index]
        if start not in self._whose:
            text = "\n".join([*self.above(start), *self.outlines[index]])
            self._whose[start] = places(self.unread.sub(" ", text) if self.unread else text)
        return self._whose[start]

    def above(self, start: int) -> list[str]:
        """The lines of the PARAGRAPHS paragraphs above the one starting at `start`; a code
        block among them is counted, not read (NetBox's `# DO NOT USE THIS EXAMPLE PEPPER IN
        PRODUCTION` block above the next block's introduction is the guide's, not a case)."""
        read: list[str] = []
        first = start
        for _ in range(PARAGRAPHS):
            end = first - 1
            while end >= 0 and not self.lines[end].strip():
                end -= 1
            if end < 0:
                break
            first = self.starts[end]
            if not _FENCE.match(self.lines[first]):
                read[:0] = self.lines[first:end + 1]
        return read
