"""The index's head is packed (kbgen.core.search_head) and the worker unpacks it into exactly
what kbgen search reads: the first query fetches the head and the parts of the postings it
reaches and nothing else, and a result shows its title, summary, excerpt and link; over HTTP
at the root and under a sub-path, and from disk (the offline index, not packed). In headless
Chromium on the built sample site."""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from kbgen.core.search import search
from kbgen.core.search_head import unpack_head
from kbgen.site.search_index import KB_INDEX_PATH, OFFLINE_PATH
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


def first_entry(site: Path, query: str) -> list[str]:
    """The store entry (title, location, summary) of `query`'s first result in kbgen search."""
    store, index = _loaded_index(site, _stamp(site / "search/search_index.json"))
    return store[int(search(index, query, 1)[0].ref)]


def shows_entry(page: Page, entry: list[str]) -> None:
    """The first result shows the entry's title and summary, an excerpt and its link."""
    first = page.locator(RESULT_ITEM).first
    expect(first.locator("h1")).to_have_text(html.unescape(entry[0]))
    expect(first.locator("p").first).to_have_text(html.unescape(entry[2]))
    expect(first.locator("p.kb-excerpt")).to_contain_text("router")
    href = first.locator("a").first.get_attribute("href", timeout=1000) or ""
    assert urlsplit(href).path.endswith("/" + entry[1]), href


def parts_of(site: Path, words: list[str]) -> set[str]:
    """The parts of the postings that hold the terms `words` begin (their prefixes')."""
    head = unpack_head(json.loads((site / KB_INDEX_PATH).read_text(encoding="utf-8")))
    return {f"{sum(1 for start in head['parts'] if start <= n) - 1}.json"
            for n, term in enumerate(head["terms"]) if any(term.startswith(w) for w in words)}


def test_the_worker_unpacks_the_head_into_what_the_offline_index_holds(
        page: Page, site_url: str, sample_site: Path) -> None:
    offline = (sample_site / OFFLINE_PATH).read_text(encoding="utf-8")
    whole = json.loads(offline.removeprefix("var __index = "))["config"]["kb"]
    packed = json.loads((sample_site / KB_INDEX_PATH).read_text(encoding="utf-8"))
    assert {"store", "idf", "related", "lengths", "terms"}.isdisjoint(packed)
    page.goto(site_url + "index.html")
    search_header(page, QUERY)
    page.locator(RESULT_ITEM).first.wait_for()
    unpacked = page.workers[0].evaluate(
        f"fetch({json.dumps(site_url + KB_INDEX_PATH)}).then(r => r.json())"
        ".then(data => self.kbUnpack(data))")
    for key in ("store", "idf", "related", "terms"):
        assert unpacked[key] == whole[key], key
    assert len(unpacked["store"]) > 40


def test_the_first_query_fetches_the_head_and_its_parts_and_shows_the_result(
        page: Page, site_url: str, sample_site: Path) -> None:
    asked = search_requests(page)
    page.goto(site_url + "index.html")
    search_header(page, QUERY)
    shows_entry(page, first_entry(sample_site, QUERY))
    names = [p.rsplit("/", 1)[-1] for p in asked]
    parts = {n for p, n in zip(asked, names) if "/kb-index/" in p}
    assert names.count("kb-index.json") == 1 and parts
    assert parts <= parts_of(sample_site, ["wifi", "router"])
    others = [p for p in asked
              if "/kb-index/" not in p and "/kb-text/" not in p and "/kb-pairs/" not in p]
    assert sorted(n.rsplit("/", 1)[-1] for n in others) == ["kb-index.json",
                                                             "search_index.json"]


def test_results_show_under_a_sub_path_and_from_disk(page: Page, sample_site: Path) -> None:
    entry = first_entry(sample_site, QUERY)
    asked = search_requests(page)
    with serve(sample_site, "/kb/") as url:
        page.goto(url + "index.html")
        search_header(page, QUERY)
        shows_entry(page, entry)
    assert "/kb/" + KB_INDEX_PATH in asked
    page.goto((sample_site / "index.html").as_uri())
    search_header(page, QUERY)
    shows_entry(page, entry)
