"""News posts and release notes: dated pages under `content/news/`, newest first."""

from __future__ import annotations

import datetime as dt

from kbgen.core.model import KnowledgeBase, Page, PageMeta
from kbgen.core.schema import Line

NEWS_DIR = "news"
NEWS_INDEX = f"{NEWS_DIR}/index.md"


class NewsMeta(PageMeta):
    """Front matter of a news post (`content/news/<slug>.md`)."""

    title: Line  # type: ignore[assignment]
    """Headline, at most one line."""
    summary: Line  # type: ignore[assignment]
    """One sentence shown in the news list and the feeds."""
    date: dt.date
    """Day of publication; orders the news and dates the feeds."""
    updated: dt.date | None = None
    """Day of a meaningful correction, if any."""
    category: Line | None = None
    """A kind of news, e.g. `Release notes` or `Announcements`."""
    tags: list[Line] = []
    """Free tags, shown under the post and searchable."""


def is_news_post(src_uri: str) -> bool:
    """True for a Markdown file under `news/` other than its index."""
    return src_uri.startswith(f"{NEWS_DIR}/") and src_uri.endswith(".md") \
        and src_uri != NEWS_INDEX


def news_posts(kb: KnowledgeBase) -> list[tuple[str, Page, NewsMeta]]:
    """Published news posts as (source path, page, meta), newest first."""
    found = [(uri, page, page.meta) for uri, page in kb.pages.items()
             if is_news_post(uri) and page.is_public and isinstance(page.meta, NewsMeta)]
    return sorted(found, key=lambda post: (-post[2].date.toordinal(), post[2].title.casefold()))


def last_change(meta: NewsMeta) -> dt.date:
    """`updated`, else `date`."""
    return meta.updated or meta.date
