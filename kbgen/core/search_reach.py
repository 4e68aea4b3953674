"""Words of an article that the site's search cannot read.

lunr's trimmers (and kbgen's index, which reads words as they do) keep Latin letters only:
a word in Cyrillic, Greek, Arabic, Hebrew, Chinese or Japanese script is trimmed to nothing
and never indexed, so customers searching for it find nothing. `kbgen check` says so."""

from __future__ import annotations

import re

from kbgen.core.search_language import fold, search_language

_TOKENS = re.compile(r"[\s\-]+")
"""How lunr splits text into tokens."""


def unreadable_words(text: str, code: str) -> list[str]:
    """The words of `text` with letters that search language `code` reads as nothing (stop
    words apart), in order."""
    language = search_language(code)
    lost = []
    for token in _TOKENS.split(text):
        letters = "".join(char for char in token if char.isalpha())
        if not letters or language.word_of(token.lower()) or language.word_of(letters.lower()):
            continue
        if fold(letters.lower()) in language.stop_words or letters.lower() in \
                language.stop_words:
            continue
        lost.append(token.strip(".,;:!?()\"'«»„“”"))
    return lost
