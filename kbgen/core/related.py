"""Related articles: the explicit `related` list first, then the closest by content.

Closeness counts shared error codes, shared tags and the category; candidates come from an
inverted index, so each article is compared only with those it shares something with.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from functools import cached_property

from kbgen.core.model import Article, KnowledgeBase

SHARED_ERROR = 3
SHARED_TAG = 2
SAME_CATEGORY = 1


class RelatedIndex:
    """Who shares what among the published articles of a knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.public = kb.public_articles()
        self.by_tag: dict[str, list[int]] = defaultdict(list)
        self.by_error: dict[str, list[int]] = defaultdict(list)
        self.by_category: dict[str, list[int]] = defaultdict(list)
        for number, article in enumerate(self.public):
            for tag in {t.casefold() for t in article.meta.tags}:
                self.by_tag[tag].append(number)
            for error in {e.casefold() for e in article.meta.errors}:
                self.by_error[error].append(number)
            self.by_category[article.category].append(number)

    @cached_property
    def _order(self) -> dict[int, tuple[int, str]]:
        """Tie-break: newer first, then title."""
        return {n: (-a.last_change.toordinal(), a.title) for n, a in enumerate(self.public)}

    def related(self, article: Article, limit: int = 5) -> list[Article]:
        """Up to `limit` public articles related to `article`, best first."""
        chosen = [a for slug in article.meta.related
                  if (a := self.kb.article(slug)) is not None and a.is_public
                  and a is not article]
        if len(chosen) >= limit:
            return chosen[:limit]
        scores: Counter[int] = Counter()
        for tag in {t.casefold() for t in article.meta.tags}:
            scores.update({n: SHARED_TAG for n in self.by_tag.get(tag, ())})
        for error in {e.casefold() for e in article.meta.errors}:
            scores.update({n: SHARED_ERROR for n in self.by_error.get(error, ())})
        for n in self.by_category.get(article.category, ()):
            scores[n] += SAME_CATEGORY
        skip = {id(a) for a in chosen} | {id(article)}
        order = self._order
        best = heapq.nsmallest(
            limit - len(chosen) + len(skip),
            scores.items(), key=lambda item: (-item[1], *order[item[0]]))
        chosen += [self.public[n] for n, _ in best if id(self.public[n]) not in skip]
        return chosen[:limit]


def related_articles(kb: KnowledgeBase, article: Article, limit: int = 5) -> list[Article]:
    """Up to `limit` public articles related to `article` (builds a one-off index)."""
    return RelatedIndex(kb).related(article, limit)
