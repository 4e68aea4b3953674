"""Host names built on a name the text supposes (issue 19, branch fp52).

A walkthrough makes up a name and then builds its set-up on it: LinuxServer.io's SWAG guide
says `Let's assume we get `linuxserver-test` so our url will be
`linuxserver-test.duckdns.org``, then reaches `https://linuxserver-test.duckdns.org` and
`nextcloud.linuxserver-test.duckdns.org` in later sections, in its own `we`/`our` voice
throughout. The supposition (kbgen.core.scenarios' words: `Let's assume`, `Suppose`, `Let's
say`, `Imagine`, in six languages) gives the name; a host made of it is the supposition's,
wherever the page names it again. kbgen.core.surroundings judges each value's own sentence
only, so the later mentions, and the first one's `our url`, stayed findings.

Accepted only when all of these hold: an internal host name (a dynamic DNS name, a `.local` or
`.internal` one) one of whose labels is a bare name (a single label, in code) written in a
sentence that supposes; that sentence, the value's line and its headings say nothing of whose
once the walkthrough's own `we`, `us`, `our` are set aside (told_cases.says_whose: an
office, a company, a customer, someone's), nothing of a live system (`production`, `live`, a
ticket) and not that it is real (`real`, `actual`, `my`): `Let's say we have a test domain;
our real controller is dc01.acme.local` and `Let's assume we get `test`; our production url is
test.duckdns.org` stay findings. A code block's comments saying whose decline too, and so do
the two paragraphs above a mention (placed_above: `Ticket #4821 from Acme GmbH.` over `Their
router:` over the block, rev53).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import scenarios
from kbgen.core.privacy.called_examples import _sentence
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.placed_blocks import CommentedBlocks
from kbgen.core.privacy.told_cases import REALLY, says_whose, unread_above
from kbgen.core.privacy.vendor_defaults import LIVE

REASON = "a host name built on a name the text supposes (`Let's assume we get `x``)"

MIN_NAME = 4
"""Letters a supposed name must have (`x`, `abc` name too little to build on)."""

_NAME = re.compile(r"`([A-Za-z0-9][A-Za-z0-9-]{2,62})`")
"""A bare name in code: one label, no dot."""
_OUR = re.compile(r"(?i)\b(?:we(?:['’](?:ll|ve|re|d))?|us|our|let['’]?s)\b")
"""The walkthrough's own voice, which a supposition speaks in (`so our url will be`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but host names built on a name the text supposes."""
    if not any(hit.kind == INTERNAL_HOST for _, _, hit in found):
        yield from found
        return
    page = _Page(lines)
    names = page.supposed()
    for index, line, hit in found:
        if hit.kind == INTERNAL_HOST and names and not names.isdisjoint(
                line[hit.start:hit.end].lower().split(".")) and page.unplaced(index, line):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


class _Page:
    """A page's lines, each judged once for whose."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.headings = lines, _Headings(lines)
        self.blocks = CommentedBlocks(lines)
        self.above = PlacedAbove(lines, unread_above(_OUR))
        """The paragraphs above a mention (a ticket's, rev53), the walkthrough's voice aside."""
        self._unplaced: dict[tuple[int, str], bool] = {}

    def supposed(self) -> set[str]:
        """The bare names the page's suppositions give, in sentences that place nothing."""
        names = set()
        for index, line in enumerate(self.lines):
            if "`" not in line or not scenarios.supposed(line):
                continue
            for match in _NAME.finditer(line):
                sentence = _sentence(line, match.start(), match.end())
                if len(re.sub(r"[^A-Za-z]", "", match.group(1))) >= MIN_NAME \
                        and scenarios.supposed(sentence) and self._says_nothing(index, sentence):
                    names.add(match.group(1).lower())
        return names

    def unplaced(self, index: int, line: str) -> bool:
        """Line `index` (or its view `line`), its headings and its block's comments say nothing
        of whose, the walkthrough's voice aside, nor of a live system."""
        key = (index, line)
        if key not in self._unplaced:
            self._unplaced[key] = self._says_nothing(index, line) \
                and not self.blocks.comments_say_whose(index) \
                and not self.above.says_whose(index)
        return self._unplaced[key]

    def _says_nothing(self, index: int, text: str) -> bool:
        setting = _OUR.sub(" ", f"{text}\n{self.headings.of(index)}")
        return not (says_whose(setting) or LIVE.search(setting)
                    or REALLY.search(text))

