"""A search result shows the article's summary, so its excerpt of the body never says the
summary again (an imported article's summary is its first sentence: obsidian-help's
"Headless Sync" read its first sentence twice, to the eye and to a screen reader): it shows
the next passage where the words are, or none. The site in headless Chromium and
`kbgen search` agree."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kbgen.commands.build import build
from tests.browser.conftest import fresh_page
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.helpers import run_cli
from tests.localsite import serve

pytestmark = pytest.mark.browser

OPENING = ("Obsidian Sync offers a headless client to sync vaults without using the desktop"
           " app.")
NIGHT = "Switch the whole interface to a darker colour theme at night."
ARTICLES = {
    "headless-sync": ("Headless Sync", OPENING,
                      f"{OPENING} Useful for CI pipelines, agents and automated workflows.\n\n"
                      "## Install\n\nInstall the headless client with npm, then sync once to"
                      " sign in.\n"),
    "night-colours": ("Night colours", NIGHT,
                      f"{NIGHT}\n\n## Steps\n\nOpen Settings, then Appearance, and pick one.\n"),
    "refunds": ("Refund policy", "What you get back and when.",
                "We refund purchases within 30 days of the order, to the card that paid.\n"),
}
"""Articles as the importer writes them (no symptoms): title, summary, body."""
QUERIES = {
    "refund purchases": ("Refund policy", "We refund purchases within 30 days"),
    "headless sync": ("Headless Sync", "Install the headless client with npm, then sync"),
    "darker colour theme": ("Night colours", ""),
}
"""Query: the article it finds first, and what its excerpt shows ("" for no excerpt; the
browser fetches the bodies for the first query, so that one shows one)."""
SUMMARIES = {title: summary for title, summary, _ in ARTICLES.values()}


def wrong_excerpt(title: str, excerpt: str, shown: str) -> bool:
    """Whether the excerpt of a result titled `title` is not the passage expected (`shown`)
    or says its summary again."""
    if not shown:
        return excerpt != ""
    return shown not in excerpt or SUMMARIES[title][:40] in excerpt


def spoken(snapshot: str) -> str:
    """The text of an aria snapshot as read aloud: its nodes' names one after the other
    (a marked word is a node of its own)."""
    return " ".join(re.findall(r"^\s*- [a-z]+(?: \"[^\"]*\")?(?: \[[^]]*\])*: (.+)$", snapshot,
                               re.M))


@pytest.fixture(scope="module")
def echo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("echo")
    files: dict[str, str | bytes] = {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        **{f"content/articles/billing/{name}.md":
           f"---\ntitle: {title}\nsummary: '{summary}'\nstatus: published\n---\n\n{body}"
           for name, (title, summary, body) in ARTICLES.items()}}
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.fixture
def echo_page(browser: Browser, echo_site: Path) -> Iterator[Page]:
    with serve(echo_site) as url:
        for page in fresh_page(browser):
            page.goto(url + "index.html")
            yield page


def test_kbgen_search_shows_no_excerpt_that_repeats_the_summary(echo_site: Path) -> None:
    wrong = {}
    for query, (title, shown) in QUERIES.items():
        result = run_cli("search", "--json", "-n", "1", query, cwd=echo_site.parent)
        first = json.loads(result.stdout)[0]
        excerpt = first["excerpt"].replace("**", "")
        if first["title"] != title or wrong_excerpt(title, excerpt, shown):
            wrong[query] = (first["title"], excerpt)
    assert wrong == {}


def test_a_result_reads_its_first_sentence_once_in_the_browser(echo_page: Page) -> None:
    wrong = {}
    field = echo_page.locator("input[data-md-component=search-query]")
    for query, (title, shown) in QUERIES.items():
        field.click()
        field.fill(query)
        field.dispatch_event("keyup")
        item = echo_page.locator(".md-search-result__item").first
        expect(item.locator("h1, h2").first).to_have_text(title)
        if shown:  # the body's text comes in a part of its own, after the first answer
            expect(item.locator(".kb-excerpt")).to_contain_text(shown)
        # what a screen reader reads of the result (its accessibility tree) and what the eye
        # reads (its visible text) both hold the summary's words once
        read = spoken(item.aria_snapshot())
        seen = item.inner_text()
        opening = SUMMARIES[title][:40]
        excerpts = item.locator(".kb-excerpt")
        excerpt = excerpts.inner_text() if excerpts.count() else ""
        if read.count(opening) != 1 or seen.count(opening) != 1 or wrong_excerpt(
                title, excerpt, shown):
            wrong[query] = (read, excerpt)
    assert wrong == {}
