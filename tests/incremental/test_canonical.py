"""kbgen's pages set their canonical URL and absolute path as MkDocs' `urljoin` would, for
every kind of site URL and page URL (kbgen.site.fastrender.canonical)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest

from kbgen.site.fastrender.canonical import canonical

BASES = ["https://example.com/help/", "https://example.com/help", "https://example.com",
         "http://example.com/a/./b/", "https://example.com/h?x=1", "/",
         "https://example.com//x/", "https://example.com/h#f", "https://example.com:8080/h/",
         "https://example.com/h%20x/", "https://example.com/../h/", "docs/"]
URLS = ["", "articles/wifi-drops/", "a.html", "./a/", "../a/", "a//b/", "/a/", "a?b", "x:y",
        "a b/", "sitemap.xml", "café/", "a/./b/", "..a/", "%2e%2e/", "index.html",
        "tags/wi-fi/", "a\tb/"]


@pytest.mark.parametrize("base", BASES)
def test_canonical_urls_are_those_of_urljoin(base: str) -> None:
    with_slash = base if base.endswith("/") else base + "/"
    fast = 0
    for url in URLS:
        made = canonical(base, url)
        joined = urljoin(with_slash, url)
        if made is not None:
            fast += 1
            assert made == (joined, urlsplit(joined).path), (base, url)
    assert fast >= 5 or base in ("http://example.com/a/./b/", "https://example.com/h?x=1",
                                 "https://example.com//x/", "https://example.com/h#f",
                                 "https://example.com/../h/")
