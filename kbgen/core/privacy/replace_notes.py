"""Values the text tells the reader not to use as they stand, for the gate (issue 19, branch
fq51).

NetBox's install guide gives a pepper under the comment `# DO NOT USE THIS EXAMPLE PEPPER IN
PRODUCTION` and creates its database user in a block introduced by "enter the following
commands …, substituting your own value for the password:". The text says the value is the
guide's stand-in, to be replaced; the token and password rules read a random-looking value.

Accepted only when one of these holds, in a fenced code block, and nothing says whose (`our`,
`the customer's`, `Acme GmbH`) or names a live system or a ticket (`prod`, `the live one`) on
the value's line, the block's introduction, comments or headings, or the paragraphs above
(placed_above; rev52):

- the line right above the value's is a comment saying only not to use this example value
  (`# DO NOT USE THIS EXAMPLE PEPPER IN PRODUCTION`, `// Don't use this sample key.`), and
  the value is the line's only one (`PEPPER = '…'; DB_PASSWORD = '…'`: the mark names one,
  rev52); a comment saying more (`# do not use this example key, use ours: …`) is a note, not
  the mark;
- the block's introduction tells the reader to substitute their own value for the password
  (`substituting your own value for the password`, `replace the password with your own`), and
  the value is a password on a line naming a password.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks, _Headings
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.placed_above import PlacedAbove, says_whose
from kbgen.core.privacy.placed_blocks import _COMMENT

REASON = "a value the text tells the reader not to use as it stands (an example to replace)"

_NOT_THIS_EXAMPLE = re.compile(
    r"(?i)[ \t]*(?:#|//|--|;)[ \t]*(?:do[ \t]+not|don't|never)[ \t]+use[ \t]+(?:this|these)"
    r"[ \t]+(?:example|sample)(?:[ \t]+[a-z]+){1,2}?(?:[ \t]+in[ \t]+production)?[ \t]*[.!]*"
    r"[ \t]*")
"""A comment saying only not to use the example value below it."""
_SUBSTITUTE = re.compile(
    r"(?i)\b(?:substitut\w*|us\w*|put\w*)[ \t]+your[ \t]+own[ \t]+(?:value|password)[ \t]+for"
    r"[ \t]+the[ \t]+password\b|\breplac\w*[ \t]+the[ \t]+(?:example[ \t]+)?password[ \t]+with"
    r"[ \t]+your[ \t]+own\b")
"""An introduction telling the reader to put their own password in place of the block's."""
_PASSWORD_WORD = re.compile(r"(?i)passw(?:or)?d")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values the text says to replace."""
    blocks: _Notes | None = None
    values = Counter(index for index, _, hit in found if hit.kind in (PASSWORD, TOKEN))
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index]:
            blocks = blocks or _Notes(lines)
            if blocks.told_to_replace(index, hit, values[index] == 1):
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


@dataclass(frozen=True)
class _Line:
    """What a value's line and the line above it say, read once a line."""

    marked: bool
    """The line above is the comment saying not to use the example."""
    password: bool
    """The line names a password."""
    nobodys: bool
    """The line says whose nothing."""


class _Notes(Blocks):
    """A page's code blocks, each introduction and each value's line read once, however many
    values they hold."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.headings, self.above = _Headings(lines), PlacedAbove(lines)
        self._substitute: dict[int, bool] = {}
        self._placed: dict[int, bool] = {}
        self._lines: dict[int, _Line] = {}

    def told_to_replace(self, index: int, hit: _Hit, alone: bool) -> bool:
        """In a code block, nobody's, a comment right above says not to use the value (`alone`
        on its line), or the
        block's introduction says to substitute one's own password for it."""
        span = self.span(index)
        if span is None:
            return False
        if index not in self._lines:
            line = self.lines[index]
            self._lines[index] = _Line(
                index > span[0] and _NOT_THIS_EXAMPLE.fullmatch(self.lines[index - 1]) is not None,
                _PASSWORD_WORD.search(line) is not None, not says_whose(line))
        facts = self._lines[index]
        if not facts.nobodys or self.placed(index, span):
            return False
        if facts.marked:
            return alone
        if hit.kind != PASSWORD or not facts.password:
            return False
        if span[0] not in self._substitute:
            introduction = self.introduction(index)
            self._substitute[span[0]] = bool(_SUBSTITUTE.search(introduction))
        return self._substitute[span[0]]

    def placed(self, index: int, span: tuple[int, int]) -> bool:
        """The block (holding line `index`, its lines `span`) is placed with someone or a
        live system by its introduction, its headings, its comments but the mark (`# Acme
        GmbH's production settings`) or the paragraphs above it (`From ticket #4821, the customer's
        configuration.py:`, rev52), read once a block."""
        if span[0] not in self._placed:
            comments = [each for each in self.lines[span[0]:span[1]]
                        if _COMMENT.match(each) and not _NOT_THIS_EXAMPLE.fullmatch(each)]
            self._placed[span[0]] = says_whose("\n".join([
                self.introduction(index), self.headings.of(index), *comments])) \
                or self.above.says_whose(index)
        return self._placed[span[0]]
