"""News posts and release notes: dated pages under `content/news/`, newest first.

A date decides, not a person: a post dated after the day of the build is scheduled, and the
first build on or after its `date` publishes it (page, news list, tags, feeds, search,
sitemap all read `news_posts`). An `updated` day still to come is not shown until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kbgen.core.known_issues import build_day
from kbgen.core.model import Article, Category, KnowledgeBase, Page, PageMeta, tag_key
from kbgen.core.schema import Line, OldPaths, Tags
from kbgen.core.template_left import template_left
from kbgen.errors import Problem

if TYPE_CHECKING:
    from kbgen.core.checks import CheckContext

NEWS_DIR = "news"
NEWS_INDEX = f"{NEWS_DIR}/index.md"


class NewsMeta(PageMeta):
    """Front matter of a news post (`content/news/<slug>.md`)."""

    title: Line  # type: ignore[assignment]
    """Headline, at most one line."""
    summary: Line  # type: ignore[assignment]
    """One sentence shown in the news list and the feeds."""
    date: dt.date
    """Day of publication: orders the news, dates the feeds; a later day schedules the post."""
    updated: dt.date | None = None
    """Day of a meaningful correction, if any."""
    category: Line | None = None
    """A kind of news (`Release notes`), or an article category (slug or title): then the
    category's page lists the post."""
    tags: Tags = []
    """Tags as articles have: shown under the post, on the tag pages, searchable."""
    redirect_from: OldPaths = []
    """Old addresses of the post (`/news/2024/02/03/new-app/`, an imported blog's): the build
    redirects them, as an article's."""


def is_news_post(src_uri: str) -> bool:
    """True for a Markdown file under `news/` other than its index."""
    return src_uri.startswith(f"{NEWS_DIR}/") and src_uri.endswith(".md") \
        and src_uri != NEWS_INDEX


def _public_posts(kb: KnowledgeBase) -> list[tuple[str, Page, NewsMeta]]:
    return [(uri, page, page.meta) for uri, page in kb.pages.items()
            if is_news_post(uri) and page.is_public and isinstance(page.meta, NewsMeta)]


def news_posts(kb: KnowledgeBase, today: dt.date | None = None
               ) -> list[tuple[str, Page, NewsMeta]]:
    """Posts published on `today` (the build's day by default) as (source path, page, meta),
    newest first: `status: published` and dated `today` or before."""
    day = today or build_day()
    found = [post for post in _public_posts(kb) if post[2].date <= day]
    return sorted(found, key=lambda post: (-post[2].date.toordinal(), post[2].title.casefold()))


def scheduled_posts(kb: KnowledgeBase, today: dt.date | None = None
                    ) -> list[tuple[str, Page, NewsMeta]]:
    """Published posts dated after `today`, soonest first: not on the site yet."""
    day = today or build_day()
    found = [post for post in _public_posts(kb) if post[2].date > day]
    return sorted(found, key=lambda post: (post[2].date, post[0]))


def is_scheduled(page: Article | Page, today: dt.date | None = None) -> bool:
    """True for a news post whose day has not come (it is not published yet)."""
    meta = page.meta
    return isinstance(meta, NewsMeta) and is_news_post(page.origin.src_uri) \
        and meta.date > (today or build_day())


def last_change(meta: NewsMeta, today: dt.date | None = None) -> dt.date:
    """`updated` once its day has come, else `date`."""
    updated = meta.updated
    return updated if updated and updated <= (today or build_day()) else meta.date


def shown_updated(meta: NewsMeta, today: dt.date | None = None) -> dt.date | None:
    """The `updated` day a post shows: none before that day, nor the day of publication."""
    change = last_change(meta, today)
    return change if change != meta.date else None


def news_category(kb: KnowledgeBase, meta: NewsMeta) -> Category | None:
    """The article category a post's `category` names (its slug or title, in any case)."""
    if not meta.category:
        return None
    wanted = meta.category.casefold()
    for category in kb.published_categories():
        if wanted in (category.slug.casefold(), category.info.title.casefold()):
            return category
    return None


def news_in_category(kb: KnowledgeBase, slug: str, today: dt.date | None = None
                     ) -> list[tuple[str, Page, NewsMeta]]:
    """The published posts about an article category, newest first."""
    return [post for post in news_posts(kb, today)
            if (category := news_category(kb, post[2])) is not None and category.slug == slug]


@dataclass(frozen=True)
class Tagged:
    """What carries one tag: articles (in title order) and news posts (newest first)."""

    name: str
    """The tag as first written."""
    articles: list[Article]
    posts: list[tuple[str, Page, NewsMeta]]


def tagged(kb: KnowledgeBase, today: dt.date | None = None) -> dict[str, Tagged]:
    """Every tag of a published article or news post, sorted; tags that differ only in case
    or punctuation are one (`KnowledgeBase.tags`), named as an article first wrote it.
    Computed once per day asked (every tag page asks)."""
    day = today or build_day()
    return dict(kb._cached(f"tagged {day}", lambda: _group_tags(kb, day)))


def _group_tags(kb: KnowledgeBase, day: dt.date) -> dict[str, Tagged]:
    groups = {tag_key(name): Tagged(name, articles, [])
              for name, articles in kb.tags().items()}
    for post in news_posts(kb, day):
        seen = set()
        for name in post[2].tags:
            key = tag_key(name)
            if key not in seen:
                seen.add(key)
                groups.setdefault(key, Tagged(name, [], [])).posts.append(post)
    return {group.name: group
            for group in sorted(groups.values(), key=lambda g: g.name.casefold())}


def news_problems(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """A post's `updated` is not before its `date` (nothing here depends on the day); a
    published post keeps none of `kbgen new --news`'s stand-in text."""
    for uri, page in kb.pages.items():
        meta = page.meta
        if is_news_post(uri):
            yield from template_left(page)
        if is_news_post(uri) and isinstance(meta, NewsMeta) and meta.updated \
                and meta.updated < meta.date:
            yield Problem(page.origin.display_path, page.origin.line_of("updated"), "error",
                          f"updated ({meta.updated}) is before date ({meta.date}); `updated`"
                          " is the day of a later correction")

