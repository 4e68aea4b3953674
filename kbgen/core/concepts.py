"""Words of the same sense, connected only where a site uses both.

A customer types one word, the article says another of the same sense. kbgen ships pairs of
English words that share their first sense (`wordnet_pairs.txt.gz`, from WordNet 3.0; the
rule is in bench/wordnet_pairs.py) and pairs that a sentence-embedding model places closest
(`embedding_pairs.txt.gz`, from all-MiniLM-L6-v2: `ram`/`memory`, `cost`/`price`, which a
dictionary keeps apart; bench/embedding_pairs.py), and a site's index keeps a pair only when
its partner is the site's own word: when both words are (the site's vocabulary bounds the
drift), or, for WordNet's pairs, when the site never uses the other one at all, which is then
how a customer reaches the site's word for it (`fake` reaches `counterfeit`: otherwise the
word finds nothing); for such a word also WordNet's derived word or the quality it is a value
of (`wordnet_derived.txt.gz`: `die` -> `death`, `hot` -> `temperature`). The
index holds them as stems (`related`); a query word
also reaches its partners' terms, at the weight of a likely typo, and a document that matches
the word only through a partner counts it a third of a word in the ranking's coordination
(kbgen.core.search.related_clause): the model's neighbours are loose (`internet`/`web`), and a
word the article does not hold is weaker evidence than one it does. A word the site never
uses is read as its partners in full instead (kbgen.core.search.meant_clause): it would find
nothing else. Applied with kbgen's
common synonyms (`common: false` in `_data/synonyms.yml` leaves both out), in English only.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

PAIRS_FILES = (Path(__file__).with_name("wordnet_pairs.txt.gz"),
               Path(__file__).with_name("embedding_pairs.txt.gz"))
"""WordNet's pairs of one sense, and the pairs a sentence-embedding model places closest
(bench/embedding_pairs.py: `ram`/`memory`, `cost`/`price`)."""
_WORD = re.compile(r"[a-z]+")


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The pairs of one shipped file (its notice's comment lines left out)."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return [(a, b) for line in lines if line and not line.startswith("#")
            for a, b in [line.split()]]


@lru_cache(maxsize=1)
def pairs() -> tuple[tuple[str, str], ...]:
    """The shipped pairs, of every file, each once."""
    return tuple(dict.fromkeys(pair for path in PAIRS_FILES for pair in read_pairs(path)))


@lru_cache(maxsize=1)
def dictionary_pairs() -> tuple[tuple[str, str], ...]:
    """WordNet's pairs only (the first of PAIRS_FILES)."""
    return tuple(dict.fromkeys(read_pairs(PAIRS_FILES[0])))


DERIVED_FILE = Path(__file__).with_name("wordnet_derived.txt.gz")
"""WordNet's pairs of a word and a word derived from it or the quality it is a value of, by
the first sense of each (`die`/`death`, `hot`/`temperature`; bench/wordnet_pairs.py
`--derived`): only for a customer's word the site never uses (`unused_partners`)."""


@lru_cache(maxsize=1)
def unused_pairs() -> tuple[tuple[str, str], ...]:
    """The pairs that reach the site's word from one it never uses: WordNet's of one sense,
    then its derived ones."""
    return tuple(dict.fromkeys((*dictionary_pairs(), *read_pairs(DERIVED_FILE))))


@lru_cache(maxsize=1)
def pair_words() -> frozenset[str]:
    """Every word of a shipped pair."""
    return frozenset(word for pair in (*pairs(), *unused_pairs()) for word in pair)


def words_of(texts: Iterable[str]) -> set[str]:
    """The words of `texts` that are in a pair: all `related_stems` reads of them."""
    return words_in(texts) & pair_words()


def words_in(texts: Iterable[str]) -> set[str]:
    """Every word of `texts`, as `words_of` reads them (in a pair or not)."""
    words: set[str] = set()
    for text in texts:
        words.update(_WORD.findall(text.lower()))
    return words


def related_stems(texts: Iterable[str], stem: Callable[[str], str],
                  terms: Collection[str], words: Collection[str] | None = None
                  ) -> dict[str, list[str]]:
    """Each word's partners, as stems: for the pairs whose two words both occur in `texts`
    (a site's searchable text; or `words`, their `words_of`) and whose stems are both index
    `terms` and not the same, each term's; and for the pairs of which only one word occurs
    there and the other's stem is no index term (`unused_partners`), that stem's."""
    if words is None:
        words = words_of(texts)
    related: dict[str, set[str]] = {}
    for a, b in pairs():
        if a in words and b in words:
            first, second = stem(a), stem(b)
            if first != second and first in terms and second in terms:
                related.setdefault(first, set()).add(second)
                related.setdefault(second, set()).add(first)
    for unused, partner in unused_partners(stem, terms, words):
        related.setdefault(unused, set()).add(partner)
    return {term: sorted(partners) for term, partners in sorted(related.items())}


def unused_partners(stem: Callable[[str], str], terms: Collection[str],
                    words: Collection[str]) -> Iterator[tuple[str, str]]:
    """(stem, partner's stem) for each of WordNet's pairs of which one word is among the
    site's `words` and its stem an index term, and the other word's stem is not (nor empty):
    a customer's word the site never uses, and the site's word of the same sense. The
    embedding model's pairs are left out here: the same figures on every relevance set
    (bench/RESULTS.md, 4 December) and a quarter fewer bytes of index head."""
    for pair in unused_pairs():
        for word, partner in (pair, pair[::-1]):
            if partner in words and word not in words:
                unused, used = stem(word), stem(partner)
                if unused and unused not in terms and used in terms:
                    yield unused, used
