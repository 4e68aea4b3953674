"""Soft coordination: a matched query word counts by how much of it the page holds.

Ranking multiplies a document's points by the cube of the query words it matched. Counted 1
for any mention, a word said once in passing in a long body (`make`, `over`, `computer`) put
a page above the one whose title and text answer the rest. So a matched word counts
min(1, sqrt(its points in the document / FULL_WORD_POINTS)) in that cube: its points are what
the word adds to the document's score (every term its clauses reach, every field, in kbgen's
whole-number points: boost in tenths times BM25 weight in hundredths), so a word in a title
or said often counts 1, a word said once in a long body less. Everyday words
(kbgen.core.search_weak) count half of that. Measured on the tuning sets (bench/RESULTS.md,
rel55: sum of MRR +0.054) and held out (MRR +0.079, recall@5 +0.155); DuckDuckGo and
Arduino fell a little. The browser's worker counts the same way (`wordShare` in
kb-search.js), in the same order, so the two rank alike to the last bit.
"""

from __future__ import annotations

import math

FULL_WORD_POINTS = 50_000
"""The points at which a word counts fully: about an exact match said once in the body of a
page of average length with an idf of 2.5 (20,000 to 150,000 measured, and exponents 0.25
to 1 instead of the square root)."""


def word_share(points: int) -> float:
    """How much of a query word a document's `points` of it count in the coordination:
    correctly rounded (a division, a square root), as the worker's `wordShare`."""
    return min(1.0, math.sqrt(points / FULL_WORD_POINTS))
