"""An article's place (its category's title, kbgen.core.search_place) orders sibling pages in
the browser as in `kbgen search`: the worker reads the `place` field from the index."""

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

STEPS = "Turn the printer off, wait ten seconds and turn it on again. "
QUERIES = ["printer offline wi-fi", "printer offline billing"]


@pytest.fixture(scope="module")
def place_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two sibling articles titled alike, one in Billing, one (longer) in Wi-Fi."""
    return articles_site(tmp_path_factory.mktemp("place"), {
        "billing/printer-shows-offline": article(
            "Printer shows offline", body=f"## Steps\n\n{STEPS}\n"),
        "wifi/printer-is-offline": article(
            "Printer is offline", body=f"## Steps\n\n{STEPS * 3}\n")}, offline=False)


@pytest.fixture
def place_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_the_sibling_in_the_category_the_query_names_comes_first_as_in_kbgen_search(
        place_site: Path, place_page: Page) -> None:
    expected = [site_search(place_site, query) for query in QUERIES]
    assert [top[0] for top in expected] == ["articles/wifi/printer-is-offline.html",
                                            "articles/billing/printer-shows-offline.html"]
    with serve(place_site) as url:
        assert tops_from_home(place_page, url, QUERIES) == expected
