"""A try for `bench/relevance_tries.py --try`: a word on the site's every page counts less in
the coordination (rarity).

Ranking multiplies a document's points by the cube of the query words it matched, each by its
share (kbgen.core.search_coordination). A word most of the site's pages hold (`app` on
Joplin's site, `photos` on Ente's, `device` on Meshtastic's) is matched by nearly every
result, so matching it says little; a word of a few pages (`die`, `libfuse2`, `resistor`)
says a lot. Here a word's share is multiplied by COMMON_WORD_SHARE + (1 - COMMON_WORD_SHARE)
x idf(documents holding it) / idf(one document), lunr's idf over the index's documents,
rounded to 1/FACTOR_STEPS (so that the worker's `Math.log` could not part from Python's: 0
differences over 280,350 pairs of holders and documents in node, bench/RESULTS.md, rel56).

Not shipped: on the eight tuning sets it passes (sum of MRR 6.938 -> 6.975, recall@5 7.597
-> 7.628, no set down; 0.62 to 0.70 pass), but on set56's two fresh tuning sets, written
blind, recall@5 falls on both (IVPN 0.941 -> 0.929, libretro 0.900 -> 0.889; MRR 1.594 ->
1.604): it does not generalise by the rule (bench/RESULTS.md, rel56). rel56's branch had it in
kbgen and the worker (`kbgen/core/search_rarity.py`, `rarity` in kb-search.js; commit
be05ae5b), reverted.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_rarity.py
"""

from __future__ import annotations

import math
from typing import Any

from kbgen.core import search as searching
from kbgen.core.search_weak import weak_words

COMMON_WORD_SHARE = 0.65
"""What a word every page holds counts in the coordination, of a rare word's share."""
FACTOR_STEPS = 1024
"""The factor is rounded to 1/1024."""


def idf(holders: int, documents: int) -> float:
    """lunr's idf of a word `holders` of `documents` hold (as the index's `idf`)."""
    return math.log(1 + abs((documents - holders + 0.5) / (holders + 0.5)))


def rarity(holders: int, documents: int) -> float:
    """What a query word's share counts (times) when `holders` of `documents` hold it."""
    ratio = min(1.0, idf(holders, documents) / idf(1, documents))
    factor = COMMON_WORD_SHARE + (1 - COMMON_WORD_SHARE) * ratio
    return math.floor(factor * FACTOR_STEPS + 0.5) / FACTOR_STEPS


def rare_shares(run: Any) -> None:
    """Count `run`'s words again (kbgen's `_Run.__init__` loop), each share times its rarity
    on the site."""
    index = run.index
    documents = len(index.store) or 1
    weak = weak_words([term.word for term in run.terms],
                      index.language.code == searching.ENGLISH.code)
    run.counted, run.weak = {}, {}
    for numbers, everyday in zip(run.words, weak, strict=True):
        held: dict[int, int] = {}
        for n in numbers:
            boost = run.boosts[n]
            for ref, _, weight in index.postings[n]:
                held[ref] = held.get(ref, 0) + boost * weight
        common = rarity(len(held), documents) if held else 1.0
        for ref, points in held.items():  # in the query's order, as kbgen
            share = searching.word_share(points) * common
            run.counted[ref] = run.counted.get(ref, 0.0) + share
            if everyday:
                run.weak[ref] = run.weak.get(ref, 0.0) + share


def install() -> None:
    """Make kbgen's `search` count each word's share times its rarity."""
    counted = searching._Run.__init__

    def init(self: Any, index: Any, terms: Any) -> None:
        counted(self, index, terms)
        rare_shares(self)

    searching._Run.__init__ = init  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()
