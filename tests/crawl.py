"""Visit every page of a served site cheaply: links and assets over plain HTTP (urllib), and
pages in one browser context with several loading at once where scripts matter."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from playwright.sync_api import BrowserContext, Page

from tests.helpers import parse

ASSET_ATTRIBUTES = {("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
                    ("video", "src"), ("audio", "src"), ("iframe", "src")}
"""(tag, attribute) pairs whose URL a browser loads with the page."""
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


@dataclass
class Crawl:
    """What an HTTP crawl from a start page found: pages by URL (HTML text), the status of
    every URL a page links to or loads (stylesheets' `url()`s included), and failures."""

    pages: dict[str, str] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)

    def failures(self) -> list[str]:
        """`status url` of every URL that did not load."""
        return sorted(f"{code} {url}" for url, code in self.status.items() if code >= 400)


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body) of a GET of `url`."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (local server)
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def _references(url: str, html: str) -> tuple[list[str], list[str]]:
    """(links, assets) of a page: absolute URLs without fragments."""
    links, assets = [], []
    for tag, attrs in parse(html).tags:
        if tag == "a" and attrs.get("href"):
            links.append(attrs["href"])
        elif (tag, "href") in ASSET_ATTRIBUTES and attrs.get("href"):
            assets.append(attrs["href"])
        for name in ("src", "srcset"):
            if (tag, "src") in ASSET_ATTRIBUTES and attrs.get(name):
                assets += [part.split()[0] for part in attrs[name].split(",") if part.strip()]
    absolute = [[urldefrag(urljoin(url, ref))[0] for ref in refs] for refs in (links, assets)]
    return absolute[0], absolute[1]


def crawl(start: str, workers: int = 8) -> Crawl:
    """Follow every link on the start URL's host from `start`, loading each page's assets
    (and what stylesheets load) once; other hosts are left alone."""
    host = urlsplit(start).netloc
    result = Crawl()
    queued: set[str] = {start}
    wave = [start]
    with ThreadPoolExecutor(workers) as pool:
        while wave:
            found: list[str] = []
            for url, (code, kind, body) in zip(wave, pool.map(fetch, wave)):
                result.status[url] = code
                if code >= 400:
                    continue
                text = body.decode("utf-8", "replace")
                if kind == "text/html":
                    result.pages[url] = text
                    links, assets = _references(url, text)
                    found += links + assets
                elif kind == "text/css":
                    found += [urldefrag(urljoin(url, ref))[0] for ref in CSS_URL.findall(text)
                              if not ref.startswith("data:")]
            wave = [url for url in dict.fromkeys(found)
                    if urlsplit(url).netloc == host and url not in queued]
            queued.update(wave)
    return result


def load_pages(context: BrowserContext, urls: Iterable[str], at_once: int = 3,
               settle_ms: int = 0) -> Iterator[tuple[str, Page]]:
    """Open each URL in one of `at_once` pages of `context`, several loading together, and
    yield (url, page) once its `load` event fired (and `settle_ms` more passed, for scripts
    that run after it). Listen on the context (`context.on(...)`) to see every page's events."""
    pages = [context.new_page() for _ in range(at_once)]
    pending = list(urls)
    while pending:
        batch, pending = pending[:at_once], pending[at_once:]
        for page, url in zip(pages, batch):
            page.goto(url, wait_until="commit")
        for page in pages[:len(batch)]:
            page.wait_for_load_state("load")
        if settle_ms:
            pages[0].wait_for_timeout(settle_ms)
        yield from zip(batch, pages)
