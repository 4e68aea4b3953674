"""axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page type of the sample site, light and
dark, on a phone and a desktop screen; the search panel open with results and with none."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.axe import violations

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
SEARCHES = {"search-results": "thermostat offline", "search-none": "zzqxv blorpt"}
SCHEMES = ["light", "dark"]
WIDTHS = [360, 1280]


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[Callable[..., Page]]:
    """Open a page of the sample site in a fresh context with the given scheme and width."""
    contexts = []

    def open_(path: str, scheme: str, width: int) -> Page:
        context = browser.new_context(viewport={"width": width, "height": 800},
                                      color_scheme=scheme)  # type: ignore[arg-type]
        context.set_default_timeout(10_000)
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith(site_url) else route.abort())
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        return page

    yield open_
    for context in contexts:
        context.close()


def search(page: Page, query: str) -> None:
    """Open Material's search panel with the keyboard and wait for its answer."""
    page.keyboard.press("/")
    box = page.locator("input[data-md-component=search-query]")
    expect(box).to_be_focused()
    box.fill(query)
    box.press("End")
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Type to start searching")
    page.wait_for_timeout(300)  # let kb.js add the no-result panel, transitions end


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", [*PAGES, *SEARCHES])
def test_no_axe_violations(open_page: Callable[..., Page], kind: str, scheme: str,
                           width: int) -> None:
    page = open_page(PAGES.get(kind, "index.html"), scheme, width)
    expected = "slate" if scheme == "dark" else "default"
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
    if kind in SEARCHES:
        search(page, SEARCHES[kind])
    page.wait_for_timeout(200)  # CSS transitions (header shadow, drawer) settle
    found = violations(page)
    assert not found, f"{kind}, {scheme}, {width}px:\n" + "\n".join(map(str, found))
