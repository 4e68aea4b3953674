"""Related articles: the explicit `related` list first, then the closest by content."""

from __future__ import annotations

from kbgen.core.model import Article, KnowledgeBase

SHARED_ERROR = 3.0
SHARED_TAG = 2.0
SAME_CATEGORY = 1.0


def related_articles(kb: KnowledgeBase, article: Article, limit: int = 5) -> list[Article]:
    """Up to `limit` public articles related to `article`, best first."""
    chosen = [a for slug in article.meta.related
              if (a := kb.article(slug)) is not None and a.is_public and a is not article]
    scored = sorted(
        ((_closeness(article, other), other) for other in kb.public_articles()
         if other is not article and other not in chosen),
        key=lambda pair: (-pair[0], -pair[1].last_change.toordinal(), pair[1].title),
    )
    chosen += [other for score, other in scored if score > 0]
    return chosen[:limit]


def _closeness(article: Article, other: Article) -> float:
    errors = {e.casefold() for e in article.meta.errors}
    tags = {t.casefold() for t in article.meta.tags}
    return (SHARED_ERROR * len(errors & {e.casefold() for e in other.meta.errors})
            + SHARED_TAG * len(tags & {t.casefold() for t in other.meta.tags})
            + SAME_CATEGORY * (article.category == other.category))
