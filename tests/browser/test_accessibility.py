"""axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page type of the sample site, light and
dark, on a phone and a desktop screen; the search panel open with results and with none."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.axe import violations
from tests.screens import Screens

pytestmark = pytest.mark.browser

PAGES = {
    "home": "index.html",
    "category": "articles/billing/index.html",
    "article": "articles/billing/charged-twice-after-a-payment-retry.html",
    "tag": "tags/billing.html",
    "tags": "tags.html",
    "team": "team/index.html",
    "profile": "team/ana-souza.html",
    "contact": "contact.html",
    "404": "404.html",
    "status": "status.html",
    "news": "news/index.html",
    "news-post": "news/app-5-4-release-notes.html",
    "tag-news": "tags/release.html",
    "subscribe": "subscribe.html",
}
SEARCHES = {"search-results": ("thermostat offline", ".md-search-result__item"),
            "search-none": ("zzqxv blorpt", ".kb-no-results")}
"""Searches with the panel open: the query, and what shows its answer."""
SCHEMES = ["light", "dark"]
WIDTHS = [360, 1280]


SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"
"""No CSS transition or animation running (the header's shadow, the drawer, the panel)."""


def search(page: Page, query: str, answer: str) -> None:
    """Open Material's search panel with the keyboard, type `query` and wait for the
    `answer` selector (results, or kb.js's no-result panel)."""
    page.keyboard.press("/")
    box = page.locator("input[data-md-component=search-query]")
    expect(box).to_be_focused()
    box.fill(query)
    box.press("End")
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Type to start searching")
    expect(page.locator(answer).first).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", [*PAGES, *SEARCHES])
def test_no_axe_violations(screens: Screens, site_url: str, kind: str, scheme: str,
                           width: int) -> None:
    page = screens.open(site_url + PAGES.get(kind, "index.html"), width=width, height=800,
                        scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
    if kind in SEARCHES:
        search(page, *SEARCHES[kind])
    page.wait_for_function(SETTLED)
    found = violations(page)
    assert not found, f"{kind}, {scheme}, {width}px:\n" + "\n".join(map(str, found))
