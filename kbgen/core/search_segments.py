"""Words of scripts written without spaces, for search: character bigrams.

Chinese, Japanese and Thai write a sentence without spaces, so a token of the index would be a
whole phrase and a query word would never match it. Every run of their letters (and Korean's,
whose words carry their particles) is read instead as its overlapping pairs of characters:
`密码重置` is `密码 码重 重置`, in the index and in queries alike, so `密码` finds it. No
dictionary is needed, and the worker's `segment` (kb-search.js) computes the same pairs:
tests/core/test_search_segments.py compares both.
"""

from __future__ import annotations

import re

UNSPACED = ("\u0e00-\u0eff"  # Thai, Lao
            "\u1000-\u109f"  # Myanmar
            "\u1780-\u17ff"  # Khmer
            "\u3005\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff"  # 々, kana (not the middle dot ・)
            "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
            "\uac00-\ud7af"  # Hangul syllables
            "\uff66-\uff9f"  # half-width katakana
            "\U00020000-\U0003134f")  # Han, extensions B to G
"""The characters read in bigrams (the worker's UNSPACED lists the same ranges)."""
_RUN = re.compile(f"[{UNSPACED}]+")


def _pairs(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(run) < 2:
        return f" {run} "
    return " " + " ".join(run[at:at + 2] for at in range(len(run) - 1)) + " "


def segment(text: str) -> str:
    """`text` with each run of UNSPACED characters as its bigrams, spaced apart (a run of
    one character as itself)."""
    return _RUN.sub(_pairs, text) if _RUN.search(text) else text
