"""The words an excerpt is cut from and marks: a body's pieces, each word with the index word
it stands for, as the index reads the body (kbgen.core.search `excerpt`).

Spaced words are pieces of their own. A run of a script written without spaces (Japanese,
Chinese, Thai: kbgen.core.search_segments) is indexed as its overlapping character pairs, so
each of its characters is a piece, standing for the pair it starts: a matched pair marks both
its characters, and `パスワードを再設定` shows `再設定` marked for the query `再設定`. The
worker's `excerptUnits` (kb-search.js) cuts a text the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kbgen.core.search_fields import SEPARATOR
from kbgen.core.search_language import SearchLanguage
from kbgen.core.search_segments import UNSPACED

_PIECES = re.compile(f"({SEPARATOR})")
_RUNS = re.compile(f"([{UNSPACED}]+)")


@dataclass(frozen=True)
class Unit:
    """A word of the body: the pieces it covers and the index word it stands for."""

    first: int
    """Its first piece."""
    last: int
    """Its last piece (the next character's, for a character pair)."""
    word: str
    """As the index reads it, before stemming ("" for a stop word or punctuation)."""


@dataclass
class Units:
    """A text as pieces (words at even positions, what separates them at odd ones; together
    the text) and its words."""

    pieces: list[str] = field(default_factory=list)
    words: list[Unit] = field(default_factory=list)

    def add_word(self, piece: str, word: str | None, span: int = 0) -> None:
        """Append a word piece (after an empty separator if a word piece comes last); `word`
        None for a piece that stands for no word of its own."""
        if len(self.pieces) % 2:
            self.pieces.append("")
        at = len(self.pieces)
        self.pieces.append(piece)
        if word is not None:
            self.words.append(Unit(at, at + 2 * span, word))


def excerpt_units(text: str, language: SearchLanguage) -> Units:
    """`text` as an excerpt reads it in `language` (unspaced runs only where the language's
    index is segmented: its `own` reading)."""
    units = Units()
    for n, piece in enumerate(_PIECES.split(text)):
        if n % 2:
            units.pieces.append(piece)
        elif piece and language.own and _RUNS.search(piece):
            _add_segmented(units, piece, language)
        elif piece:
            units.add_word(piece, language.word_of(piece))
        else:
            units.pieces.append(piece)
    return units


def _add_segmented(units: Units, piece: str, language: SearchLanguage) -> None:
    """A piece holding unspaced runs: spaced parts as words, each run's characters as the
    pairs they start (a run of one character as itself; a run's last one as no word)."""
    for k, part in enumerate(_RUNS.split(piece)):
        if not part:
            continue
        if k % 2 == 0:
            units.add_word(part, language.word_of(part))
            continue
        chars = list(part)
        if len(chars) == 1:
            units.add_word(part, language.word_of(part))
            continue
        for at, char in enumerate(chars):
            last = at == len(chars) - 1
            units.add_word(char, None if last else language.word_of(char + chars[at + 1]),
                           span=0 if last else 1)
