"""Attacks on the incremental paths (issue 14, bench/incremental_attacks.py, branch eqa51)
that found a difference from a clean build or preview, each kept as the cheapest test that
failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import article
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview
from tests.site.test_known_issues import on

CARD = "content/articles/billing/card-declined.md"


def test_a_preview_saved_on_a_new_day_shows_that_days_site(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """`kbgen serve` left running past midnight, then an article's text saved: the preview
    shows the new day's site (a post dated that day listed), as a preview started that day
    does (the save took the fast lane and rendered the one page on the old day's site)."""
    on("2026-11-10", monkeypatch)
    config = write_project({
        CARD: article(),
        "content/news/index.md": "# News\n\n<!-- kb:news -->\n",
        "content/news/launch.md": "---\ntitle: Launch day\nsummary: About the launch.\n"
                                  "date: 2026-11-11\n---\n\nText.\n"})
    preview = _preview(config)
    _caught_up(preview)
    news = preview.site_dir / "news/index.html"
    assert "Launch day" not in news.read_text(encoding="utf-8")  # scheduled: not yet out
    on("2026-11-11", monkeypatch)
    source = config.parent / CARD
    source.write_text(article(body="## Symptoms\n\nIt fails at night.\n"), encoding="utf-8")
    assert preview.update({source})
    _caught_up(preview)
    assert "It fails at night." in (preview.site_dir / "articles/billing/card-declined.html"
                                    ).read_text(encoding="utf-8")
    assert "Launch day" in news.read_text(encoding="utf-8")
