"""Digits spelt out as words (`four one five, two three eight …`, `null eins fünf eins …`,
`plus four four …`, `七九一一…`), read as the digits a reader writes down (issue 19, leak44):
the phone number, card or PIN they make is found there and reported at the words.

A run is four or more digit words of one of the languages below in a row, split only by
spaces or one mark (`,`, `-`, `.`, `/`); `plus` (in each language) may open it and `double`
or `triple` repeat the next digit. Words split by a space make one group of digits, a mark
starts the next (`four one five, two three eight` is `415 238`). A run of seven or more CJK
numerals (`〇一二三四五六七八九`) is read the same way. Counting in prose (`one, two, three`)
makes digits no rule finds anything in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.folded_words import folded_pattern, folded_words
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits

_DIGITS = (
    "zero|oh one two three four five six seven eight nine",  # English
    "null eins|ein zwei|zwo drei vier fünf|fuenf sechs sieben acht neun",  # German
    "zéro|zero un|une deux trois quatre cinq six sept huit neuf",  # French
    "cero uno|una dos tres cuatro cinco seis siete ocho nueve",  # Spanish
    "zero uno due tre quattro cinque sei sette otto nove",  # Italian
    "zero um|uma dois|duas três|tres quatro cinco seis|meia sete oito nove",  # Portuguese
    "nul een twee drie vier vijf zes zeven acht negen",  # Dutch
    "noll ett|en två tre fyra fem sex sju åtta nio",  # Swedish
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",  # Polish
    "ноль|нуль один два три четыре пять шесть семь восемь девять",  # Russian
)
"""Each language's words for 0 to 9 (alternatives split by `|`)."""
_PLUS = ("plus", "más", "mas", "più", "mais", "плюс")
_PLUS_WORDS = folded_words(_PLUS)
_REPEAT = {"double": 2, "triple": 3}

_VALUE: dict[str, str] = {}
for _language in _DIGITS:
    for _digit, _words in enumerate(_language.split()):
        for _word in _words.split("|"):
            for _form in sorted(folded_words((_word,))):  # look-alike letters Latin
                _VALUE.setdefault(_form, str(_digit))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_WORD = rf"(?:(?:{_alternatives(list(_REPEAT))})[ \t]+)?(?:{_alternatives(list(_VALUE))})"
_SEPARATOR = r"(?:[ \t]*[,./–-][ \t]*|[ \t]+)"
_RUN = re.compile(
    folded_pattern(rf"(?i)(?<![^\W\d_])(?:(?:{_alternatives(list(_PLUS_WORDS))})[ \t]+)?"
    rf"{_WORD}(?:{_SEPARATOR}{_WORD}){{3,}}(?![^\W\d_])"))
"""Four or more digit words in a row, maybe after `plus`."""
_CJK_RUN = re.compile(r"[〇零一二三四五六七八九]{7,}")
_CJK = str.maketrans("〇零一二三四五六七八九", "00123456789")
_TOKEN = re.compile(r"(?i)(?P<word>[^\W\d_]+)|(?P<mark>[,./–-])")


def _digits(run: str) -> str:
    """A run's words as digits: `plus four four seven nine, one two` is `+4479 12`."""
    out: list[str] = []
    repeat = 1
    for token in _TOKEN.finditer(run):
        word = (token.group("word") or "").lower()
        if token.group("mark"):
            out.append(" ")
        elif word in _REPEAT:
            repeat = _REPEAT[word]
        elif word in _VALUE:
            out.append(_VALUE[word] * repeat)
            repeat = 1
        elif not out:
            out.append("+")
    return "".join(out)


_RUN_WORDS = frozenset({*_VALUE, *_REPEAT, *_PLUS_WORDS})
_FOUR = b"\x01" * 4
MIN_WORDS = 11
"""The shortest text four digit words make (`un un un un`)."""


@lru_cache(maxsize=2)
def split_words(folded: str) -> list[str]:
    """A folded text's words split at spaces and marks (`,./–-;`): asked by the needs of the
    decoders that read numbers in words or codes (number_words, compound_numbers,
    byte_numbers), split once."""
    for mark in ",./–-;":
        folded = folded.replace(mark, " ")
    return folded.split()


def needs(text: str, folded: str) -> bool:
    """Whether `text` holds four digit words in a row (or `plus`, `double` among them; marks
    between them aside) or a run of CJK numerals: its words split at spaces and marks and
    looked up at C speed (an expression of every digit word, tried at every character, took
    ten times as long)."""
    if not text.isascii() and _CJK_RUN.search(text):
        return True
    if len(text) < MIN_WORDS:
        return False
    return _FOUR in bytes(map(_RUN_WORDS.__contains__, split_words(folded)))


def _number_words(line: str, context: _Context) -> Iterator[_Hit]:
    """What the digits a line spells in words make (a phone number, a card, a PIN)."""
    if not needs(line, line.lower()):
        return
    runs = [*_RUN.finditer(line), *(_CJK_RUN.finditer(line) if not line.isascii() else ())]
    if not runs:
        return
    runs.sort(key=lambda match: match.start())
    yield from replaced_hits(
        line, [(run.start(), run.end(),
                _digits(run.group()) if run.re is _RUN else run.group().translate(_CJK))
               for run in runs], context, "numbers in words", (runs[0].start(), runs[-1].end()))
