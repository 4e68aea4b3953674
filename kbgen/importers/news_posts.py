"""The old site's blog or news posts (Jekyll's `_posts/`, a `blog/` or `news/` folder, Material's
`blog/posts/`) become kbgen news posts (`content/news/<slug>.md`): dated, listed on the news
page and in the news feed, not articles in a category of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath
from typing import Any

from kbgen.core.news import NEWS_DIR

BLOG_FOLDERS = frozenset({"_posts", "blog", "news", "posts"})
"""Folders whose dated pages are posts: Jekyll's `_posts/`, Hugo's and MkDocs' `blog/`."""


def is_post(relative: str, created: dt.date | None) -> bool:
    """True for a dated page in a blog folder at the site's top, or in any Jekyll `_posts/`
    (`relative` to the site's content; `docs/api/posts/create.md` is no post); an undated one
    stays an article (a news post needs its day)."""
    folders = PurePosixPath(relative).parts[:-1]
    return created is not None and bool(folders) and (
        folders[0].lower() in BLOG_FOLDERS or "_posts" in folders)


def news_kind(categories: list[str]) -> str:
    """The kind of news, from the post's first category (`release` -> `Release`)."""
    first = categories[0].strip() if categories else ""
    return first[:1].upper() + first[1:] if first.islower() else first


def news_path(slug: str) -> str:
    """Where a post is written, inside the content folder."""
    return f"{NEWS_DIR}/{slug}.md"


def news_meta(title: str, summary: str, status: str, created: dt.date,
              updated: dt.date | None, kind: str, tags: list[str],
              redirect_from: list[str]) -> dict[str, Any]:
    """A post's front matter, in the order `kbgen new --news` writes it."""
    meta: dict[str, Any] = {"title": title, "summary": summary, "date": created,
                            "status": status}
    if updated and updated > created:
        meta["updated"] = updated
    if kind:
        meta["category"] = kind
    if tags:
        meta["tags"] = tags
    if redirect_from:
        meta["redirect_from"] = redirect_from
    return meta
