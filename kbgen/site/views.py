"""Template-ready views of the model, with links relative to the current page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kbgen.core.model import Article, Category, KnowledgeBase
from kbgen.site.urls import TAGS, Urls, category_uri, tag_anchor


@dataclass(frozen=True)
class Link:
    """Text and relative URL."""

    text: str
    url: str


@dataclass(frozen=True)
class ArticleCard:
    """An article in a listing."""

    title: str
    summary: str
    url: str
    updated: dt.date | None
    category: Link


@dataclass(frozen=True)
class CategoryCard:
    """A category on the home page."""

    title: str
    description: str
    icon: str
    url: str
    count: int


def human_date(day: dt.date | None) -> str:
    """`30 August 2026`, or empty."""
    return f"{day.day} {day:%B %Y}" if day else ""


def category_link(kb: KnowledgeBase, slug: str, urls: Urls, page_url: str) -> Link:
    """Link to a category page."""
    category = kb.categories.get(slug)
    return Link(category.info.title if category else slug, urls.to(category_uri(slug), page_url))


def article_card(kb: KnowledgeBase, article: Article, urls: Urls, page_url: str) -> ArticleCard:
    """An article as shown in lists."""
    return ArticleCard(article.title, article.meta.summary, urls.article(article, page_url),
                       article.meta.updated or article.meta.created,
                       category_link(kb, article.category, urls, page_url))


def category_card(kb: KnowledgeBase, category: Category, urls: Urls, page_url: str) -> CategoryCard:
    """A category as shown on the home page."""
    return CategoryCard(category.info.title, category.info.description, category.info.icon,
                        urls.to(category_uri(category.slug), page_url),
                        len(kb.in_category(category.slug)))


def tag_links(tags: list[str], urls: Urls, page_url: str) -> list[Link]:
    """Links to tags on the tags index."""
    return [Link(tag, urls.to(TAGS, page_url, tag_anchor(tag))) for tag in tags]
