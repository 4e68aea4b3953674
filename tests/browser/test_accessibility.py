"""axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page type of the sample site, light and
dark, on a phone and a desktop screen; the search panel open with results and with none.

Each page is loaded once per width, in the light screen: axe runs on it, then the page turns
dark as a reader's does (the system's scheme dark, `emulate_media`, and the header's toggle
clicked: Material follows the system's scheme on load only) and axe runs again, sparing a page
load per case."""

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

TO_DARK = ("() => document.querySelector('[data-md-component=palette] "
           "input[data-md-color-scheme=slate]').click()")
"""Material's dark palette chosen, as its header toggle does (a script's click: the search
panel, where open, stays open)."""


def axe_report(page: Page, kind: str, scheme: str, width: int) -> list[str]:
    """The page's axe violations, once it shows `scheme` and nothing moves, named by case."""
    expected = "slate" if scheme == "dark" else "default"
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
    page.wait_for_function(SETTLED)
    return [f"{kind}, {scheme}, {width}px: {found}" for found in violations(page)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", [*PAGES, *SEARCHES])
def test_no_axe_violations(screens: Screens, site_url: str, kind: str, width: int) -> None:
    """Light as loaded, then dark on the same page (the system's scheme switched)."""
    page = screens.open(site_url + PAGES.get(kind, "index.html"), width=width, height=800,
                        scheme="light")
    if kind in SEARCHES:
        search(page, *SEARCHES[kind])
    try:
        found = axe_report(page, kind, "light", width)
        page.emulate_media(color_scheme="dark")
        page.evaluate(TO_DARK)
        found += axe_report(page, kind, "dark", width)
    finally:
        page.emulate_media(color_scheme="light")  # the screen's own scheme, for the next test
    assert not found, "\n".join(found)
