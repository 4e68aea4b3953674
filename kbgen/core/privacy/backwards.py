"""Values written backwards (`Ruf an: 98765432 151 94+`, `… 7646 3430 8841 9354`), which a
reader turns round by eye (issue 19, leak44): the line is read again reversed, character by
character, where it shows a sign of reversed writing, and what that reading finds that the
line as written does not is reported at the line.

A sign is an international prefix's `+` after the digits (`123456 1197 44+`), an IBAN's
country and check digits at its end (`…TSEW28BG`), a card's groups of digits that make a card
only read backwards (`7646 3430 8841 9354`), a password word written backwards (`drowssap`,
`nekot`, `terces`) or words saying a value is (`written backwards`, `rückwärts geschrieben`,
`à l'envers`, `задом наперёд` …): the whole line is read reversed, so a label written
backwards with its value reads forwards."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits
from kbgen.core.privacy.payments import card_hint, luhn_valid
from kbgen.core.privacy.printable_runs import search_runs
from kbgen.core.word_needs import Words

_WORDS = ("written backwards", "spelt backwards", "spelled backwards", "read backwards",
          "typed backwards", "backwards:", "(backwards)", "written in reverse", "reversed:",
          "rückwärts geschrieben", "rückwärts gelesen", "rückwärts:", "verkehrt herum",
          "à l'envers", "a l'envers", "al revés", "al reves", "escrito al revés", "al rovescio",
          "ao contrário:", "achterstevoren", "baklänges", "wspak", "od tyłu",
          "задом наперёд", "задом наперед", "в обратном порядке", "逆から", "倒过来", "倒過來",
          "倒着", "倒著", "거꾸로", "drowssap", "trowssap", "nekot", "terces", "liame")
"""Words saying a value is written backwards (not `backwards compatible`, nor words meaning
`on the contrary` too: `наоборот`, `al contrario`), and password words so written (folded)."""
_SAID = Words({*_WORDS, *(normalize_text(word).lower() for word in _WORDS)})
_SAID_AT = re.compile(folded_pattern("|".join(map(re.escape, _SAID.words))))
"""Where the words are (asked only of a line that holds one)."""
_PHONE = re.compile(r"(?<![\w+])(?:\d[ ().-]{0,2}){6,}\d\+(?![\w+])")
"""A phone number's `+` at its end (asked where a digit and `+` end a word: _PLUS_END)."""
_PLUS_END = re.compile(r"\d\+(?![\w+])")
_IBAN = re.compile(r"(?<![\w])[0-9A-Z]{10,30}\d\d[A-Z]{2}(?![\w])")
"""An IBAN's country and check digits at its end (asked of printable runs only)."""
_CARD = re.compile(r"(?<![\d])\d{1,4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d])")
"""A card's groups of digits, the short one first (asked after payments' card_hint)."""


def needs(text: str, folded: str) -> bool:
    """Whether `text` shows a sign of a value written backwards; each shape's cheap part
    first."""
    return bool(
        "+" in text and _PLUS_END.search(text) and _PHONE.search(text)
        or search_runs(_IBAN, text)
        or _SAID(folded)
        or card_hint(text) and any(_reversed_card(match.group())
                                   for match in _CARD.finditer(text)))


def _reversed_card(digits: str) -> bool:
    """Groups that make a card read backwards and none read as written (a test card, `4242
    4242 4242 4242`, reads both ways: written forwards)."""
    plain = re.sub(r"\D", "", digits)
    return luhn_valid(plain[::-1]) and not luhn_valid(plain)


def _backwards(line: str, context: _Context) -> Iterator[_Hit]:
    """What the line read backwards shows that it does not as written, reported at the shapes
    that showed it, or after the words that said so (a hit over the whole line would lose to
    any value found or allowed before it on the line)."""
    if not needs(line, line.lower()):
        return
    spans = [match.span() for pattern in (_PHONE, _IBAN, _CARD) for match in pattern.finditer(line)
             if pattern is not _CARD or _reversed_card(match.group())]
    if not spans:
        said = _SAID_AT.search(line.lower())
        spans = [(said.end() if said and said.end() < len(line) else 0, len(line))]
    yield from decoded_hits(line, line[::-1], min(spans)[0], max(end for _, end in spans),
                            context, "reverse")
