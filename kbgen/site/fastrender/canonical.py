"""A page's canonical URL without `urljoin` for each of 10,000 pages (about 0.1 ms each).

MkDocs sets `canonical_url = urljoin(site_url, url)` and `abs_url` its path. For a plain
relative URL (no scheme, query, fragment, dot segment, empty segment or space) below a
site URL that `urljoin` keeps as it is, both are the site URL's and its path's own text
followed by the URL; anything else is left to MkDocs (`None`).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin, urlsplit

_UNPLAIN = frozenset(":?#\\%") | frozenset(map(chr, range(0x21)))
"""Characters after which `urljoin` may not just append (or `urlsplit` may strip)."""


def canonical(base: str, url: str) -> tuple[str, str] | None:
    """(canonical_url, abs_url) of the page at `url` on the site at `base` (a non-empty
    site URL), as MkDocs' `Page._set_canonical_url` makes them; None when not plain."""
    if not base.endswith("/"):
        base += "/"
    path = _base_path(base)
    if path is None or not _plain(url):
        return None
    return base + url, path + url


def _plain(url: str) -> bool:
    return (bool(url) and not url.startswith("/") and "//" not in url
            and _UNPLAIN.isdisjoint(url)
            and not any(segment in (".", "..") for segment in url.split("/")))


@lru_cache(maxsize=8)
def _base_path(base: str) -> str | None:
    """The path of `base` (ending in "/") when `urljoin` appends a plain URL to it as
    text; else None."""
    probe = "a/b.html"
    joined = base + probe
    path = urlsplit(joined).path
    if urljoin(base, probe) != joined or not path.endswith("/" + probe):
        return None
    return path[:-len(probe)]
