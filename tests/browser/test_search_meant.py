"""A customer's word the site never uses, read as the site's word of its sense
(kbgen.core.search `meant_clause`, `meantClause` in the worker): `how hot can my board get`
finds the operating temperature article in the browser as in `kbgen search`."""

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

QUERIES = ["how hot can my board get", "what happens to my account when i die"]


@pytest.fixture(scope="module")
def meant_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles that never say `hot` or `die`, and one that holds `hot` inside `hotspot`."""
    return articles_site(tmp_path_factory.mktemp("meant"), {
        "billing/operating-temperature": article(
            "Operating temperature range",
            body="## Range\n\nThe board works between -40 and 85 degrees Celsius.\n"),
        "wifi/share-a-hotspot": article(
            "Share a hotspot with the board",
            body="## Steps\n\nTurn on your phone's hotspot and get the board connected.\n"),
        "billing/after-your-death": article(
            "Your account after your death",
            body="## Legacy contact\n\nName a person who may reach your account.\n"),
        "wifi/board-overview": article(
            "Board overview",
            body="## Boards\n\nPins, power and what happens when a board resets.\n")},
        offline=False)


@pytest.fixture
def meant_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_a_word_the_site_never_uses_finds_the_sites_word_as_in_kbgen_search(
        meant_site: Path, meant_page: Page) -> None:
    expected = [site_search(meant_site, query) for query in QUERIES]
    assert [top[0] for top in expected] == [
        "articles/billing/operating-temperature.html", "articles/billing/after-your-death.html"]
    with serve(meant_site) as url:
        assert tops_from_home(meant_page, url, QUERIES) == expected
