"""The query's words together in one section of a page rank it above a long page holding
them in sections apart (kbgen.core.search_sections), in the browser's worker as in `kbgen
search`: over HTTP and from disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import fresh_page
from tests.browser.ranking_sites import articles_site, tops_from_home
from tests.conftest import article
from tests.helpers import site_search
from tests.localsite import serve

pytestmark = pytest.mark.browser

FILLER = "The app keeps your notes in sync across tablets and computers. "
QUERIES = ["restore backup phone", "restore a note from the bin", "backup"]
ARTICLES = {
    "billing/frequently-asked-questions": article("Frequently asked questions", body=(
        "Answers to what people ask most.\n\n## Deleted notes\n\nYou can restore a note from "
        "the bin: restore it within 30 days. " + FILLER * 3 + "\n\n## Copies\n\nA backup runs "
        "every night; one backup a day is kept. " + FILLER * 3 + "\n\n## Mobile\n\nThe phone "
        "app is free on any phone. " + FILLER * 3 + "\n")),
    "billing/moving-to-a-new-device": article("Moving to a new device", body=(
        "Install the app, sign in, and the phone will restore your latest backup by itself. "
        + FILLER * 6 + "\n")),
}


@pytest.fixture(scope="module")
def sections_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An FAQ of three sections and a short page (with Material's offline plugin, so that
    search works from disk)."""
    return articles_site(tmp_path_factory.mktemp("sections"), ARTICLES)


@pytest.fixture
def sections_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_words_in_one_section_rank_first_alike_over_http_from_disk_and_in_kbgen_search(
        sections_site: Path, sections_page: Page) -> None:
    expected = [site_search(sections_site, query) for query in QUERIES]
    assert expected[0][0] == "articles/billing/moving-to-a-new-device.html"
    assert expected[1][0] == "articles/billing/frequently-asked-questions.html"
    with serve(sections_site) as url:
        assert tops_from_home(sections_page, url, QUERIES) == expected
    assert tops_from_home(sections_page, sections_site.as_uri() + "/", QUERIES) == expected
