"""A try for `bench/relevance_tries.py --try`: pseudo-relevance feedback (RM3-style).

The vocabulary class of misses (the customer's word is not the page's: 40 of the fifteen
tuning sets' 74 answers below 5th, 6 of VA.gov's 9) was met with word lists (voc57, voc58)
and embedding pairs, and both lowered the held-out sets. Feedback takes the site's own words
instead: rank once, take the first FEEDBACK_DOCUMENTS results, score each term they hold by
its BM25 weight in them (each page's DOCUMENT_TERMS best terms only, what a build could store
beside the index for the browser), add the FEEDBACK_TERMS best terms no query word reaches
to the query at FEEDBACK_WEIGHT of an exact word's boost (the best term at the full weight,
the others by their score's share of it), and rank again. A feedback term adds points only:
it matches no query word, so the coordination (the cube of words matched), the phrase,
section and heading rules are unchanged, and no page that matched no query word is added.

Gated (FEEDBACK_GATE) so it cannot move a confident first ranking:
- "always";
- "partial": only when the first result misses one of the query's words (the customer's
  word is not the page's);
- "close": only when the second result's rank (before the phrase, section and heading
  bonuses) is at least CLOSE_RATIO of the first's (the first results disagree).

Not shipped (bench/RESULTS.md, find67). Over the sixteen sets (the fifteen tuning sets and
VA.gov), left out one set at a time over the 430 settings searched (GRID, then finer grids):
MRR 13.435 -> 13.440, recall@5 14.908 -> 14.930, VA.gov and PiKVM up, Plausible equal. The
setting chosen in 12 of 16 folds is RM3's agreement (a term held by two of the first three
results, TOP_HOLDERS = 2; five terms at 0.15, gate "partial", the defaults below): 24
queries up and 11 down, most between 1st and 5th. Without the agreement the terms are most
often one result's title word (`faq`, `beta`). The form the browser's worker could compute
with what it holds (a page's title and summary terms, DOCUMENT_TERMS = 0) falls, with the
agreement too (left out MRR 13.400, recall@5 14.893). The form that passes needs each page's best
terms in the index and, in the worker, a second fetch of postings before the second ranking.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_feedback.py
    python bench/relevance_try_feedback.py /tmp/sets.pkl /tmp/grid   # every GRID setting
    python bench/relevance_loso.py main=/tmp/grid/main.json \\
        fb=/tmp/grid/fb-3-5-0.15-partial-False.json
"""

from __future__ import annotations

import math
from typing import Any

from kbgen.core import search as searching

FEEDBACK_DOCUMENTS = 3
"""How many of the first results the feedback terms come from."""
FEEDBACK_TERMS = 5
"""How many terms are added to the query."""
FEEDBACK_WEIGHT = 0.15
"""The best feedback term's boost, of an exact query word's (EXACT_BOOST)."""
DOCUMENT_TERMS = 30
"""Each page's best terms (by BM25 weight, all fields) that can be feedback terms; 0: the
terms of its title and summary alone, each scored by its idf (what the browser's worker holds
of a page without fetching more of the index)."""
FEEDBACK_GATE = "partial"
"""When feedback is asked: "always", "partial" or "close" (above)."""
CLOSE_RATIO = 0.8
"""The "close" gate: the second result's rank is at least this share of the first's."""
KEEP_FIRST = False
"""Whether the first ranking's first result stays first (feedback re-ranks the others)."""
MIN_HOLDERS = 2
"""A feedback term must be held by this many pages (one page's own word moves nothing else)."""

TOP_HOLDERS = 2
"""A feedback term must be held by this many of the first results (RM3's agreement: 2 keeps
out a word of one result's title, `faq`, `beta`)."""

_FORWARD: dict[int, tuple[Any, list[list[tuple[int, int]]]]] = {}


def forward(index: Any) -> list[list[tuple[int, int]]]:
    """Each document's DOCUMENT_TERMS best terms, (term, weight summed over its fields),
    best first; cached per index."""
    kept = _FORWARD.get(id(index))
    if kept is not None and kept[0] is index:
        return kept[1]
    weights: list[dict[int, int]] = [{} for _ in range(len(index.store) or 1)]
    for n, postings in enumerate(index.postings):
        for ref, _, weight in postings:
            while ref >= len(weights):
                weights.append({})
            weights[ref][n] = weights[ref].get(n, 0) + weight
    best = [sorted(found.items(), key=lambda item: (-item[1], item[0]))[:DOCUMENT_TERMS]
            for found in weights]
    _FORWARD[id(index)] = (index, best)
    return best


def feedback_terms(index: Any, refs: list[int], reached: set[int]) -> list[tuple[int, float]]:
    """The FEEDBACK_TERMS best terms of documents `refs` that the query does not reach, each
    with its score's share of the best one's."""
    if not DOCUMENT_TERMS:
        return page_terms(index, refs, reached)
    pages = forward(index)
    scores: dict[int, int] = {}
    holders: dict[int, int] = {}
    for ref in refs:
        for n, weight in pages[ref] if ref < len(pages) else ():
            if n not in reached and index.df[n] >= MIN_HOLDERS:
                scores[n] = scores.get(n, 0) + weight
                holders[n] = holders.get(n, 0) + 1
    scores = {n: score for n, score in scores.items() if holders[n] >= TOP_HOLDERS}
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:FEEDBACK_TERMS]
    if not best:
        return []
    top = best[0][1]
    return [(n, score / top) for n, score in best]


