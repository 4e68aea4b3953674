"""Whether a text holds one of a list of words (substrings), asked the quick way for its size:
the detectors' needs (kbgen.core.privacy.detectors) ask many lists of each text and line."""

from __future__ import annotations

import re
from collections.abc import Iterable

SHORT = 200
"""Texts up to this long are searched with one expression (one call, where a loop over the
words pays Python's cost once a word); longer ones a word at a time (each `in` is a fast
substring search, quicker than an expression tried at every character)."""


class Words:
    """A list of words, any of which a text may hold: `Words(("pass", "pwd"))(text)` is
    `any(word in text for word in ("pass", "pwd"))`.

    The same answer, with less asked: a word holding another word of the list is dropped (the
    shorter is found wherever it is), and an ASCII text is asked only the ASCII words (it holds
    no other)."""

    def __init__(self, words: Iterable[str]) -> None:
        listed = list(dict.fromkeys(words))
        kept = [word for word in listed
                if not any(other != word and other in word for other in listed)]
        self.words = tuple(kept)
        """The words to look for, in the list's order (those holding another dropped)."""
        self.ascii = tuple(word for word in kept if word.isascii())
        """Those an ASCII text can hold."""
        self._all_re = _alternatives(self.words)
        self._ascii_re = _alternatives(self.ascii)

    def __call__(self, text: str) -> bool:
        """Whether `text` holds one of the words."""
        if text.isascii():
            words, expression = self.ascii, self._ascii_re
        else:
            words, expression = self.words, self._all_re
        if len(text) <= SHORT:
            return expression is not None and expression.search(text) is not None
        return any(word in text for word in words)


def _alternatives(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression matching any of `words` (literally), or None for no words."""
    return re.compile("|".join(map(re.escape, words))) if words else None
