"""A try for `bench/relevance_tries.py --try`: a query word counts in the coordination by how
much of it the document holds, not 1 for any mention.

kbgen multiplies a document's points by the cube of the query words it matched, each word
alike: a page that mentions one more word once in a long body (`make`, `over`, `computer`)
outranks the page whose title and text answer the rest. Here a matched word counts
min(1, sqrt(its points in the document / THRESHOLD)): its points are what the word adds to
the document's score (every clause of the word, every field, in kbgen's whole-number points:
boost in tenths times BM25 weight in hundredths), so a word in a title or said often counts
1, a word said once in a long body less. Everyday words (kbgen.core.search_weak) still count
half of that.

Not shipped: measured on the tuning sets (bench/RESULTS.md, rel55), it gains on four and
loses on DuckDuckGo and Arduino more than the rule allows. Shipping it would need the
worker to keep each word's points per document (`run` in kb-search.js) and rank alike.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl \
        --try bench/relevance_try_soft_coordination.py
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from kbgen.core import search as searching
from kbgen.core.search_weak import weak_words

THRESHOLD = 50_000
"""The points at which a word counts fully: about an exact match said once in the body of a
page of average length with an idf of 2.5 (30,000 and 70,000 measured too)."""
MIN_WORDS = 1
"""Queries of fewer words keep kbgen's coordination (3 measured too)."""


def word_points(run: Any) -> list[dict[int, int]]:
    """For each query word, the points each document gets from the terms its clauses reach."""
    found = []
    for numbers in run.words:
        points: dict[int, int] = {}
        for n in numbers:
            boost = run.boosts.get(n, 0)
            for ref, _, weight in run.index.postings[n]:
                points[ref] = points.get(ref, 0) + boost * weight
        found.append(points)
    return found


def share(points: int) -> float:
    """How much of a word a document's `points` of it count in the coordination."""
    return min(1.0, math.sqrt(points / THRESHOLD))


def soften(run: Any) -> None:
    """Replace a query run's words matched (and everyday words matched) per document by the
    sums of their shares."""
    if len(run.words) < MIN_WORDS:
        return
    weak = weak_words([term.word for term in run.terms],
                      run.index.language.code == searching.ENGLISH.code)
    matched: Counter[int] = Counter()
    everyday: Counter[int] = Counter()
    for points, is_weak in zip(word_points(run), weak, strict=True):
        for ref, value in points.items():
            matched[ref] += share(value)  # type: ignore[assignment]
            if is_weak:
                everyday[ref] += share(value)  # type: ignore[assignment]
    run.matched, run.weak = matched, everyday


def install() -> None:
    """Make kbgen's query runs count their words softly."""
    start = searching._Run.__init__

    def __init__(self: Any, index: Any, terms: Any) -> None:
        start(self, index, terms)
        soften(self)

    searching._Run.__init__ = __init__  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()
