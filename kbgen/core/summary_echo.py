"""Whether a passage of an article's body says again what its summary says (an imported
article's summary is often its first sentence), so that a search result, which shows the
summary, shows another passage of the body instead of the same words twice.

The browser's worker applies the same rule (`echoes` in kb-search.js).
"""

from __future__ import annotations

from collections.abc import Sequence

ECHO_MIN = 4
"""Fewer index terms in common are no echo: a short summary's words ("Change the app
language") are the words a passage explaining it must use."""


def echoes(passage: Sequence[str], summary: Sequence[str]) -> bool:
    """True when `passage` and `summary` (index terms, in order) share, in the same order, at
    least ECHO_MIN terms and half of the shorter of the two: the passage repeats the summary,
    or most of it, or is half made of it (a long summary cut short, or its paraphrase)."""
    shorter = min(len(passage), len(summary))
    if shorter < ECHO_MIN:
        return False
    common = _common_in_order(passage, summary)
    return common >= ECHO_MIN and 2 * common >= shorter


def _common_in_order(first: Sequence[str], second: Sequence[str]) -> int:
    """The length of the longest common subsequence of `first` and `second`."""
    row = [0] * (len(second) + 1)
    for term in first:
        diagonal = 0
        for k, other in enumerate(second):
            above = row[k + 1]
            row[k + 1] = diagonal + 1 if term == other else max(above, row[k])
            diagonal = above
    return row[-1]
