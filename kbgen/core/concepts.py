"""Words of the same everyday sense, connected only where a site uses both.

A customer types `fake`, the article says `counterfeit`. kbgen ships pairs of English words
that share their most frequent sense (`wordnet_pairs.txt`, from WordNet 3.0: see
bench/wordnet_pairs.py for the rule), and when a site's index is built, a pair becomes a
synonym group only when both of its words are the site's own: the site's vocabulary bounds
the drift, and a word the site never uses brings nothing in. Applied with kbgen's common
synonyms (`common: false` in `_data/synonyms.yml` leaves both out), in English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PAIRS_FILE = Path(__file__).with_name("wordnet_pairs.txt")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def pairs() -> tuple[tuple[str, str], ...]:
    """The shipped pairs (comment lines left out)."""
    lines = PAIRS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple((a, b) for line in lines if line and not line.startswith("#")
                 for a, b in [line.split()])


def site_groups(texts: Iterable[str]) -> list[list[str]]:
    """The pairs whose two words both occur in `texts` (a site's searchable text)."""
    words: set[str] = set()
    for text in texts:
        words.update(_WORD.findall(text.lower()))
    return [[a, b] for a, b in pairs() if a in words and b in words]
