"""An article's place in the site (its category's title, kbgen.core.search_place) is a
low-weight search field: it orders sibling pages that share a title, by where they sit. The
browser's worker ranks the same (parity: tests/browser/test_search_behaviour.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kbgen.commands.search import search_project
from kbgen.core.search import build_index, search
from kbgen.project import find_project
from tests.conftest import article

STEPS = "Download the installer, open it and follow the steps on the screen. "


def order(documents: list[dict[str, Any]], query: str) -> list[str]:
    """The refs of `query`'s results."""
    return [hit.ref for hit in search(build_index(documents), query)]


def test_the_sibling_that_sits_where_the_query_says_comes_first() -> None:
    """Two pages titled alike, one per platform: the query's platform, named only by the
    page's category, puts its page first (the other first without the place)."""
    documents = [{"title": "Install the app", "body": STEPS, "place": "Windows"},
                 {"title": "Install the app", "body": STEPS * 2, "place": "Android"}]
    assert order(documents, "install the app on android") == ["1", "0"]
    assert order(documents, "install the app on windows") == ["0", "1"]


def test_a_title_still_outweighs_a_place() -> None:
    """The place weighs a quarter of a body word: a page about the query's words in its
    title stays above a page that only sits in a category named by one of them."""
    documents = [{"title": "Battery drains overnight", "body": STEPS, "place": "Android"},
                 {"title": "Android battery drains overnight", "body": STEPS,
                  "place": "Tablets"}]
    assert order(documents, "android battery drains") == ["1", "0"]


def test_kbgen_search_reads_the_category_titles_and_sees_them_renamed(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    """`kbgen search` ranks by the categories' titles as the site does, and a renamed
    category is read again (its cached documents are not reused)."""
    body = f"## Steps\n\n{STEPS}\n"
    config = write_project({
        "content/articles/billing/printer-shows-offline.md": article("Printer shows offline",
                                                                     body=body),
        "content/articles/wifi/printer-is-offline.md": article("Printer is offline",
                                                               body=body)})
    project = find_project(config)

    def first(query: str) -> str:
        return search_project(project, query, 5)[0].doc["slug"]

    assert first("printer offline wi-fi") == "printer-is-offline"
    categories = config.parent / "content/_data/categories.yml"
    categories.write_text(categories.read_text(encoding="utf-8")
                          .replace("title: Billing", "title: Wi-Fi printing")
                          .replace("title: Wi-Fi\n", "title: Network\n"), encoding="utf-8")
    assert first("printer offline wi-fi") == "printer-shows-offline"
