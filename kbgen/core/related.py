"""Related articles: the explicit `related` list first, then the closest by content.

Closeness counts shared error codes, shared tags and the category; candidates come from an
inverted index, so each article is compared only with those it shares something with.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict

from kbgen.core.model import Article, KnowledgeBase

SHARED_ERROR = 3
SHARED_TAG = 2
SAME_CATEGORY = 1


class RelatedIndex:
    """Who shares what among the published articles of a knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.public = sorted(kb.public_articles(), key=_tie_break)
        """Numbered in tie-break order: a smaller number wins a tie."""
        self.number = {id(article): n for n, article in enumerate(self.public)}
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.by_error: dict[str, list[int]] = defaultdict(list)
        self.by_category: dict[str, list[int]] = defaultdict(list)
        for number, article in enumerate(self.public):
            for tag in {t.casefold() for t in article.meta.tags}:
                self.by_tag[tag].append(number)
            for error in {e.casefold() for e in article.meta.errors}:
                self.by_error[error].append(number)
            self.by_category[article.category].append(number)

    def related(self, article: Article, limit: int = 5) -> list[Article]:
        """Up to `limit` public articles related to `article`, best first."""
        chosen = [a for slug in article.meta.related
                  if (a := self.kb.article(slug)) is not None and a.is_public
                  and a is not article]
        if len(chosen) >= limit:
            return chosen[:limit]
        tags = [self._sets("tag", t) for t in {t.casefold() for t in article.meta.tags}]
        errors = [self._sets("error", e) for e in {e.casefold() for e in article.meta.errors}]
        category = self._sets("category", article.category)
        skip = {n for a in (*chosen, article) if (n := self.number.get(id(a))) is not None}
        need = limit - len(chosen)
        # Articles in two or more of the lists, or sharing an error, score 3 or more: score
        # them all. Any other scores 2 (one tag) or 1 (the category): for those, the lowest
        # numbers of the lists win, so each list is read only from its start.
        several: set[int] = set().union(*(members for members, _ in errors))
        for i, (members, _) in enumerate(tags):
            several |= members & category[0]
            for other, _ in tags[i + 1:]:
                several |= members & other
        weighted = ([(members, SHARED_TAG) for members, _ in tags]
                    + [(members, SHARED_ERROR) for members, _ in errors]
                    + [(category[0], SAME_CATEGORY)])
        candidates = several - skip
        scores: Counter[int] = Counter()
        for members, weight in weighted:
            shared = members & candidates
            for _ in range(weight):  # Counter.update counts in C: cheaper than a sum per article
                scores.update(shared)
        span = len(self.public) + 1
        keys = [n - span * score for n, score in scores.items()]
        best = [key % span for key in heapq.nsmallest(need, keys)]
        for tier in ([numbers for _, numbers in tags], [category[1]]):
            if len(best) >= need:
                break
            taken = skip | several | set(best)
            found = heapq.merge(*(_first(numbers, taken, need - len(best)) for numbers in tier))
            best += list(dict.fromkeys(found))[: need - len(best)]
        return (chosen + [self.public[n] for n in best])[:limit]

    def _sets(self, kind: str, key: str) -> tuple[set[int], list[int]]:
        """The articles of one tag, error or category, as a set and in order (made once)."""
        cache: dict[tuple[str, str], tuple[set[int], list[int]]] = self.__dict__.setdefault(
            "_member_sets", {})
        found = cache.get((kind, key))
        if found is None:
            index = {"tag": self.by_tag, "error": self.by_error, "category": self.by_category}
            numbers = index[kind].get(key, [])
            found = cache[(kind, key)] = (set(numbers), numbers)
        return found


def _first(numbers: list[int], taken: set[int], count: int) -> list[int]:
    """The first `count` of sorted `numbers` that are not `taken`."""
    found = []
    for n in numbers:
        if n not in taken:
            found.append(n)
            if len(found) == count:
                break
    return found


def _tie_break(article: Article) -> tuple[int, str]:
    """Newer first, then by title."""
    return -article.last_change.toordinal(), article.title


def related_articles(kb: KnowledgeBase, article: Article, limit: int = 5) -> list[Article]:
    """Up to `limit` public articles related to `article` (builds a one-off index)."""
    return RelatedIndex(kb).related(article, limit)
