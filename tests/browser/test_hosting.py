"""Static hosting: a site built for a sub-path works there, and obeys its own CSP: the
`_headers` one where the host serves it, the pages' meta one everywhere (file:// too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext

from kbgen.site.hosting import read_headers
from tests.conftest import SAMPLE_CONFIG
from tests.crawl import crawl, load_pages
from tests.localsite import serve
from tests.sites import BuiltSites

pytestmark = pytest.mark.browser
PREFIX = "/kb/"


@pytest.fixture(scope="module")
def sub_path_site(built_sites: BuiltSites) -> Iterator[str]:
    """The sample built for https://help.example.org/kb/, served at http://127.0.0.1:PORT/kb/."""
    site = built_sites.get(SAMPLE_CONFIG, site_url="https://help.example.org/kb/")
    with serve(site, PREFIX, read_headers(site)) as url:
        yield url


def one_page_per_folder(pages: Iterable[str]) -> list[str]:
    """The first page of each folder: every template and script runs on one of them (the
    crawl has fetched every page over HTTP already)."""
    chosen: dict[str, str] = {}
    for url in sorted(pages):
        chosen.setdefault(urlsplit(url).path.rsplit("/", 1)[0], url)
    return list(chosen.values())


def test_every_page_link_asset_and_the_search_index_load_under_the_sub_path(
        browser: Browser, sub_path_site: str) -> None:
    found = crawl(sub_path_site + "index.html")  # every link and asset, over HTTP
    assert len(found.pages) > 50
    assert [u for u in found.status if not u.startswith(sub_path_site)] == []
    assert found.failures() == []
    context = browser.new_context()  # each kind of page in the browser: scripts and CSP
    failures: list[str] = []
    violations: list[str] = []
    context.on("response", lambda r: failures.append(f"{r.status} {r.url}")
               if r.status >= 400 else None)
    context.on("requestfailed", lambda r: failures.append(f"failed {r.url}")
               if "ERR_ABORTED" not in (r.failure or "") else None)  # aborted by navigating on
    context.on("console", lambda m: violations.append(m.text)
               if "Content Security Policy" in m.text or "Content-Security-Policy" in m.text
               else None)
    shown_links: set[str] = set()
    for _, page in load_pages(context, one_page_per_folder(found.pages)):
        shown_links.update(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"))
    page.goto(sub_path_site + "index.html?q=router")
    page.locator(".md-search-result__item").first.wait_for()
    files = {urlsplit(u)._replace(query="", fragment="").geturl() for u in shown_links
             if urlsplit(u).netloc == urlsplit(sub_path_site).netloc}
    assert sorted(files - set(found.status)) == []  # scripts link to no file the crawl missed
    assert failures == []
    assert violations == []
    context.close()


def test_sitemap_and_canonical_urls_use_the_sub_path(sub_path_site: str, browser: Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    sitemap = page.goto(sub_path_site + "sitemap.xml").text()
    assert "<loc>https://help.example.org/kb/articles/" in sitemap
    page.goto(sub_path_site + "articles/billing/charged-twice-after-a-payment-retry.html")
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical == ("https://help.example.org/kb/articles/billing/"
                         "charged-twice-after-a-payment-retry.html")
    context.close()


WATCH_CSP = ("window.__csp = []; document.addEventListener('securitypolicyviolation', e =>"
             " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
"""An init script: the page's CSP violations in `window.__csp`."""


def csp_console(context: BrowserContext) -> list[str]:
    """The context's console messages about a Content-Security-Policy (frames' too)."""
    messages: list[str] = []
    context.on("console", lambda m: messages.append(m.text)
               if "Content Security Policy" in m.text or "Content-Security-Policy" in m.text
               else None)
    return messages


def test_csp_header_and_meta_policy_block_nothing(browser: Browser, sub_path_site: str,
                                                  site_url: str) -> None:
    """Served with `_headers` (under a sub-path), then by a plain server that sends no
    header (`site_url`): only the pages' meta policy applies, and it blocks nothing."""
    context = browser.new_context()
    console = csp_console(context)
    page = context.new_page()
    page.add_init_script(WATCH_CSP)
    response = page.goto(sub_path_site + "contact.html")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    page.locator(".kb-open-state").first.wait_for(state="visible")
    assert page.evaluate("window.__csp") == []
    for base in (sub_path_site, site_url):
        page.goto(base + "index.html")
        page.locator("label[for=__palette_1], label[for=__palette_0]").first.click()
        page.locator("#kb-hero-q").fill("hub")
        page.locator("#kb-hero-q").press("Enter")
        page.locator(".md-search-result__item").first.wait_for()
        assert page.evaluate("window.__csp") == []
    response = page.goto(site_url + "articles/billing/charged-twice-after-a-payment-retry.html")
    assert "content-security-policy" not in response.headers
    assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1
    page.locator(".md-typeset h1").wait_for()
    assert page.evaluate("window.__csp") == []
    assert console == []
    context.close()


def test_search_works_from_a_plain_folder_opened_from_disk(browser: Browser,
                                                           sample_site: Path) -> None:
    context = browser.new_context()
    console = csp_console(context)  # the meta policy applies on file:// too
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((sample_site / "articles/billing/charged-twice-after-a-payment-retry.html")
              .as_uri())
    page.locator("input[data-md-component=search-query]").click()
    page.keyboard.type("router")
    first = page.locator(".md-search-result__item > .md-search-result__link").first
    page.wait_for_function(  # the results of the whole word, not of "rout" typed so far
        "() => document.querySelector('.md-search-result__item > .md-search-result__link')"
        "?.href.includes('h=router')")
    assert "thermostat-offline-after-router-change.html" in first.get_attribute("href")
    first.click()
    assert page.locator("h1").inner_text().startswith("Thermostat shows")
    assert errors == []
    assert console == []  # the search worker's frame (iframe-worker shim) ran by its hash
    context.close()
