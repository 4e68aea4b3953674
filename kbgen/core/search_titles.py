"""The title as the article's claim: the share of the query's words its title holds.

An article whose title holds the query's words claims to answer it; a page that mentions them
across a long body does not. The title's weight (kbgen.core.search_fields) and the phrase
bonus (pairs of query words next to each other in it) already reward a title; among the first
results, a rank is also multiplied by (1 + TITLE_STRENGTH x the share of the query's words
its title holds), a word held when a term its clauses reach (as typed, a prefix, a typo; not
a related word) is one of the title's index terms. The browser's worker ranks the same way
(`titleRank` in kb-search.js). Measured on the tuning sets (bench/RESULTS.md, rel55): 0.15
and 0.2 gain, 0.3 and more lose DuckDuckGo's or Tor's short pages to their neighbours.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

TITLE_STRENGTH = 0.2
"""What a title holding every word of the query multiplies a rank by, less 1."""


def title_words(title: Iterable[str], words: Iterable[Collection[int]],
                numbers: Mapping[str, int]) -> int:
    """How many of the query's words (each the term numbers its clauses reach) a title holds
    (`title`, its index terms; `numbers`, the index's term -> number)."""
    held = {numbers[term] for term in title if term in numbers}
    return sum(1 for word in words if not held.isdisjoint(word))


def title_rank(ranked: float, held: int, words: int) -> float:
    """A rank times (1 + TITLE_STRENGTH x held / words), in doubles, one step at a time as the
    worker's `titleRank`."""
    if not held or not words:
        return ranked
    return ranked * (1 + TITLE_STRENGTH * (held / words))
