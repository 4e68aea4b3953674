"""A try for `bench/relevance_tries.py --try`: the terms a query word reaches only as their
start (its prefix clause) count, in each field of a document, as the best of them, not their
sum.

A query word reaches several index terms: its stem (exact), the terms it begins (prefix), its
one-typo neighbours and related words. lunr sums them all, so a page holding dozens of distinct
terms one word begins (a reference page's `photoprism_*` or `menu_*` options, `save_state`,
`crt*` shader names) collects dozens of prefix matches' points and outranks the page that holds
the word itself. Here, per query word and field, a document counts the word's other clauses as
before and, of the terms reached only by its prefix clause, the best one (PREFIX_TERMS of them);
coordination, sections, headings and phrases are unchanged. With PREFIX_TERMS None the points
are kbgen's exactly (lunr's sum is linear in the words).

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_word_best.py
"""

from __future__ import annotations

from typing import Any

from kbgen.core import search as searching

PREFIX_TERMS: int | None = 1
"""How many of the terms a word reaches only by its prefix count in a document's field (the
best ones); None: all of them, as kbgen."""
REACH = "prefix"
"""Which terms count only as their best: `prefix` (reached only by the prefix clause), `other`
(every term not reached at the word's own boost: prefixes, typos, related words), or `all`."""


def word_points(index: Any, term: Any) -> dict[int, int]:
    """One query word's points in each document: its clauses but the prefix one summed as
    lunr does; of the terms only its prefix reaches, the best PREFIX_TERMS per field."""
    found = searching.clauses(index, term)
    boosts: dict[int, int] = {}
    prefix_only: set[int] = set()
    others = {n for numbers, boost in found for n in numbers
              if boost != searching.PREFIX_BOOST or not _is_prefix(numbers, index, term)}
    own = {n for numbers, boost in found for n in numbers if boost == searching.EXACT_BOOST}
    for numbers, boost in found:
        scaled = round(boost * searching.BOOST_SCALE)
        is_prefix = _is_prefix(numbers, index, term)
        for n in numbers:
            if ((REACH == "prefix" and is_prefix and n not in others)
                    or (REACH == "other" and n not in own) or REACH == "all"):
                prefix_only.add(n)
            boosts[n] = boosts.get(n, 0) + scaled
    for n in searching.related_clause(index, term, found):
        boosts[n] = boosts.get(n, 0) + round(searching.RELATED_BOOST * searching.BOOST_SCALE)
        if REACH != "prefix":
            prefix_only.add(n)
    points: dict[int, int] = {}
    best: dict[tuple[int, int], list[int]] = {}
    for n, boost in boosts.items():
        for ref, at, weight in index.postings[n]:
            if n in prefix_only and PREFIX_TERMS is not None:
                best.setdefault((ref, at), []).append(boost * weight)
            else:
                points[ref] = points.get(ref, 0) + boost * weight
    for (ref, _), values in best.items():
        points[ref] = points.get(ref, 0) + sum(sorted(values, reverse=True)[:PREFIX_TERMS])
    return points


def _is_prefix(numbers: list[int], index: Any, term: Any) -> bool:
    """Whether a clause's terms are the word's prefix clause (`clauses` builds it with
    `index.expand(word, wildcard=True)`)."""
    return (len(term.word) >= searching.PREFIX_MIN_LENGTH
            and numbers == index.expand(term.word, wildcard=True))


def best_points(run: Any) -> None:
    """`run.points` again, word by word (`word_points`)."""
    run.points = {}
    for term in run.terms:
        for ref, points in word_points(run.index, term).items():
            run.points[ref] = run.points.get(ref, 0) + points


def install() -> None:
    """Make kbgen's `search` count each word's points as `word_points`."""
    counted = searching._Run.__init__

    def init(self: Any, index: Any, terms: Any) -> None:
        counted(self, index, terms)
        best_points(self)

    searching._Run.__init__ = init  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()
