"""A reference page's rank: the prose guide a customer needs above the API or configuration
reference that names the same things.

Customers ask in prose ("how many characters can a post have"); a reference page (an API
entity's attributes, a configuration file's keys) holds the same words as parts of
identifiers (`max_characters`, `SINGLE_USER_MODE`), which the index finds by their parts
(kbgen.core.search `_identifier_parts`), and often many more of the query's words than the
guide does. What tells such a page apart, measurably, is the share of its body's and
headings' index terms that are identifiers joined by `_` (`code_level`): 3-10% on Mastodon's
entity, method and configuration pages, 0-1% on its user guides, 0-2% on most pages of the
other help centres (up to 7% on a few error and relay pages; bench/RESULTS.md, rel39).
Dotted words are not counted: prices (`9.99`), abbreviations (`u.s.`) and addresses are
prose's too (counted, DuckDuckGo's pricing pages fell).

Among the first results, a rank is multiplied by PROSE_BASE / (PROSE_BASE + the page's
identifier level), the level being that share in whole percent (`code_level`, made when the
index is): 1 for a page of prose, 1/2 for a page whose body is 10% identifiers. The index
holds each document's level (`code_levels`); the browser's worker ranks the same way
(`proseRank` in kb-search.js).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

PROSE_BASE = 10
"""A page's rank is multiplied by PROSE_BASE / (PROSE_BASE + its level in percent): with 10,
a page whose body and headings are 10% identifiers keeps half its rank. Measured on the tuning
sets: 4 moved too little, 20 lost recall on Mastodon (bench/RESULTS.md, rel39)."""


def _identifier(term: str) -> bool:
    """Whether an index term is a word joined by `_` (not merely starting or ending with one)."""
    return "_" in term.strip("_")


def code_level(fields: Sequence[Counter[str]]) -> int:
    """The share of the terms of `fields` (a page's body and headings, counted) that are
    identifiers joined by `_`, in whole percent, rounded half up (0 for no terms)."""
    held = sum(sum(counts.values()) for counts in fields)
    joined = sum(count for counts in fields for term, count in counts.items()
                 if _identifier(term))
    return (200 * joined + held) // (2 * held) if held else 0


def prose_rank(ranked: float, level: int) -> float:
    """A rank times PROSE_BASE / (PROSE_BASE + level), in doubles, one step at a time as the
    worker's `proseRank`."""
    return ranked * PROSE_BASE / (PROSE_BASE + level)
