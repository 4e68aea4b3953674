"""Where each kind of page lives, and links between them relative to the current page."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from functools import lru_cache

from kbgen.core.generated_pages import (  # noqa: F401 (the site's names for them)
    CONTACT,
    STATUS,
    SUBSCRIBE,
    TAGS,
    TEAM,
    profile_uri,
    tag_uri,
)
from kbgen.core.model import Article, tag_key
from kbgen.core.sources import ARTICLES_DIR, CATEGORY_PAGE

HOME = "index.md"


def category_uri(slug: str) -> str:
    """Source path of a category's generated page."""
    return f"{ARTICLES_DIR}/{slug}/{CATEGORY_PAGE}"


def tag_anchor(tag: str) -> str:
    """The anchor of a tag on the tags index."""
    return "tag-" + tag_key(tag)


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (MkDocs' `get_relative_url`: the last part of
    `other` is a file when it has a dot; paths normalised, never above the root)."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    other_parts, dest_parts = _norm_parts(other), _norm_parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


@lru_cache(maxsize=None)
def _norm_parts(path: str) -> list[str]:
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return path.split("/") if path else []


class Urls:
    """Relative URLs from the page being rendered to any source path."""

    def __init__(self, known: Mapping[str, str],
                 find: Callable[[str], str | None] = lambda src_uri: None) -> None:
        self.known = dict(known)
        """URL of each source path published when the build began: articles written by
        workers are later taken out of MkDocs' files (kbgen.site.fastrender)."""
        self.find = find
        """The URL of a source path added later (None when it is not published)."""
        self._relative: dict[tuple[str, str], str] = {}
        """(target URL, folder of the page) -> relative URL: pages of a folder share them."""

    def to(self, src_uri: str, page_url: str, anchor: str = "") -> str:
        """URL of `src_uri` relative to `page_url` (empty string when it is not built)."""
        target = self.known.get(src_uri)
        if target is None:
            target = self.find(src_uri)
            if target is None:
                return ""
        folder, _, name = page_url.rpartition("/")
        key = (target, folder if "." in name else page_url)  # as relative_url reads it
        url = self._relative.get(key)
        if url is None:
            url = self._relative[key] = relative_url(target, page_url)
        return f"{url}#{anchor}" if anchor else url

    def article(self, article: Article, page_url: str) -> str:
        """URL of an article relative to `page_url`."""
        return self.to(article.origin.src_uri, page_url)
