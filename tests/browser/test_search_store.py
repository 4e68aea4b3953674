"""What results show (titles, locations, summaries) is not in the index's head: the worker
fetches the store's chunks of the documents it ranks first, and only those; over HTTP at the
root and under a sub-path, and from disk (where the offline index carries the whole store).
In headless Chromium on the built sample site."""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from kbgen.core.search import search
from kbgen.site.search_index import KB_INDEX_PATH, STORE_DIR
from tests.browser.test_search import RESULT_ITEM, search_header
from tests.helpers import _loaded_index, _stamp
from tests.localsite import serve

pytestmark = pytest.mark.browser

QUERY = "wifi router"


def search_requests(page: Page) -> list[str]:
    """Paths of the search files the page and its worker ask for from now on."""
    asked: list[str] = []
    page.context.on("request", lambda request: asked.append(urlsplit(request.url).path)
                    if "/search/" in request.url else None)
    return asked


def expected(site: Path, query: str) -> tuple[list[str], set[str], set[str]]:
    """For `query` on `site`: the store entry of the first result as kbgen search ranks it,
    the store chunks of its first 50 results, and the parts of the postings of the query's
    words (a word and its prefix's terms)."""
    store, index = _loaded_index(site, _stamp(site / "search/search_index.json"))
    head = json.loads((site / KB_INDEX_PATH).read_text(encoding="utf-8"))
    refs = [int(hit.ref) for hit in search(index, query, 50)]
    chunks = {f"{ref // head['store_chunk']}.json" for ref in refs}
    terms = [n for n, term in enumerate(head["terms"])
             if any(term.startswith(word[:6]) for word in query.split())]
    parts = {f"{sum(1 for start in head['parts'] if start <= n) - 1}.json" for n in terms}
    return store[refs[0]], chunks, parts


def shows_entry(page: Page, entry: list[str]) -> None:
    """The first result shows the entry's title and summary, and an excerpt of its body."""
    first = page.locator(RESULT_ITEM).first
    expect(first.locator("h1")).to_have_text(html.unescape(entry[0]))
    expect(first.locator("p").first).to_have_text(html.unescape(entry[2]))
    expect(first.locator("p.kb-excerpt")).to_contain_text("router")
    href = first.locator("a").first.get_attribute("href", timeout=1000) or ""
    assert urlsplit(href).path.endswith(entry[1]), href


def test_the_head_has_no_store_and_the_first_query_fetches_only_its_results_chunks(
        page: Page, site_url: str, sample_site: Path) -> None:
    head = json.loads((sample_site / KB_INDEX_PATH).read_text(encoding="utf-8"))
    assert "store" not in head and head["store_chunk"] >= 1
    entry, chunks, parts = expected(sample_site, QUERY)
    assert 1 < len(chunks) < len(list((sample_site / STORE_DIR).glob("*.json")))
    asked = search_requests(page)
    page.goto(site_url + "index.html")
    search_header(page, QUERY)
    shows_entry(page, entry)
    store = {p.rsplit("/", 1)[-1] for p in asked if "/kb-store/" in p}
    assert store == chunks
    assert {p.rsplit("/", 1)[-1] for p in asked if "/kb-index/" in p} <= parts
    assert len([p for p in asked if "/kb-store/" in p]) == len(chunks)  # each asked once
    # the same results again need nothing more
    before = len(asked)
    search_header(page, QUERY + " ")
    shows_entry(page, entry)
    assert [p for p in asked[before:] if "/kb-store/" in p] == []


def test_the_store_comes_under_a_sub_path_and_from_disk(page: Page, sample_site: Path) -> None:
    entry, chunks, _ = expected(sample_site, QUERY)
    asked = search_requests(page)
    with serve(sample_site, "/kb/") as url:
        page.goto(url + "index.html")
        search_header(page, QUERY)
        shows_entry(page, entry)
    assert {p for p in asked if "/kb-store/" in p} == {f"/kb/{STORE_DIR}/{c}" for c in chunks}
    del asked[:]
    page.goto((sample_site / "index.html").as_uri())
    search_header(page, QUERY)
    shows_entry(page, entry)
    assert [p for p in asked if "/kb-store/" in p] == []  # the offline index has it all
