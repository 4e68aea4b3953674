"""What a word of the search index is: one definition for the index, queries and excerpts.

The browser's worker reads words the same way (`wordOf` and STOP_EXTRA in kb-search.js;
tests/core/test_search_words.py checks that both lists agree).
"""

from __future__ import annotations

import re

from lunr.stop_word_filter import WORDS as LUNR_STOP_WORDS

_TRIM = re.compile(r"^\W+|\W+$", re.ASCII)
"""lunr.js's trimmer: leading and trailing non-word characters (ASCII \\W, as in JavaScript)."""
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
"""Typographic apostrophes, as word processors and help-desk editors write them."""

STOP_EXTRA = frozenset("""
    can't cant won't wont don't dont doesn't doesnt didn't didnt isn't isnt aren't arent
    wasn't wasnt weren't werent haven't havent hasn't hasnt hadn't couldn't couldnt
    wouldn't wouldnt shouldn't shouldnt ain't i'm i've i'd i'll you're you've it's that's
    there's what's where's how's let's we're they're
""".split())
"""Contractions, most of them ways of saying "not": lunr drops `not`, `cannot`, `no`, `how`,
`do`, `my`..., so a customer's "why can't I" or "it doesnt work" must not count as words to
find either (each is in the title of many "If you can't ..." articles, and nowhere else)."""
STOP_WORDS = frozenset(LUNR_STOP_WORDS) | STOP_EXTRA


def word_of(raw: str) -> str:
    """A token as the index reads it, before stemming: lowercase, typographic apostrophes
    straightened, trimmed as lunr trims, a possessive `'s` dropped (`arduino’s` is
    `arduino`); "" for a stop word or nothing."""
    word = _TRIM.sub("", raw.lower().translate(_QUOTES))
    if len(word) > 2 and word.endswith("'s"):
        word = _TRIM.sub("", word[:-2])
    return "" if word in STOP_WORDS else word
