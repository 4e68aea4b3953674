"""A query word typed as a prefix reaches the words it begins, not identifiers
(kbgen.core.search_prefix): on a real site the worker ranks an article listing attributes
named after the word behind the one that says the same in words, as `kbgen search` does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kbgen.commands.build import build
from tests.browser.conftest import fresh_page
from tests.browser.test_search_behaviour import browser_tops
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import site_search
from tests.localsite import serve

pytestmark = pytest.mark.browser

TEXT = "Approve each new follower from your notifications, or let anyone follow you."
NAMES = ["followers_count", "following_count", "follow_requests_count", "followed_by_count",
         "following_since", "followers_visible", "following_visible", "follow_back_count"]
QUERIES = ["follow", "followers", "follow_requests_count", "notifications"]
ARTICLES = {
    "billing/follower-attributes": article("Profile attributes", body=(
        f"{TEXT}\n\n" + "".join(f"### `{name}`\n\nA number.\n\n" for name in NAMES))),
    "wifi/followers": article("Profile approvals", body=(
        f"{TEXT}\n\n" + "".join(f"### {name.replace('_', ' ').capitalize()}\n\nA number.\n\n"
                                 for name in NAMES))),
}


@pytest.fixture(scope="module")
def prefix_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles saying the same, one in identifiers."""
    root = tmp_path_factory.mktemp("prefix")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG,
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    for path, text in ARTICLES.items():
        files[f"content/articles/{path}.md"] = text
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.fixture
def prefix_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_identifiers_named_after_a_word_rank_alike_in_the_worker_and_kbgen_search(
        prefix_site: Path, prefix_page: Page) -> None:
    expected = [site_search(prefix_site, query) for query in QUERIES]
    assert expected[0][0] == "articles/wifi/followers.html"
    assert expected[1][0] == "articles/wifi/followers.html"
    assert expected[2][0] == "articles/billing/follower-attributes.html"
    with serve(prefix_site) as url:
        prefix_page.goto(url + "index.html")
        prefix_page.locator("input[data-md-component=search-query]").click()
        expect(prefix_page.locator(".md-search-result__meta")).to_have_text(
            "Type to start searching")
        assert browser_tops(prefix_page, url, QUERIES) == expected
