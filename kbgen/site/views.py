"""Template-ready views of the model, with links relative to the current page."""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from kbgen.core.model import Article, Category, KnowledgeBase, TeamMember
from kbgen.core.news import NewsMeta, news_category, shown_updated
from kbgen.site.material import DEFAULT_CATEGORY_ICON
from kbgen.site.urls import Urls, category_uri, profile_uri, tag_uri

AVATAR_COLOURS = 8
"""Initials avatars use one of this many colour classes (`kb-avatar--0` ...)."""


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
    return CategoryCard(category.info.title, category.info.description,
                        category.info.icon or DEFAULT_CATEGORY_ICON,
                        urls.to(category_uri(category.slug), page_url),
                        len(kb.in_category(category.slug)))


@dataclass(frozen=True)
class NewsCard:
    """A news post in a list (the news page, a tag's page, a category's page), or the facts
    above a post's own page."""

    title: str
    summary: str
    url: str
    date: dt.date
    date_text: str
    updated: dt.date | None
    updated_text: str
    category: Link
    """The post's category; the article category's title and page when it names one."""
    tags: list[Link]


def news_card(kb: KnowledgeBase, src_uri: str, meta: NewsMeta, urls: Urls,
              page_url: str) -> NewsCard:
    """A news post with links relative to `page_url`."""
    category = news_category(kb, meta)
    link = Link(meta.category or "", "")
    if category is not None:
        uri = category_uri(category.slug)
        own_page = urls.to(uri, "") == page_url  # there its name, not a link to itself
        link = Link(category.info.title, "" if own_page else urls.to(uri, page_url))
    updated = shown_updated(meta)
    return NewsCard(meta.title, meta.summary, urls.to(src_uri, page_url), meta.date,
                    human_date(meta.date), updated, human_date(updated), link,
                    tag_links(list(meta.tags), urls, page_url))


def tag_links(tags: list[str], urls: Urls, page_url: str) -> list[Link]:
    """Links to the tags' pages."""
    return [Link(tag, urls.to(tag_uri(tag), page_url)) for tag in tags]


@dataclass(frozen=True)
class MemberCard:
    """A team member as shown on cards, bylines and profiles."""

    id: str
    name: str
    role: str
    team: str
    expertise: list[str]
    url: str
    photo_url: str
    initials: str
    avatar_class: str


def initials(name: str) -> str:
    """`Sam Lee` -> `SL`; at most two letters."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    letters = [words[0][0], words[-1][0]] if len(words) > 1 else [name[:1]]
    return "".join(letters).upper()


def member_card(member: TeamMember, urls: Urls, page_url: str) -> MemberCard:
    """A member with links relative to `page_url`."""
    profile = member.profile
    photo = urls.to(f"team/{profile.photo}", page_url) if profile.photo else ""
    colour = zlib.crc32(member.id.encode()) % AVATAR_COLOURS
    return MemberCard(member.id, profile.name, profile.role or "", profile.team,
                      list(profile.expertise), urls.to(profile_uri(member.id), page_url), photo,
                      initials(profile.name), f"kb-avatar--{colour}")


def team_groups(kb: KnowledgeBase, order: list[str]) -> list[tuple[str, list[TeamMember]]]:
    """Members grouped by `team`: groups in `order` first, then A-Z; names A-Z inside."""
    groups: dict[str, list[TeamMember]] = {}
    for member in sorted(kb.team.values(), key=lambda m: m.profile.name.casefold()):
        groups.setdefault(member.profile.team, []).append(member)
    rank = {name: index for index, name in enumerate(order)}
    return sorted(groups.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0].casefold()))