def page_terms(index: Any, refs: list[int], reached: set[int]) -> list[tuple[int, float]]:
    """`feedback_terms` from the title and summary of `refs` alone: each term counts its
    idf once for each of them whose title or summary holds it."""
    documents = len(index.store) or 1
    scores: dict[int, float] = {}
    tops: dict[int, int] = {}
    for ref in refs:
        for n in sorted({index.numbers[term] for phrase in index.phrases(ref)
                         for term in phrase if term in index.numbers}):
            holders = index.df[n]
            if n not in reached and holders >= MIN_HOLDERS:
                scores[n] = scores.get(n, 0.0) + math.log(
                    1 + abs((documents - holders + 0.5) / (holders + 0.5)))
                tops[n] = tops.get(n, 0) + 1
    scores = {n: score for n, score in scores.items() if tops[n] >= TOP_HOLDERS}
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:FEEDBACK_TERMS]
    if not best:
        return []
    top = best[0][1]
    return [(n, score / top) for n, score in best]


def unsure(run: Any, first: list[Any]) -> bool:
    """Whether the gate lets feedback re-rank this query's first results `first`."""
    if FEEDBACK_GATE == "always":
        return True
    top = int(first[0].ref)
    if FEEDBACK_GATE == "partial":
        return run.matched[top] < len(run.words)
    if len(first) < 2:
        return False

    def ranked(ref: int) -> float:
        return searching.rank(run.points[ref], run.counted.get(ref, 0.0), run.related[ref],
                              run.weak.get(ref, 0.0), run.halves)
    return ranked(int(first[1].ref)) >= CLOSE_RATIO * ranked(top)


def add_feedback(run: Any, first: list[Any]) -> bool:
    """Add the feedback terms of `first` (the query's first results) to `run`'s boosts and
    points when the gate lets them (`unsure`); whether it did."""
    if not first or not unsure(run, first):
        return False
    refs = [int(hit.ref) for hit in first[:FEEDBACK_DOCUMENTS]]
    added = feedback_terms(run.index, refs, set(run.boosts))
    full = searching.EXACT_BOOST * searching.BOOST_SCALE * FEEDBACK_WEIGHT
    for n, share in added:
        boost = max(1, round(full * share))
        run.boosts[n] = run.boosts.get(n, 0) + boost
        for ref, _, weight in run.index.postings[n]:
            if ref in run.points:
                run.points[ref] += boost * weight
    return bool(added)


def first_kept(first: list[Any], again: list[Any]) -> list[Any]:
    """`again` with the first ranking's first result first when KEEP_FIRST."""
    if not KEEP_FIRST or not first or (again and again[0].ref == first[0].ref):
        return again
    return [first[0]] + [hit for hit in again if hit.ref != first[0].ref][:len(again) - 1]


_HITS = searching._Run.hits  # noqa: SLF001 (a try patches kbgen in place)


def install() -> None:
    """Make kbgen's `_Run.hits` rank twice, the second time with feedback terms."""

    def with_feedback(self: Any, limit: int) -> list[Any]:
        first = _HITS(self, max(limit, FEEDBACK_DOCUMENTS))
        if not add_feedback(self, first):
            return first[:limit]
        return first_kept(first, _HITS(self, limit))

    searching._Run.hits = with_feedback  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()


GRID = {"FEEDBACK_DOCUMENTS": (1, 3, 5), "FEEDBACK_TERMS": (3, 10),
        "FEEDBACK_WEIGHT": (0.05, 0.15, 0.4), "FEEDBACK_GATE": ("always", "partial", "close"),
        "KEEP_FIRST": (False, True)}
"""The settings `grid` ranks with, every combination (the others as set above; the first
grid, of find67, ran with TOP_HOLDERS = 1)."""


def grid(kept_path: str, out: str) -> None:
    """Rank the kept sets (`relevance_tries.py --keep`) with kbgen as it is (`main`) and with
    feedback in every combination of GRID: each query's first ranking once, then each
    combination's feedback from it. Write each one's ranks as `relevance_tries.py --json`
    does, into directory `out`, for `relevance_loso.py`."""
    import itertools
    import json
    import pickle
    import sys
    from pathlib import Path

    here = sys.modules[__name__]
    combinations = list(itertools.product(*GRID.values()))
    labels = ["main"] + ["fb-" + "-".join(str(value) for value in values)
                         for values in combinations]
    found: dict[str, dict[str, list[int | None]]] = {label: {} for label in labels}
    for name, kept_set in pickle.loads(Path(kept_path).read_bytes()).items():
        index = searching.build_index(kept_set["documents"], kept_set["synonyms"])
        for label in labels:
            found[label][name] = []
        for query, want in zip(kept_set["queries"], kept_set["expected"], strict=True):
            terms = searching.index_query_terms(index, query)
            run = searching._Run(index, terms) if terms else None  # noqa: SLF001
            first = _HITS(run, 10) if run else []
            points, boosts = (dict(run.points), dict(run.boosts)) if run else ({}, {})
            for label, values in zip(labels, [None, *combinations], strict=True):
                hits = first
                if values is not None and run is not None:
                    for setting, value in zip(GRID, values, strict=True):
                        setattr(here, setting, value)
                    run.points, run.boosts = dict(points), dict(boosts)
                    if add_feedback(run, first):
                        hits = first_kept(first, _HITS(run, 10))
                slugs = [kept_set["slugs"][int(hit.ref)] for hit in hits]
                at = [slugs.index(slug) + 1 for slug in want if slug in slugs]
                found[label][name].append(min(at) if at else None)
        print(name, flush=True)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for label, ranks in found.items():
        (folder / f"{label}.json").write_text(json.dumps(ranks) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys as _sys
    grid(_sys.argv[1], _sys.argv[2])
