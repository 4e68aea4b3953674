"""A word of the site's every page counts less in the coordination than a rare one.

Ranking multiplies a document's points by the cube of the query words it matched, each by
its share (kbgen.core.search_coordination). A word that most of the site's pages hold (`app`
on Joplin's site, `photos` on Ente's, `device` on Meshtastic's, `happens`) is matched by
nearly every result, so matching it says little about which page answers; a word held by a
few pages (`die`, `libfuse2`, `resistor`, `hops`) says a lot. BM25's idf already weighs the
points so; here the word's share in the cube is weighed too: times COMMON_WORD_SHARE + (1 -
COMMON_WORD_SHARE) x idf(pages holding it) / idf(one page), lunr's idf over the documents
holding any term the word's clauses reach (as typed, prefix, typo, degrees). A word in one
page counts fully, a word in every page about COMMON_WORD_SHARE.

Measured on the eight tuning sets (bench/RESULTS.md, rel56): 0.62 to 0.70 raise the sum of
MRR and of recall@5 with no set down by more than 0.005; 0.6 and 0.75 fail. The factor is
rounded to 1/FACTOR_STEPS so that the browser's worker (`rarity` in kb-search.js), whose
`Math.log` may differ from Python's in the last bit, computes the same number.
"""

from __future__ import annotations

import math

COMMON_WORD_SHARE = 0.65
"""What a word every page holds counts in the coordination, of a rare word's share."""
FACTOR_STEPS = 1024
"""The factor is rounded to 1/1024: doubles of both languages agree on it."""


def idf(holders: int, documents: int) -> float:
    """lunr's idf of a word `holders` of `documents` hold (as the index's `idf`)."""
    return math.log(1 + abs((documents - holders + 0.5) / (holders + 0.5)))


def rarity(holders: int, documents: int) -> float:
    """What a query word's share counts (times), when `holders` of the index's `documents`
    hold it: COMMON_WORD_SHARE for a word of every page, up to 1 for a word of one page,
    rounded to 1/FACTOR_STEPS (the worker's `rarity`, step for step)."""
    ratio = min(1.0, idf(holders, documents) / idf(1, documents))
    factor = COMMON_WORD_SHARE + (1 - COMMON_WORD_SHARE) * ratio
    return math.floor(factor * FACTOR_STEPS + 0.5) / FACTOR_STEPS
