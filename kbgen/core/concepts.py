"""Words of the same sense, connected only where a site uses both.

A customer types one word, the article says another of the same sense. kbgen ships pairs of
English words that share their first sense (`wordnet_pairs.txt.gz`, from WordNet 3.0; the rule
is in bench/wordnet_pairs.py), and pairs that a sentence-embedding model places closest
(`embedding_pairs.txt.gz`, from all-MiniLM-L6-v2: `ram`/`memory`, `cost`/`price`, which a
dictionary keeps apart; bench/embedding_pairs.py). A site's index keeps a pair only when both
of its words are the site's own: the site's vocabulary bounds the drift, and a word the site
never uses brings nothing in. The index holds them as stems: WordNet's as `related`, the
model's others as `near`. A query word also reaches its partners' terms, at the weight of a
likely typo (kbgen.core.search.clauses); a word matched only through a `near` partner counts a
third of a word in the ranking's coordination (kbgen.core.search.rank), since the model's
neighbours are looser (`internet`/`web`, `company`/`business`). Applied with kbgen's common
synonyms (`common: false` in `_data/synonyms.yml` leaves both out), in English only.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from pathlib import Path

PAIRS_FILES = (Path(__file__).with_name("wordnet_pairs.txt.gz"),)
"""WordNet's pairs of one sense."""
NEAR_FILES = (Path(__file__).with_name("embedding_pairs.txt.gz"),)
"""The pairs a sentence-embedding model places closest (bench/embedding_pairs.py), whose
reach is bounded (kbgen.core.search.NEAR_MATCH)."""
_WORD = re.compile(r"[a-z]+")


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The pairs of one shipped file (its notice's comment lines left out)."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return [(a, b) for line in lines if line and not line.startswith("#")
            for a, b in [line.split()]]


@lru_cache(maxsize=2)
def pairs(near: bool = False) -> tuple[tuple[str, str], ...]:
    """The shipped pairs of one sense (WordNet's), or with `near` the embedding model's
    that WordNet does not hold, each once."""
    if not near:
        return tuple(dict.fromkeys(pair for path in PAIRS_FILES for pair in read_pairs(path)))
    known = set(pairs())
    return tuple(dict.fromkeys(pair for path in NEAR_FILES for pair in read_pairs(path)
                               if pair not in known))


@lru_cache(maxsize=1)
def pair_words() -> frozenset[str]:
    """Every word of a shipped pair, of either kind."""
    return frozenset(word for near in (False, True) for pair in pairs(near) for word in pair)


def words_of(texts: Iterable[str]) -> set[str]:
    """The words of `texts` that are in a pair: all `related_stems` reads of them."""
    words: set[str] = set()
    for text in texts:
        words.update(_WORD.findall(text.lower()))
    return words & pair_words()


def related_stems(texts: Iterable[str], stem: Callable[[str], str],
                  terms: Collection[str], words: Collection[str] | None = None,
                  near: bool = False, leave_out: dict[str, list[str]] | None = None
                  ) -> dict[str, list[str]]:
    """Each index term's partners: the stems of the pairs (`pairs(near)`) whose two words
    both occur in `texts` (a site's searchable text; or `words`, their `words_of`), both
    stems index `terms` and not the same; partners already in `leave_out` left out."""
    if words is None:
        words = words_of(texts)
    leave_out = leave_out or {}
    related: dict[str, set[str]] = {}
    for a, b in pairs(near):
        if a in words and b in words:
            first, second = stem(a), stem(b)
            if (first != second and first in terms and second in terms
                    and second not in leave_out.get(first, ())):
                related.setdefault(first, set()).add(second)
                related.setdefault(second, set()).add(first)
    return {term: sorted(partners) for term, partners in sorted(related.items())}
