"""What a screen reader hears of the header on each page type of the sample site: the site's
name once (the logo link), never the page title the header shows when the page is scrolled
(Material's header topic, hidden until then, read as "Hearthly Help Centre Charged twice…"
after the link; the page's own h1 says it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright import sync_api

pytestmark = pytest.mark.browser

SITE_NAME = "Hearthly Help Centre"
PAGES = {
    "home": "index.html",
    "category": "articles/billing/index.html",
    "article": "articles/billing/charged-twice-after-a-payment-retry.html",
    "tag": "tags/billing.html",
    "tags": "tags.html",
    "team": "team/index.html",
    "profile": "team/ana-souza.html",
    "news": "news/index.html",
    "news post": "news/receipts-as-pdf.html",
    "contact": "contact.html",
    "status": "status.html",
    "subscribe": "subscribe.html",
    "not found": "404.html",
}


@pytest.fixture(scope="module")
def headers(browser: sync_api.Browser, site_url: str) -> Iterator[dict[str, tuple[str, str]]]:
    """Each page type's header as the accessibility tree has it with the page title shown
    (as Material shows it once the h1 is scrolled past), and the page's h1."""
    context = browser.new_context(viewport={"width": 1280, "height": 600})
    page = context.new_page()
    read: dict[str, tuple[str, str]] = {}
    try:
        for kind, path in PAGES.items():
            page.goto(site_url + path)
            page.wait_for_load_state("load")
            page.evaluate("document.querySelector('.md-header__title')"  # as on scrolling
                          ".classList.add('md-header__title--active')")
            h1 = page.locator(".md-content h1").first
            read[kind] = (page.get_by_role("banner").aria_snapshot(),
                          h1.inner_text() if h1.count() else "")
    finally:
        context.close()
    yield read


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_the_header_reads_the_site_name_once_and_no_page_title(
        headers: dict[str, tuple[str, str]], kind: str) -> None:
    banner, h1 = headers[kind]
    assert banner.count(SITE_NAME) == 1, banner
    if h1 and h1 != SITE_NAME:
        assert h1 not in banner, banner
