"""A value the walkthrough itself calls its example's or its demonstration's (issue 19, branches
fp52 and fq52, folded in rev53).

A walkthrough often names the value it made up: LinuxServer.io's SWAG guide sets
`MYSQL_PASSWORD=ncpassword` in its Compose file and later says `use … the password we selected
in the environment variable (`ncpassword` in the above example)`; CSC's guides say `In this
example the app password that user _ncuser1_ generated is: _Q34EN-…_` (then `curl -k -u
ncuser1:Q34EN-… -T ./image1.jpg …` twice), `In the command below the account name is defined
to be _ncadmin_ with password _1Hu9kgFsN_.` and `In this case we use following password:
`y8kIeg%a``. The sentence states what the value is: the example's, chosen for the page, as
`e.g.` would (kbgen.core.surroundings reads `e.g.` before a value, not a name given
afterwards). fp52's called_examples and fq52's walkthrough_values read these sentences apart,
and each had to be taught what the other refused; they are one rule here, with one reading of
what places a sentence (told_cases).

Declared in three shapes: brackets holding nothing but the value and the phrase
(`(`ncpassword` in the above example)`); a sentence the phrase opens that holds the value
(`In this example the app password … is: …`); or, for a password or token in prose, a sentence
opening by naming the demonstration (`In this case`, `In the command below`, `For this
tutorial`, and the phrase) that names a password, key, token or secret before the value. The
phrase: `in this example`, `in the above example`, `in the example above/below` (and German,
French, Spanish, Italian, Dutch).

Refused (the union of both rules' refusals): the sentence, its line and the page's headings
for it say whose (told_cases.says_whose: `our`, a customer, a company, `Jane's`, `José's`,
`Frau Müller`; the tutorial's own `we` aside: `the password we selected`) or name a live system
(`production`, `live`, a ticket); the sentence or the rest of the line after the value tells an
event or a present use (`sent`, `yesterday`, `emailed us`, `still opens`) or says the value is
real or the writer's own (`real`, `my`, `mein echtes`). A value so declared is accepted
wherever the page repeats it on a line that, with its headings, the block's introduction and
comments and the two paragraphs above (placed_above: a ticket's), says nothing of whose, of a
live system, of an event nor that it is real.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, INTERNAL_IP, PASSWORD, TOKEN
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.placed_blocks import placed
from kbgen.core.privacy.supposed_blocks import BEFORE_WINDOW, Paragraphs
from kbgen.core.privacy.told_cases import REALLY, says_whose, tells_event, unread_above
from kbgen.core.privacy.vendor_defaults import LIVE

REASON = ("a value the walkthrough calls its example's or its demonstration's (`in this"
          " example`, `in this case we use`)")

KINDS = (PASSWORD, TOKEN, INTERNAL_HOST, INTERNAL_IP)
"""Not e-mail addresses: `In this example, jane.doe@gmail.com signs in` names a person, as
surroundings' own example rule for addresses knows."""
DEMONSTRATED = (PASSWORD, TOKEN)
"""What a sentence naming the demonstration and a secret declares."""

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
_DEMONSTRATION = re.compile(
    r"(?i)^[\W_]*(?:(?:now|then|here|so|next),?[ \t]+)?(?:"
    r"(?:in|for)[ \t]+this[ \t]+(?:example|case|demo(?:nstration)?|tutorial|walk-?through)"
    r"|in[ \t]+the[ \t]+(?:commands?|examples?|snippets?)[ \t]+(?:below|above)"
    r"|in[ \t]+diesem[ \t]+beispiel|dans[ \t]+cet[ \t]+exemple|en[ \t]+este[ \t]+ejemplo"
    r"|in[ \t]+questo[ \t]+esempio|in[ \t]+dit[ \t]+voorbeeld)\b"
    r"(?P<rest>.*)$", re.DOTALL)
