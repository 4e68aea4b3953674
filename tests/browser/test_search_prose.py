"""A reference page naming the query's words in its identifiers ranks below the prose guide
(kbgen.core.search_prose), in the browser's worker as in `kbgen search`: over HTTP and from
disk."""

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

FILLER = "Your server shares it with other servers in the network. "
QUERIES = ["how many characters can a post have", "max_characters", "characters"]
ARTICLES = {
    "billing/publishing": article("Publishing", body=(
        "Type what you want to say and press Publish. A post can have as many as 500 "
        "characters on most servers; a link counts as 23 characters. " + FILLER * 4 + "\n")),
    "billing/instance": article("Instance", body=(
        "Represents the server and its limits for a post.\n\n## statuses\n\n"
        "`max_characters`: how many characters a post can have. "
        "`characters_reserved_per_url`: characters each link in a post takes.\n\n"
        "## media_attachments\n\n`max_media_attachments`: attachments a post can have. "
        "`image_size_limit`: the largest image in bytes. `video_size_limit`: the largest "
        "video.\n\n## polls\n\n`max_options`: options a poll can have. "
        "`max_characters_per_option`: characters of each option. `min_expiration`: the "
        "shortest poll.\n")),
}


@pytest.fixture(scope="module")
def prose_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A prose guide and an API reference page (with Material's offline plugin, so that
    search works from disk)."""
    root = tmp_path_factory.mktemp("prose")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", "  - search\n  - offline\n"),
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    for path, text in ARTICLES.items():
        files[f"content/articles/{path}.md"] = text
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.fixture
def prose_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def shown(page: Page, site_url: str) -> list[list[str]]:
    """The first 5 the page shows for each of QUERIES."""
    page.goto(site_url + "index.html")
    page.locator("input[data-md-component=search-query]").click()
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")
    return browser_tops(page, site_url, QUERIES)


def test_the_prose_guide_ranks_above_the_reference_alike_over_http_from_disk_and_in_kbgen_search(
        prose_site: Path, prose_page: Page) -> None:
    expected = [site_search(prose_site, query) for query in QUERIES]
    assert expected[0][0] == "articles/billing/publishing.html"
    assert expected[1][0] == "articles/billing/instance.html"
    with serve(prose_site) as url:
        assert shown(prose_page, url) == expected
    assert shown(prose_page, prose_site.as_uri() + "/") == expected
