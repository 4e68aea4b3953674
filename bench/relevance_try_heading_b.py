"""A try for `bench/relevance_tries.py --try`: the headings field's length normalisation by
field (BM25's b for `headings` HEADINGS_B, 0.75 for every field in kbgen): a page of many
headings (an FAQ's questions) loses less of a heading word's weight to its length.

Not shipped (find65, bench/RESULTS.md): over the fifteen tuning sets it is chosen when any
one is left out (sum of MRR 12.703 -> 12.713, recall@5 14.035 -> 14.045; DuckDuckGo and
Mastodon -0.006, rclone one answer out of the top 5), but on the held-out sets both sums fall
(6.420 -> 6.406, 7.186 -> 7.143; Audacity -0.027 recall@5, NeSI -0.016). rel53 measured b
0.5 on eight sets (6.884 -> 6.890, DuckDuckGo -0.008): not kept either.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_heading_b.py
"""

from __future__ import annotations

import math

from kbgen.core import search as searching
from kbgen.core.search_fields import FIELD_BOOSTS

HEADINGS_B = 0.5
"""BM25's b for the headings field (kbgen: B, 0.75, for all)."""


def weight(idf: float, tf: int, length: int, average: float, boost: float) -> int:
    """kbgen's `search.weight`, with HEADINGS_B for the headings field (known by its boost,
    which no other field has)."""
    b = HEADINGS_B if boost == FIELD_BOOSTS["headings"] else searching.B
    norm = searching.K1 * (1 - b + b * (length / average))
    score = idf * ((searching.K1 + 1) * tf) / (norm + tf) * boost
    return math.floor(score * searching.WEIGHT_SCALE + 0.5)


def install() -> None:
    """Make kbgen's index weigh its headings field with HEADINGS_B."""
    searching.weight = weight


if __name__ == "kbgen_try":
    install()