"""A sentence opening by naming the text's own demonstration."""
_SECRET_WORD = re.compile(
    r"(?i)\b(?:passwords?|passphrases?|passwort|kennwort|mot[ \t]+de[ \t]+passe|contraseña"
    r"|keys?|tokens?|secrets?|wachtwoord)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_TUTORIAL_WE = re.compile(r"(?i)\bwe(?:['’](?:ll|ve|re|d))?\b")
"""The walkthrough's own voice (`the password we selected`, `In this case we use`): nobody's;
`us` and `our` still place."""
_MARKS = "`*_'\"<>()[]"
WINDOW = 300
"""Characters of a line read either side of a bracket for its sentence (a bound per bracket)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values the walkthrough calls its example's or its demonstration's, and
    their repeats."""
    if not any(hit.kind in KINDS and not hit.vendor for _, _, hit in found):
        yield from found
        return
    page = _Page(lines)
    declared = page.bracketed()
    for index, line, hit in found:
        if hit.kind in KINDS and not hit.vendor \
                and not surroundings._persons_login(line, hit.start) \
                and (page.in_declaring_sentence(index, line, hit)
                     or hit.kind in DEMONSTRATED and page.demonstrated(index, line, hit)):
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
        self.blocks = Paragraphs(lines)
        self.above = PlacedAbove(lines, unread_above(_TUTORIAL_WE))
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
        return any(start <= hit.start and hit.end <= end and self._unsaid(line, hit.end)
                   for start, end in self._sentences[key])

    def demonstrated(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit, in prose, follows a sentence opening by naming the demonstration and a
        secret, and neither that sentence, its line, the rest of the line nor its headings
        place it."""
        if self.blocks.span(index) is not None:
            return False
        before = self.blocks.before(index, hit.start) if line == self.lines[index] else \
            line[max(0, hit.start - BEFORE_WINDOW):hit.start]  # a joined view's own
        cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
        opening = _DEMONSTRATION.match(before[cut + 2:] if cut >= 0 else before)
        return opening is not None and bool(_SECRET_WORD.search(opening.group("rest"))) \
            and self._unplaced(index, line, opening.group("rest")) \
            and self._unsaid(line, hit.end)

    def plain(self, index: int, line: str) -> bool:
        """Line `index` (or its view `line`) says nothing of a live system, an event or a real
        value, and neither it, its headings, its block's introduction and comments nor the two
        paragraphs above say whose."""
        key = (index, line)
        if key not in self._plain:
            self._plain[key] = not LIVE.search(f"{line}\n{self.headings.of(index)}") \
                and not REALLY.search(line) \
                and not tells_event(f"{line}\n{self.blocks.introduction(index)}") \
                and not says_whose(_TUTORIAL_WE.sub(" ", line)) \
                and not placed(index, line, self.blocks, self.headings) \
                and not self.above.says_whose(index)
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
        """The sentence says nothing of the writer's own, a real value nor an event, and its
        line (read once) and headings say nothing of whose nor of a live system."""
        key = (index, line)
        if key not in self._line_unplaced:
            setting = _TUTORIAL_WE.sub(" ", f"{line}\n{self.headings.of(index)}")
            self._line_unplaced[key] = not (says_whose(setting) or LIVE.search(setting))
        return self._line_unplaced[key] and not REALLY.search(sentence) \
            and not tells_event(sentence)

    @staticmethod
    def _unsaid(line: str, end: int) -> bool:
        """The rest of the line after the value (a bounded window) tells no event and says
        nothing of a real value (`(mein echtes)`, `it still opens the shop`)."""
        after = line[end:end + BEFORE_WINDOW]
        return not tells_event(after) and not REALLY.search(after)


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence of `line` holding [start, end), at most WINDOW characters either side."""
    first = max(0, start - WINDOW)
    before = [match.end() for match in _SENTENCE_END.finditer(line, first, start)]
    after = _SENTENCE_END.search(line, end, end + WINDOW)
    return line[before[-1] if before else first:after.start() if after else end + WINDOW]
