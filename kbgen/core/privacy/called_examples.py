"""A value the text itself calls its example's (issue 19, branch fp52).

A walkthrough often names, after the fact, the value it made up: LinuxServer.io's SWAG guide
sets `MYSQL_PASSWORD=ncpassword` in its Compose file and later says `use … the password we
selected in the environment variable (`ncpassword` in the above example)`; CSC's Nextcloud
guide says `In this example the app password that user _ncuser1_ generated is: _Q34EN-…_`
and then uses it in two `curl -u` lines. The sentence states what the value is: the example's,
chosen for the page, as `e.g.` would (kbgen.core.surroundings reads `e.g.` before a value, not
a name given afterwards).

Declared only in two shapes: brackets holding nothing but the value and the phrase
(`(`ncpassword` in the above example)`, `(i.e. *b.e20* in this example)`), or a sentence that
opens with the phrase and holds the value (`In this example the app password … is: …`). The
phrase: `in this example`, `in the above example`, `in the example above/below` (and German,
French, Spanish, Italian, Dutch). The sentence and the page's headings for it must say nothing
of whose (surroundings.names_whose, the tutorial's own `we` aside: `the password we selected`),
nothing of a live system (`production`, `live`, a customer, a ticket), no event (`sent`,
`yesterday`: supposed_blocks.EVENT) and not that it is real (`real`, `actual`, `my`,
`I`): `In this example, our office router is 10.20.30.1` and `In this
example I use my real password …` stay findings. A value so declared is accepted wherever the
page repeats it on a line that, with its headings, the block's introduction and comments, says
nothing of whose (placed_blocks) nor of a live system.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP, PASSWORD, TOKEN
from kbgen.core.privacy.placed_blocks import CommentedBlocks, placed
from kbgen.core.privacy.told_cases import EVENT, REALLY, says_whose
from kbgen.core.privacy.vendor_defaults import LIVE

REASON = "a value the text calls its example's (`in this example`, `in the above example`)"

KINDS = (PASSWORD, TOKEN, INTERNAL_HOST, INTERNAL_IP)
"""Not e-mail addresses: `In this example, jane.doe@gmail.com signs in` names a person, as
surroundings' own example rule for addresses knows."""

_PHRASE = (r"in (?:this|the (?:above|previous|preceding|following)) example"
           r"|in the examples? (?:above|below)|in diesem beispiel|im (?:obigen|vorigen) beispiel"
           r"|dans (?:cet|l['’]) ?exemple(?: ci-dessus| précédent)?"
           r"|en (?:este|el) ejemplo(?: anterior)?|in questo esempio"
           r"|nell['’]esempio(?: precedente| sopra)?|in dit voorbeeld|in het voorbeeld hierboven")
_BRACKET = re.compile(r"(?i)\((?:i\.\s?e\.,?|e\.\s?g\.,?)?[ \t]*[`*_]*(?P<value>[^\s()`*]{1,200}?)"
                      r"[`*_]*[ \t]+(?:is[ \t]+)?(?:" + _PHRASE + r")[ \t]*\)")
