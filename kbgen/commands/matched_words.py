"""The words a result matched, as `kbgen search` shows them: a Chinese, Japanese, Korean or
Thai query is searched as overlapping pairs of characters (kbgen.core.search_segments), and
`パスワード` was shown as the pairs it matched, sorted: `スワ, パス, ワー, ード`. Pairs that
follow each other in the query are shown as the stretch of the query they make (`パスワード`);
the others as they are. Display only: what matched and its score are the search's."""

from __future__ import annotations

import re
import unicodedata

from kbgen.core.search_segments import UNSPACED

_RUN = re.compile(f"[{UNSPACED}]+")


def joined(terms: list[str], query: str) -> list[str]:
    """`terms` (one field's matched index terms) with the character pairs that are consecutive
    in `query` joined into the stretch of the query they spell, in the query's order, then
    the other terms in their order."""
    wanted = set(terms)
    if not any(len(term) == 2 and _RUN.fullmatch(term) for term in wanted):
        return terms
    words: list[str] = []
    used: set[str] = set()
    for run in _RUN.findall(unicodedata.normalize("NFKC", query)):
        pairs = [run[at:at + 2] for at in range(len(run) - 1)]
        start = None
        for at, pair in enumerate([*pairs, None]):
            if pair is not None and pair in wanted:
                start = at if start is None else start
                continue
            if start is not None and at - start >= 2:
                word = run[start:at + 1]
                if word not in words:
                    words.append(word)
                used.update(pairs[start:at])
            start = None
    return words + [term for term in terms if term not in used]
