"""`kbgen serve` in Chromium: an open page reloads by itself after a save, both when only
its page is rendered (a text save) and after a full rebuild (a new title)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright import sync_api

from bench.incremental import Preview, wait_for
from tests.conftest import article

pytestmark = pytest.mark.browser


def test_an_open_page_reloads_itself_after_each_save(
        browser: sync_api.Browser, write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({"content/articles/billing/card-declined.md": article()})
    card = config.parent / "content/articles/billing/card-declined.md"
    preview = Preview(config.parent)
    context = browser.new_context()
    try:
        url = f"{preview.base}articles/billing/card-declined.html"
        wait_for(url, None, limit=300)
        page = context.new_page()
        page.goto(url)
        card.write_text(article(body="Restart the router first.\n"), encoding="utf-8")
        page.get_by_text("Restart the router first.").wait_for(timeout=60_000)
        card.write_text(article("Card refused at checkout", body="Same text.\n"),
                        encoding="utf-8")
        page.get_by_role("heading", name="Card refused at checkout").wait_for(timeout=120_000)
        assert page.url == url
    finally:
        context.close()
        preview.stop()
