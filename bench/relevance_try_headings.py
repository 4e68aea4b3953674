"""A try for `bench/relevance_tries.py --try`: a page's best heading scored by BM25 on its own.

A page of questions (an FAQ, a troubleshooting page) answers a customer under a heading that
asks nearly the same words; the index scores all of a page's headings as one long field, so
forty questions' normalisation drowns the one that matches. Here each heading is a unit: the
page's title and each of its headings, scored alone (BM25, its words normalised by its own
length against the average heading's), the page's best such score H (counted only when the
heading holds MIN_WORDS or more of the query's words); among the first PHRASE_DEPTH results of
a query of two words or more, a rank is multiplied by (BASE + H) after every bonus kbgen gives.

Not shipped: measured on the tuning sets only (bench/RESULTS.md, rel54). Shipping it needs each
heading's terms and length in the index (the section masks tell which section holds a term,
not whether its heading does: read that way it loses 0.006 on DuckDuckGo) and the worker
ranking alike. `_ranked_hits` is a copy of `kbgen.core.search._Run.hits` with the factor
applied (tests/test_bench.py checks the copy ranks as kbgen does with the factor at 1).

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_headings.py
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import Any

from kbgen.core import search as searching
from kbgen.core.search import (
    HEADING_MIN,
    PHRASE_BASE,
    PHRASE_DEPTH,
    Hit,
    best_heading,
    best_section,
    bonus,
    heading_rank,
    phrase_pairs,
    phrase_rank,
    query_pairs,
    rank,
    section_rank,
)

BASE = 6.0
"""A page whose headings match nothing keeps BASE; 3 loses on Arduino and DuckDuckGo."""
MIN_WORDS = 3
"""A heading holding fewer of the query's words scores nothing (2 loses on DuckDuckGo)."""
B = 0.75
"""BM25's length normalisation within a heading."""

Factor = Callable[[Any, list[int]], dict[int, float]]


def heading_texts(document: dict[str, Any]) -> list[str]:
    """The document's headings one by one: each section (`document["sections"]`) starts with
    its heading's words, and `document["headings"]` holds them all joined by spaces; the
    longest common start of the two, cut at a word, is a heading."""
    left, found = str(document.get("headings", "")), []
    for text in document.get("sections") or ():
        if not left:
            break
        same = 0
        while same < min(len(text), len(left)) and text[same] == left[same]:
            same += 1
        if same < len(left) and left[same] != " ":
            same = left.rfind(" ", 0, same)
        if same <= 0:
            continue
        found.append(left[:same].strip())
        left = left[same:].lstrip()
    return found


def units(documents: list[dict[str, Any]], language: Any) -> list[list[Counter[str]]]:
    """Each document's title and headings, as index terms counted."""
    return [[Counter(searching._pipeline(text, language))
             for text in [str(doc.get("title", "")), *heading_texts(doc)]]
            for doc in documents]


def best_heading_score(index: Any, words: list[set[int]], ref: int) -> float:
    """The best BM25 score of one of document `ref`'s units for the query's words (the terms
    each word's clauses reach), or 0 when no unit holds MIN_WORDS of them."""
    found, average = index.heading_units[ref], index.heading_average
    count = len(index.heading_units)
    reached = [[index.terms[n] for n in word] for word in words]
    idfs = []
    for word in words:
        df = max((index.df[n] for n in word), default=0)
        idfs.append(math.log(1 + (count - df + 0.5) / (df + 0.5)))
    best = 0.0
    for counts in found:
        norm = searching.K1 * (1 - B + B * (sum(counts.values()) or 1) / average)
        score, held = 0.0, 0
        for terms, idf in zip(reached, idfs, strict=True):
            tf = sum(counts.get(term, 0) for term in terms)
            if tf:
                held += 1
                score += idf * (searching.K1 + 1) * tf / (norm + tf)
        if held >= MIN_WORDS:
            best = max(best, score)
    return best


def heading_factor(run: Any, top: list[int]) -> dict[int, float]:
    """(BASE + the best heading's score) for each page of `top`."""
    return {ref: BASE + best_heading_score(run.index, run.words, ref) for ref in top}


def ranked_hits(factor: Factor) -> Callable[[Any, int], list[Hit]]:
    """`kbgen.core.search._Run.hits` with each of the first PHRASE_DEPTH ranks multiplied by
    `factor` after kbgen's own bonuses (a copy of it: hits carry no score or `why`)."""
    def hits(self: Any, limit: int) -> list[Hit]:
        ranks = {ref: rank(points, self.counted.get(ref, 0.0), self.related[ref],
                           self.weak.get(ref, 0.0), self.halves)
                 for ref, points in self.points.items()}
        ordered = sorted(ranks, key=lambda ref: (-ranks[ref], str(ref)))
        stems = [term.stem for term in self.terms]
        if len(stems) > 1:
            top = ordered[:PHRASE_DEPTH]
            in_text = bonus(self.index.pair_documents, query_pairs(stems))
            extra = {ref: (PHRASE_BASE + phrase_pairs(self.index.phrases(ref), stems))
                     * in_text(ref) for ref in top}
            held = [self.index.word_sections(word) for word in self.words]
            heads = ([self.index.heading_documents(word) for word in self.words]
                     if len(self.words) >= HEADING_MIN else [set()] * len(self.words))
            final = {}
            for ref in top:
                masks = [found.get(ref, 0) for found, _ in held]
                in_page = [ref in page for _, page in held]
                ranked = section_rank(phrase_rank(ranks[ref], extra[ref]),
                                      *best_section(masks, in_page))
                final[ref] = heading_rank(ranked, best_heading(masks, [ref in h for h in heads]),
                                          sum(in_page))
            factors = factor(self, top)
            top.sort(key=lambda ref: (-final[ref] * factors[ref], str(ref)))
            ordered[:PHRASE_DEPTH] = top
        return [Hit(str(ref), 0.0, self.matched[ref], {}, self.related[ref])
                for ref in ordered[:limit]]
    return hits


def install(factor: Factor = heading_factor) -> None:
    """Make kbgen's `build_index` keep each document's units and `search` rank with
    `factor`."""
    build = searching.build_index

    def build_index(documents: list[dict[str, Any]], synonyms: Any = None,
                    language: Any = searching.ENGLISH) -> Any:
        index = build(documents, synonyms, language)
        index.heading_units = units(documents, language)
        lengths = [sum(counts.values()) for found in index.heading_units for counts in found
                   if counts]
        index.heading_average = sum(lengths) / len(lengths) if lengths else 1.0
        return index

    searching.build_index = build_index  # type: ignore[assignment]
    searching._Run.hits = ranked_hits(factor)  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()