"""Brackets holding only a value and the phrase: `(`ncpassword` in the above example)`."""
_OPENS = re.compile(r"(?i)(?:^|(?<=[.!?:])\s+)[\s>*_#-]*(?:" + _PHRASE + r")\b")
"""The phrase opening a sentence (`In this example the app password … is: …`)."""
_ANY = re.compile(r"(?i)" + _PHRASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_TUTORIAL_WE = re.compile(r"(?i)\bwe(?:['’](?:ll|ve|re|d))?\b")
"""The walkthrough's own voice (`the password we selected`): nobody's."""
_MARKS = "`*_'\"<>()[]"
WINDOW = 300
"""Characters of a line read either side of a bracket for its sentence (a bound per bracket)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values the text calls its example's, and their repeats."""
    if not any(hit.kind in KINDS and not hit.vendor for _, _, hit in found):
        yield from found
        return
    page = _Page(lines)
    declared = page.bracketed()
    for index, line, hit in found:
        if hit.kind in KINDS and not hit.vendor and page.in_declaring_sentence(index, line, hit) \
                and not surroundings._persons_login(line, hit.start):
            declared.add(_bare(line[hit.start:hit.end]))
    yield from repeats_accepted(found, context, REASON, KINDS, declared, page.plain)


def repeats_accepted(found: list[tuple[int, str, _Hit]], context: _Context, reason: str,
                     kinds: tuple[str, ...], stated: set[str],
                     plain: Callable[[int, str], bool]) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but hits of `kinds` (no vendor's key, no person's login's host: `jane.doe@…`)
    whose value, bare, the text `stated`, wherever it repeats them on a line that is `plain`,
    each accepted for `reason`."""
    for index, line, hit in found:
        if hit.kind in kinds and not hit.vendor and stated \
                and _bare(line[hit.start:hit.end]) in stated \
                and not surroundings._persons_login(line, hit.start) and plain(index, line):
            context.accept(index, hit, reason)
        else:
            yield index, line, hit


def _bare(value: str) -> str:
    """The value without the marks around it (`_Q34EN-…_`, `**pyload**`), in lower case."""
    return value.strip(_MARKS).lower()


class _Page:
    """A page's lines, each read once for the phrase and for whose (a line of a thousand values
    is not read again for each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.headings = lines, _Headings(lines)
        self.blocks = CommentedBlocks(lines)
        self._sentences: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self._plain: dict[tuple[int, str], bool] = {}
        self._line_unplaced: dict[tuple[int, str], bool] = {}

    def bracketed(self) -> set[str]:
        """Values in brackets that call them the example's, in sentences that place nothing."""
        values = set()
        for index, line in enumerate(self.lines):
            if "(" not in line or not _ANY.search(line):
                continue
            for match in _BRACKET.finditer(line):
                if self._unplaced(index, line, _sentence(line, match.start(), match.end())):
                    values.add(_bare(match.group("value")))
        return values

    def in_declaring_sentence(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit lies in a sentence of its line that the phrase opens and that places
        nothing."""
        key = (index, line)
        if key not in self._sentences:
            self._sentences[key] = self._declaring(index, line)
        return any(start <= hit.start and hit.end <= end for start, end in self._sentences[key])

    def plain(self, index: int, line: str) -> bool:
        """Line `index` (or its view `line`) says nothing of a live system, and neither it, its
        headings, its block's introduction nor its comments say whose."""
        key = (index, line)
        if key not in self._plain:
            self._plain[key] = not LIVE.search(f"{line}\n{self.headings.of(index)}") \
                and not REALLY.search(line) and not EVENT.search(line) \
                and not placed(index, line, self.blocks, self.headings)
        return self._plain[key]

    def _declaring(self, index: int, line: str) -> list[tuple[int, int]]:
        spans = []
        for match in _OPENS.finditer(line):
            end = _SENTENCE_END.search(line, match.end(), match.end() + WINDOW)
            span = (match.start(), end.start() if end else match.end() + WINDOW)
            if self._unplaced(index, line, line[span[0]:span[1]]):
                spans.append(span)
        return spans

    def _unplaced(self, index: int, line: str, sentence: str) -> bool:
        """The sentence says nothing of the writer's own nor of a real value, and its line
        (read once) and headings say nothing of whose nor of a live system."""
        key = (index, line)
        if key not in self._line_unplaced:
            setting = _TUTORIAL_WE.sub(" ", f"{line}\n{self.headings.of(index)}")
            self._line_unplaced[key] = not (says_whose(setting)
                                            or LIVE.search(setting))
        return self._line_unplaced[key] and not REALLY.search(sentence) \
            and not EVENT.search(sentence)  # `… the user sent yesterday is:` (fq52's)


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence of `line` holding [start, end), at most WINDOW characters either side."""
    first = max(0, start - WINDOW)
    before = [match.end() for match in _SENTENCE_END.finditer(line, first, start)]
    after = _SENTENCE_END.search(line, end, end + WINDOW)
    return line[before[-1] if before else first:after.start() if after else end + WINDOW]
