"""What a quick build's front-matter change leaves of the whole-site files
(kbgen.site.site_files): when no changed article's dated fields changed
(kbgen.site.feeds.dated_fields), every page's content date (the sitemap's `lastmod`) is as
before, and every feed that does not list the changed article is as before; over seeded
changes of each kind, on a generated knowledge base (no build)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from random import Random
from typing import Any

import pytest

from bench.generate import generate
from kbgen.core.i18n import Translator
from kbgen.core.loader import load
from kbgen.core.model import Article, KnowledgeBase
from kbgen.site.feeds import SiteFeeds, content_dates, dated_fields
from kbgen.site.urls import Urls

TODAY = dt.date(2026, 11, 1)
Change = Callable[[Random, KnowledgeBase, Article], dict[str, Any]]
CHANGES: dict[str, Change] = {
    "title": lambda rng, kb, a: {"title": f"Retitled {rng.randint(1, 999)}"},
    "summary": lambda rng, kb, a: {"summary": f"Summary {rng.randint(1, 999)}."},
    "author": lambda rng, kb, _: {"author": rng.choice(sorted(kb.team))},
    "updated": lambda rng, kb, a: {"updated": (a.meta.created or dt.date(2026, 1, 1))
                                   + dt.timedelta(days=rng.randint(0, 30))},
    "tags": lambda rng, kb, _: {"tags": rng.sample(sorted(
        {tag for b in kb.articles for tag in b.meta.tags}), 2)},
    "symptoms": lambda rng, kb, _: {"symptoms": [f"symptom {rng.randint(1, 99)}"]},
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    project = tmp_path_factory.mktemp("site-files") / "project"
    generate(project, 60, seed=50, as_of=TODAY, team_size=3)
    loaded, _ = load(project / "content", gate=False)
    return loaded


def _feeds(kb: KnowledgeBase) -> tuple[SiteFeeds, dict[str, Any]]:
    urls = Urls({a.origin.src_uri: a.origin.src_uri.replace(".md", ".html")
                 for a in kb.public_articles()})
    feeds = SiteFeeds(kb, urls, "https://help.example/", "Help", Translator("en"), TODAY)
    return feeds, {feed.path: feed for feed in feeds.feeds()}


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_undated_changes_leave_content_dates_and_unlisting_feeds_as_they_were(
        kb: KnowledgeBase, kind: str) -> None:
    rng = Random(kind)
    dates = content_dates(kb, TODAY)
    _, feeds = _feeds(kb)
    undated = 0
    for article in rng.sample(kb.public_articles(), 8):
        changed = dataclasses.replace(article, meta=article.meta.model_copy(
            update=CHANGES[kind](rng, kb, article)))
        now = dataclasses.replace(kb, articles=[changed if a is article else a
                                                for a in kb.articles])
        if dated_fields(changed) != dated_fields(article):
            continue
        undated += 1
        assert content_dates(now, TODAY) == dates, (kind, article.slug)
        made, feeds_now = _feeds(now)
        url = made.absolute(article.origin.src_uri)
        for path, feed in feeds_now.items():
            if all(entry.url != url for entry in feed.entries):
                assert feed == feeds[path], (kind, article.slug, path)
    assert undated or kind in ("author", "updated", "tags")
