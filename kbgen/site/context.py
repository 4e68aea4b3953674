"""Template variables for article pages (`article.html`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.related import related_articles
from kbgen.site.urls import HOME, Urls
from kbgen.site.views import (
    ArticleCard, Link, article_card, category_link, human_date, tag_links,
)


@dataclass(frozen=True)
class ArticleView:
    """Everything `article.html` shows around the page content."""

    home: Link
    category: Link
    status: str
    updated: dt.date | None
    updated_text: str
    applies_to: list[str]
    tags: list[Link]
    related: list[ArticleCard]


def article_view(kb: KnowledgeBase, article: Article, urls: Urls, page_url: str,
                 related_limit: int) -> ArticleView:
    """The view of one article, links relative to `page_url`."""
    updated = article.meta.updated or article.meta.created
    return ArticleView(
        home=Link("Help centre", urls.to(HOME, page_url)),
        category=category_link(kb, article.category, urls, page_url),
        status=article.meta.status,
        updated=updated,
        updated_text=human_date(updated),
        applies_to=list(article.meta.applies_to),
        tags=tag_links(list(article.meta.tags), urls, page_url),
        related=[article_card(kb, a, urls, page_url)
                 for a in related_articles(kb, article, related_limit)],
    )
