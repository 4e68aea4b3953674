"""Customers' words reach articles written in other words: kbgen's common synonyms, the
apostrophes word processors type, possessives and "can't"-style question words. One real
build of a small site, searched through the index it ships (the browser ranks the same:
tests/browser/test_search_behaviour.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import shipped_index, site_search

FILES = {
    "content/articles/wifi/uninstall-desktop-app.md": article(
        "Uninstall the desktop app", body="## Steps\n\nOpen the start menu and choose "
        "Uninstall.\n"),
    "content/articles/wifi/hub-on-ios.md": article(
        "Use the hub with iOS", body="## Steps\n\nInstall the app from the App Store.\n"),
    "content/articles/wifi/hub-cant-reach-network.md": article(
        "If the hub can\u2019t reach your network", body="## Steps\n\nThe hub\u2019s light "
        "blinks amber while it looks for the router.\n"),
    "content/articles/billing/invoice-copy.md": article(
        "Get a copy of an invoice", body="## Steps\n\nInvoices are under Account.\n"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("vocabulary")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **FILES})
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.mark.parametrize("query, slug", [
    ("remove", "uninstall-desktop-app"),                # kbgen's common synonyms: words that
    ("removing", "uninstall-desktop-app"),              # no article has
    ("iphone", "hub-on-ios"),
    ("ipad", "hub-on-ios"),
    ("amber", "hub-cant-reach-network"),
    ("hub\u2019s light", "hub-cant-reach-network"),     # typographic apostrophe, possessive
    ("hubs light", "hub-cant-reach-network"),
])
def test_customers_words_find_the_article_first(site: Path, query: str, slug: str) -> None:
    assert site_search(site, query, 1) == [f"articles/wifi/{slug}.html"]


def test_question_words_and_contractions_are_not_words_to_find(site: Path) -> None:
    assert site_search(site, "why can't I", 5) == []
    assert site_search(site, "it doesnt", 5) == []
    assert site_search(site, "why can\u2019t the hub reach my network", 1) == [
        "articles/wifi/hub-cant-reach-network.html"]


def test_the_index_holds_words_as_read_not_as_typed(site: Path) -> None:
    terms = set(shipped_index(site)["terms"])
    assert "hub" in terms and "uninstal" in terms and "remov" in terms and "iphon" in terms
    assert not {term for term in terms if "\u2019" in term or term.endswith("'s")}
    assert not terms & {"can't", "can\u2019t", "cant"}
