"""The query's words in order in an article's text rank it in the first answer
(kbgen.core.search_pairs): over HTTP (the pairs' buckets fetched for the query) and from disk
(the offline index carries them), the page shows what `kbgen search` lists, with nothing
re-ordered later."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import fresh_page
from tests.browser.ranking_sites import articles_site, tops_from_home
from tests.conftest import article
from tests.helpers import run_cli, site_search
from tests.localsite import serve

pytestmark = pytest.mark.browser

FILLER = "The app keeps your notes in sync across phones, tablets and computers. "
PASTED = "error: connection refused by server on port 8443"
QUERIES = [PASTED, "share calendar events", "connection refused", "calendar"]
ARTICLES = {
    "wifi/port-settings": article("Port settings", body=(
        "## Errors\n\nEach error is listed here. " + FILLER * 5 + "A connection can be refused "
        "when busy. " + FILLER * 5 + "The server default is 8443. " + FILLER * 3 + "\n")),
    "wifi/sync-log-messages": article("Sync log messages", body=(  # short: with more text
        # around the line, each of its words said once counts less (search_coordination)
        # and `Port settings`, titled by `port`, comes first
        "## Messages\n\nIf you see error: connection refused by server on port 8443, "
        "restart the helper.\n")),
    "billing/everything-about-the-app": article("Everything about the app", body=(
        "## Calendar\n\n" + ("Backup runs nightly. " + FILLER) * 10 + "A calendar can be "
        "shared. " + FILLER * 10 + "\n\n## Reminders\n\nReminders of events are sent by email. "
        + FILLER * 10 + "\n")),
    "billing/colleagues": article("Colleagues", body=(
        "## Sharing\n\nTo share calendar events with a colleague, open the event. " + FILLER
        + "\n")),
}


@pytest.fixture(scope="module")
def pairs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four articles, two of which say a query's words together (with Material's offline
    plugin, as `kbgen init` makes sites, so that search works from disk)."""
    return articles_site(tmp_path_factory.mktemp("pairs"), ARTICLES)


@pytest.fixture
def pairs_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_words_together_in_a_text_rank_first_alike_over_http_from_disk_and_in_kbgen_search(
        pairs_site: Path, pairs_page: Page) -> None:
    expected = [site_search(pairs_site, query) for query in QUERIES]
    assert expected[0][0] == "articles/wifi/sync-log-messages.html"
    assert expected[1][0] == "articles/billing/colleagues.html"
    asked: list[str] = []
    pairs_page.on("request", lambda request: asked.append(request.url))
    with serve(pairs_site) as url:
        assert tops_from_home(pairs_page, url, QUERIES) == expected
    assert any("/search/kb-pairs/" in address for address in asked)
    assert tops_from_home(pairs_page, pairs_site.as_uri() + "/", QUERIES) == expected
    listed = run_cli("search", PASTED, cwd=pairs_site.parent)
    assert "content/articles/wifi/sync-log-messages.md" in listed.stdout.split("\n   ")[1]


def test_a_query_of_one_pair_fetches_its_bucket_and_ranks_as_kbgen_search(
        pairs_site: Path, pairs_page: Page) -> None:
    # A two-word query's one pair counts when a text holds it (PAIR_MIN, or every pair of a
    # query of fewer): its bucket is fetched before the first answer; one word fetches none,
    # nor a pair of a word no text holds (half typed: no bucket can hold it).
    one, half, two = "calendar", "connection refu", "connection refused"
    asked: list[str] = []
    pairs_page.on("request", lambda request: asked.append(request.url))
    with serve(pairs_site) as url:
        for query in (one, half):
            assert tops_from_home(pairs_page, url, [query]) == [site_search(pairs_site, query)]
        assert not [address for address in asked if "/search/kb-pairs/" in address]
        assert tops_from_home(pairs_page, url, [two]) == [site_search(pairs_site, two)]
    assert [address for address in asked if "/search/kb-pairs/" in address]
