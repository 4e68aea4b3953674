"""The count above the search results says how many articles matched, not how many are
listed (the worker lists the best 50): a real site of 60 articles sharing a word, searched in
headless Chromium over HTTP, under a sub-path and from disk, on a phone-size screen too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kbgen.commands.build import build
from kbgen.site.hosting import read_headers
from tests.browser.conftest import fresh_page
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli
from tests.localsite import serve

pytestmark = pytest.mark.browser

MATCHING = 60
"""Articles that hold the word searched: more than the 50 the worker lists."""


@pytest.fixture(scope="module")
def count_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 articles that all say "gateway", and 3 that do not, built once (with Material's
    offline plugin, as `kbgen init` makes sites, so that search works from disk)."""
    root = tmp_path_factory.mktemp("count")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", "  - search\n  - offline\n"),
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    for n in range(MATCHING):
        files[f"content/articles/wifi/gateway-{n}.md"] = article(
            f"Gateway model {n} drops the connection",
            body=f"## Symptoms\n\nThe gateway number {n} restarts at night.\n")
    for n in range(3):
        files[f"content/articles/billing/invoice-{n}.md"] = article(f"Invoice copy {n}")
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.fixture
def count_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards (each test opens its own address)."""
    yield from fresh_page(browser, 360, 740)


def searched(page: Page, query: str) -> None:
    """Type `query` in Material's search box (opened from the header on a phone)."""
    if not page.locator("#__search").is_checked():
        page.locator("label[for=__search]").first.click()
    field = page.locator("input[data-md-component=search-query]")
    field.fill(query)
    field.dispatch_event("keyup")


def test_the_count_says_how_many_matched_not_how_many_are_listed(
        count_site: Path, count_page: Page) -> None:
    with serve(count_site) as url:
        count_page.goto(url + "index.html")
        searched(count_page, "gateway")
        meta = count_page.locator(".md-search-result__meta")
        expect(meta).to_have_text("The best 50 of 60 matching articles")
        # on a 360 px screen the count is whole, on one line, inside the screen
        count_page.wait_for_function(
            "() => document.getAnimations().every(a => a.playState !== 'running')")
        box = meta.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert meta.evaluate("e => e.scrollWidth <= e.clientWidth")
        # screen readers hear the same count (kb.js's polite status region)
        expect(count_page.locator("#kb-search-status")).to_have_text(
            "The best 50 of 60 matching articles")
        # a query matching fewer keeps Material's own count, which is then true
        searched(count_page, "invoice")
        expect(meta).to_have_text("3 matching documents")


def test_the_count_is_true_under_a_sub_path_with_the_csp_and_from_disk(
        count_site: Path, count_page: Page) -> None:
    count_page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    with serve(count_site, "/help/", read_headers(count_site)) as url:  # the site's own CSP
        response = count_page.goto(url + "index.html")
        assert response is not None
        assert "script-src 'self'" in response.headers["content-security-policy"]
        searched(count_page, "gateway")
        expect(count_page.locator(".md-search-result__meta")).to_have_text(
            "The best 50 of 60 matching articles")
        assert count_page.evaluate("window.__csp") == []
    count_page.goto((count_site / "index.html").as_uri())
    searched(count_page, "gateway")
    expect(count_page.locator(".md-search-result__meta")).to_have_text(
        "The best 50 of 60 matching articles")


def test_kbgen_search_says_the_count_as_the_site_does(count_site: Path) -> None:
    project = count_site.parent
    listed = run_cli("search", "gateway", "-n", "50", cwd=project)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[-1] == "The best 50 of 60 matching articles."
    assert listed.stdout.count("\n   content/articles/wifi/gateway-") == 50
    few = run_cli("search", "invoice", cwd=project)
    assert few.stdout.splitlines()[-1] == "3 matching articles."
    one = run_cli("search", "invoice", "-n", "1", cwd=project)
    assert one.stdout.splitlines()[-1] == "The best 1 of 3 matching articles."
