"""A blog's posts dated by other generators' keys (`created`, `publishDate`, `pubDate`,
`published_at`) become news posts, and a post named by a time stamp is named by its title:
Joplin's website (`news/20180621-172112.md` with `created:`) imported 0 of 91 news posts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.plan import Planner
from tests.conftest import write_files


@pytest.mark.parametrize("key", ["created", "publishDate", "pubDate", "published_at"])
def test_a_post_dated_by_another_key_is_a_news_post(tmp_path: Path, key: str) -> None:
    write_files(tmp_path, {
        "news/20180621-172112.md": f"---\n{key}: 2018-06-21T17:21:12.000+00:00\n---\n\n"
                                   "# Web Clipper now available\n\nSave pages from Firefox.\n",
        "news/undated.md": "# An undated page\n\nNo day anywhere.\n",
        "guide.md": "# Guide\n\nHow to start.\n"})
    export = markdown_site.read(tmp_path)
    posts = [a for a in export.articles if a.news_kind is not None]
    assert [(a.title, a.created) for a in posts] == [("Web Clipper now available",
                                                      dt.date(2018, 6, 21))]
    assert not any("not carried over" in w for a in posts for w in a.warnings)
    plan = Planner(export, tmp_path / "content").make()
    planned = {a.source.title: (a.category, a.slug) for a in plan.articles}
    assert planned["Web Clipper now available"] == ("", "web-clipper-now-available")
    assert planned["An undated page"][0] != ""  # an article: a news post needs its day
