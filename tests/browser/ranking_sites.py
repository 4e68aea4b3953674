"""Small sites built to check one ranking rule, and the first results Material's search box
shows on them after it is opened on the home page."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from kbgen.commands.build import build
from tests.browser.test_search_behaviour import browser_tops
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files


def articles_site(root: Path, articles: dict[str, str], offline: bool = True) -> Path:
    """The site of `articles` (`category/slug` -> text) and a home page with a search box,
    built strictly; with Material's offline plugin (as `kbgen init` makes sites) search also
    works from disk."""
    plugins = "  - search\n  - offline\n" if offline else "  - search\n"
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", plugins),
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES}
    files.update({f"content/articles/{path}.md": text for path, text in articles.items()})
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=True)


def tops_from_home(page: Page, site_url: str, queries: list[str]) -> list[list[str]]:
    """The first 5 the search box shows for each query, opened on the site's home page."""
    page.goto(site_url + "index.html")
    page.locator("input[data-md-component=search-query]").click()
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")
    return browser_tops(page, site_url, queries)
