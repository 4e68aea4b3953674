"""How alike two articles are: TF-IDF cosine over what describes the problem."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from kbgen.core.model import Article
from kbgen.core.search_segments import segment

COMMON_SHARE = 0.02
"""Words found in more than this share of articles are skipped when looking for duplicates."""
_WORD = re.compile(r"[^\W_][\w.']*[^\W_]|[^\W_]")
"""A word of any script (on ASCII text exactly `[a-z0-9][a-z0-9_.']*[a-z0-9]`)."""
STOP_WORDS = frozenset(
    "a an and are as at be but by can cannot can't do does doesn't don't for from has have how i"
    " if in into is it its it's my no not of on or so that the their then there these this to"
    " up was we when where which while why will with won't you your after before again all also"
    " any because been being get gets got".split()
)


def words(text: str) -> list[str]:
    """Lowercase words without stop words, with a light English suffix strip; words of any
    script, marks dropped (Arabic with and without its vowel signs alike), and Chinese,
    Japanese, Korean or Thai text as its pairs of characters (as search reads it)."""
    text = text.lower()
    if not text.isascii():
        text = segment(_without_marks(text))
    return [_stem(w) for w in _WORD.findall(text) if w not in STOP_WORDS]


def _without_marks(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text)
        if not unicodedata.combining(c) or c in KANA_MARKS))


KANA_MARKS = "\u3099\u309a"
"""Japanese voicing marks: `パ` is not `ハ`."""


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and "_" not in word:
            return word[: -len(suffix)]
    return word


def problem_text(article: Article) -> str:
    """The text that says which problem an article solves."""
    meta = article.meta
    return " ".join([meta.title, meta.summary, *meta.symptoms, *meta.errors])


class Similarity:
    """Cosine similarity of TF-IDF vectors over a set of texts."""

    def __init__(self, texts: Iterable[str]) -> None:
        bags = [Counter(words(text)) for text in texts]
        documents = Counter(term for bag in bags for term in bag)
        total = len(bags) or 1
        self._idf = {term: math.log((1 + total) / (1 + count)) + 1
                     for term, count in documents.items()}
        self.vectors = [self._vector(bag) for bag in bags]

    def _vector(self, bag: Counter[str]) -> dict[str, float]:
        weights = {t: n * self._idf.get(t, 1.0) for t, n in bag.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}



def likely_duplicates(articles: list[Article], threshold: float
                      ) -> list[tuple[Article, Article, float, list[str]]]:
    """Pairs that describe the same problem: (first, second, similarity, shared error codes).

    Dot products are accumulated term by term over an inverted index, so only articles that
    share a word are compared; words in more than COMMON_SHARE of articles carry little weight
    and are skipped, which keeps this near-linear at 10,000 articles.
    """
    model = Similarity(problem_text(a) for a in articles)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(model.vectors):
        for term, weight in vector.items():
            postings[term].append((index, weight))
    cap = max(50, int(COMMON_SHARE * len(articles)))
    dot: dict[tuple[int, int], float] = defaultdict(float)
    for entries in postings.values():
        if len(entries) > cap:
            continue
        for a, (i, wi) in enumerate(entries):
            for j, wj in entries[a + 1:]:
                dot[(i, j)] += wi * wj
    by_error: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        for error in {e.casefold() for e in article.meta.errors}:
            by_error[error].append(index)
    shared: dict[tuple[int, int], list[str]] = defaultdict(list)
    for error, indexes in by_error.items():
        for a, i in enumerate(indexes):
            for j in indexes[a + 1:]:
                shared[(i, j)].append(error)
    pairs = [(articles[i], articles[j], round(dot.get((i, j), 0.0), 2), sorted(shared[(i, j)]))
             for (i, j) in set(dot) | set(shared)
             if dot.get((i, j), 0.0) >= threshold or (i, j) in shared]
    return sorted(pairs, key=lambda p: (-p[2], p[0].origin.src_uri))
