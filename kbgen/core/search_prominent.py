"""The query's words in a result's title, summary or headings.

Sibling pages (the query's main words in both titles) are told apart by the query's other
words: the answer holds them where a reader sees them first, a sibling often only in its
body. Among the first results, a result holding more of the query's words there comes first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

PROMINENT_FIELDS = frozenset({"title", "summary", "headings"})
"""The fields a query word counts in: what a reader sees of a page before its body."""
PROMINENT_BASE = 8
"""Among the first PHRASE_DEPTH results, a rank is multiplied by PROMINENT_BASE plus the
number of query words a result holds in its PROMINENT_FIELDS: an eighth more for each.
Measured on the six tuning sets (bench/RESULTS.md, rel36): bases 2, 4, 6, 12 and 16 and
title and headings only were each worse on one set or more."""


def prominent_words(reached: Sequence[Iterable[int]],
                    postings: Sequence[Sequence[tuple[int, int, int]]],
                    fields: Sequence[str], refs: Iterable[int]) -> dict[int, int]:
    """For each of `refs`, how many query words (each given by the index terms its clauses
    reached, `reached`) it holds in one of PROMINENT_FIELDS (`postings`: the index's, of
    (document, field position, weight))."""
    count = dict.fromkeys(refs, 0)
    prominent = {at for at, name in enumerate(fields) if name in PROMINENT_FIELDS}
    for numbers in reached:
        holders = {ref for n in numbers for ref, at, _ in postings[n]
                   if at in prominent and ref in count}
        for ref in holders:
            count[ref] += 1
    return count
