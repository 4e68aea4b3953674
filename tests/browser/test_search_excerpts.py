"""Results show a short excerpt of the body, matched words highlighted, text never run as
HTML: a small real site built and searched in headless Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect

from tests.conftest import article
from tests.localsite import serve

pytestmark = pytest.mark.browser

BODY = """## Symptoms

The router page shows `<script>alert("kb")</script>` instead of its name.

## Cause

Old firmware writes the entity `&lt;` where a less-than sign belongs, and AT&amp;T routers
print &lt;b&gt; around the name. Other words follow here so that the excerpt has to choose
where to start: one two three four five six seven eight nine ten eleven twelve thirteen.

## Resolution

Update the firmware, then pair the speaker over bluetooth again.
"""

FILES = {
    "content/articles/wifi/router-name.md": article("Router name looks garbled", body=BODY),
    "content/articles/wifi/other.md": article("Hub lights", body="## Symptoms\n\nBlue light.\n"),
}


@pytest.fixture
def excerpt_page(browser: Browser, build_project: Callable[..., Path]) -> Iterator[Page]:
    """Chromium on the small site, served locally (other hosts do not resolve)."""
    site = build_project(FILES)
    with serve(site) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        page = context.new_page()
        page.goto(url + "index.html")
        try:
            yield page
        finally:
            context.close()


def search(page: Page, query: str) -> None:
    field = page.locator("input[data-md-component=search-query]")
    field.click()
    field.fill(query)
    field.dispatch_event("keyup")


def test_the_excerpt_shows_where_the_words_are_with_them_marked(excerpt_page: Page) -> None:
    search(excerpt_page, "bluetooth speaker")
    excerpt = excerpt_page.locator(".md-search-result__item .kb-excerpt").first
    expect(excerpt).to_contain_text("pair the speaker over bluetooth again")
    marks = excerpt.locator("mark").all_inner_texts()
    assert marks == ["speaker", "bluetooth"]
    assert excerpt.inner_text().startswith("… ")


def test_excerpts_are_text_never_html(excerpt_page: Page) -> None:
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    excerpt_page.on("dialog", dismiss)
    search(excerpt_page, "script router")
    excerpt = excerpt_page.locator(".md-search-result__item .kb-excerpt").first
    expect(excerpt).to_contain_text('<script>alert("kb")</script>')
    assert excerpt_page.locator(".md-search-result script").count() == 0
    search(excerpt_page, "entity")
    expect(excerpt_page.locator(".md-search-result__item .kb-excerpt").first).to_contain_text(
        "the entity &lt; where a less-than sign belongs, and AT&T routers print <b> around")
    assert excerpt_page.locator(".md-search-result .kb-excerpt b").count() == 0
    assert dialogs == []
