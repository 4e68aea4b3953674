"""What a word of the search index is: one definition for the index, queries and excerpts.

The browser's worker reads words the same way (`wordOf` and STOP_EXTRA in kb-search.js;
tests/core/test_search_words.py checks that both lists agree).
"""

from __future__ import annotations

import unicodedata

from lunr.stop_word_filter import WORDS as LUNR_STOP_WORDS

from kbgen.core.search_widths import widths


def trim(text: str) -> str:
    """`text` without leading and trailing characters that are not letters, marks or digits
    of any script, nor `_` (lunr.js's own trimmer keeps ASCII letters only, so a word in
    Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese or Japanese was trimmed to nothing
    and never found). `trim` in kb-search.js reads the same characters (Unicode categories
    L, M and N); tests/core/test_search_words.py compares both."""
    start, end = 0, len(text)
    while start < end and not _kept(text[start]):
        start += 1
    while end > start and not _kept(text[end - 1]):
        end -= 1
    return text[start:end]


def _kept(char: str) -> bool:
    return char == "_" or unicodedata.category(char)[0] in "LMN"


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
"""Typographic apostrophes, as word processors and help-desk editors write them."""

STOP_EXTRA = frozenset("""
    can't cant won't wont don't dont doesn't doesnt didn't didnt isn't isnt aren't arent
    wasn't wasnt weren't werent haven't havent hasn't hasnt hadn't couldn't couldnt
    wouldn't wouldnt shouldn't shouldnt ain't i'm i've i'd i'll you're you've it's that's
    there's what's where's how's let's we're they're never
""".split())
"""Contractions, most of them ways of saying "not", and `never`: lunr drops `not`, `cannot`,
`no`, `how`, `do`, `my`..., so a customer's "why can't I", "it doesnt work" or "my package
never arrived" must not count as words to find either (each is in the title of many "If you
can't ..." articles, and `never` in any body that says something never happens)."""
STOP_WORDS = frozenset(LUNR_STOP_WORDS) | STOP_EXTRA


def word_of(raw: str) -> str:
    """A token as the index reads it, before stemming: lowercase, typographic apostrophes
    straightened, trimmed as lunr trims, a possessive `'s` dropped (`arduino’s` is
    `arduino`); "" for a stop word or nothing."""
    word = trim(widths(raw).lower().translate(_QUOTES))
    if len(word) > 2 and word.endswith("'s"):
        word = trim(word[:-2])
    return "" if word in STOP_WORDS else word
