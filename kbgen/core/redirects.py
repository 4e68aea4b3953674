"""Old addresses of articles and news posts (`redirect_from`): which are valid, and where each
leads.

An old address is the path of a page of the help centre a site moved from, such as
`/hc/en-us/articles/360001-Reset-your-password`. The build writes a redirect from it to the
article (kbgen.site.redirects); here it is only text, checked so that it can never name a file
outside the site, a query, another host or markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from kbgen.core.sources import ARTICLES_DIR
from kbgen.errors import Problem

if TYPE_CHECKING:
    from kbgen.core.model import Article, KnowledgeBase

MAX_OLD_PATH = 400
MAX_OLD_PATHS = 100
"""Old addresses one article, category, news post or page may have: each is a page of the
site (and a Zendesk address two more), so one front matter block of thousands made tens of
thousands of files, past a host's limit for a whole site; moves and imports leave a few."""
OLD_PATHS_PER_PAGE = 10
"""Old addresses a site may have per page on average (articles, categories, pages): moves and
imports leave one to three (a Zendesk article its address, a moved one its two former
places); 100 on every page made 300 files a page (a Zendesk address writes three), tens of
thousands for a site of a hundred articles, past hosts' file limits (Cloudflare Pages: 20,000)."""
MIN_SITE_OLD_PATHS = 1_000
"""Old addresses any site may have, however few its pages (one page may gather 100)."""
KBGEN_PAGES = frozenset({"team", "search", "tags", "contact", "status", "subscribe", "404",
                         "articles", "news", "sitemap.xml", "robots.txt", "feed-articles.atom",
                         "feed-articles.json"})
"""Page keys of pages every kbgen site makes itself (kbgen/site/urls.py): an old address
there cannot redirect (Jekyll's own docs had its team page at `/team/`)."""
SITE_FILES = frozenset({"404", "sitemap.xml", "sitemap.xml.gz", "robots.txt", "_headers",
                        "_redirects", "tags", "status", "subscribe", "feed-articles.atom",
                        "feed-articles.json", "feed-issues.atom", "feed-issues.json"})
"""Page keys of files and pages every kbgen site has, whatever its content: an old address
there is not redirected (kbgen.site.redirects warns as it writes the others)."""
SITE_FOLDERS = ("assets/", "search/")
"""Folders of the theme's and kbgen's own files (scripts, styles, the search index)."""
_CATEGORY_FEED = re.compile(r"feed-articles-[^/]+\.(?:atom|json)")
_UNCOPIED = (".md", ".yml", ".yaml")
"""Suffixes of content files that are read, not copied into the site."""
_PATH = re.compile(r"/[^\s<>\"'`\\?#{}|^\x00-\x1f\x7f]*")
"""A path starting with `/`, without space, quote, markup, backslash, query or fragment."""
_ENCODED_SEPARATOR = re.compile(r"%(?:2f|5c|00)", re.I)
_PATTERN = re.compile(r"\*|(?:^|/):")
"""What a `_redirects` file reads as a pattern, not a path: `*` (a splat, every address
below) and `:name` at the start of a folder (a placeholder)."""


def old_path(path: str) -> str:
    """Accept `/old/page` or `/old/page.html`; refuse URLs, `//host`, queries, `..` and markup
    (for the schema: the message says what to write)."""
    problem = old_path_problem(path)
    if problem:
        raise ValueError(problem)
    return path


def few_old_paths(paths: list[str]) -> list[str]:
    """Accept at most `MAX_OLD_PATHS` old addresses (for the schema)."""
    if len(paths) > MAX_OLD_PATHS:
        raise ValueError(f"{len(paths)} old addresses; a page may have {MAX_OLD_PATHS} at most"
                         " (each becomes a page of the site): keep the addresses readers still"
                         " use, or redirect a whole old folder on the host")
    return paths


def old_path_problem(path: str) -> str | None:
    """Why `path` cannot be an old address, or None."""
    example = "write the path of the old page only, e.g. /hc/en-us/articles/123-Reset-password"
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", path):
        return f"'{path}' is a URL; {example}"
    if len(path) > MAX_OLD_PATH:
        return f"old address is {len(path)} characters long; keep it under {MAX_OLD_PATH}"
    if path.startswith("//") or not _PATH.fullmatch(path):
        return f"'{path}' is not a path (it must start with one '/', and have no space, quote," \
               f" '<', '>', backslash, '?' or '#'); {example}"
    decoded = unquote(path)
    if _ENCODED_SEPARATOR.search(path) or any(part in (".", "..")
                                              for part in decoded.split("/")):
        return f"'{path}' must not contain '.', '..' or an encoded '/' as a folder; {example}"
    if _PATTERN.search(path) or _PATTERN.search(decoded):
        return f"'{path}' has a '*' or a folder starting with ':', which hosts read as a" \
               f" pattern matching many addresses, not as one old page; {example}"
    if any(part.startswith(".") for part in decoded.split("/")):
        return f"'{path}' names a hidden file or folder (starting with '.', such as" \
               f" .htaccess or .well-known), which belongs to the host; {example}"
    if any(ord(char) < 32 or ord(char) == 127 for char in decoded):
        return f"'{path}' hides a control character; {example}"
    if decoded.strip("/") == "":
        return "the home page '/' cannot be an old address of an article"
    return None


def page_key(path: str) -> str:
    """The page an address names, for comparisons: `/a/b/`, `/a/b`, `/a/b.html` and
    `/a/b/index.html` are one page (decoded, without slashes at the ends)."""
    decoded = unquote(path).strip("/")
    for suffix in ("/index.html", "index.html", ".html", ".htm"):
        decoded = decoded.removesuffix(suffix)
    return decoded.strip("/")


def article_page(article: Article) -> str:
    """Where the new site publishes `article` (as a page key)."""
    return article.origin.src_uri[: -len(".md")]


def category_page(slug: str) -> str:
    """Where the new site publishes a category's page (as a page key)."""
    return f"{ARTICLES_DIR}/{slug}"


def site_file(path: str, content_dir: Path | None) -> str | None:
    """The file of every kbgen site (or, with `content_dir`, of the content folder, copied
    as it is) that the old address `path` names or is inside of, or None."""
    parts = [part for part in unquote(path).split("/") if part]
    if len(parts) > 1 and f"{parts[0]}/" in SITE_FOLDERS:
        return "/".join(parts)
    for end in range(1, len(parts) + 1):
        key = page_key("/".join(parts[:end]))
        if key in SITE_FILES or _CATEGORY_FEED.fullmatch(key):
            return "/".join(parts[:end])
        copied = content_dir / "/".join(parts[:end]) if content_dir else None
        if copied is not None and not copied.name.endswith(_UNCOPIED) and copied.is_file():
            return "/".join(parts[:end])
    return None


def redirect_problems(kb: KnowledgeBase, ctx: object = None) -> Iterator[Problem]:
    """Each old address leads to one article or category, and is not an address of the new
    site (a page: an error; a file the site has: a warning, as the build gives)."""
    content_dir = getattr(ctx, "content_dir", None)
    claimed: dict[str, str] = {}
    pages = {article_page(a) for a in kb.articles} | {category_page(c) for c in kb.categories}
    pages |= {uri[: -len(".md")].removesuffix("/index").removesuffix("index")
              for uri in kb.pages}
    owners = [(a.origin.display_path, a.origin.line_of("redirect_from"), a.meta.redirect_from,
               a.origin.display_path) for a in sorted(kb.articles, key=lambda a: a.origin.src_uri)]
    owners += [(c.origin.display_path, c.origin.first_line, c.info.redirect_from,
                f"category '{slug}'") for slug, c in sorted(kb.categories.items())]
    owners += [(p.origin.display_path, p.origin.line_of("redirect_from"),
                getattr(p.meta, "redirect_from", []), p.origin.display_path)
               for _, p in sorted(kb.pages.items())]  # news posts have old addresses too
    yield from _too_many(owners, len(pages))
    for path_shown, line, old_paths, name in owners:
        for path in old_paths:
            key = page_key(path)
            first = claimed.setdefault(key, name)
            if first != name:
                yield Problem(path_shown, line, "error",
                              f"old address '{path}' is also in {first}; an old address can"
                              " lead to one article or category only")
            elif key in pages:
                yield Problem(path_shown, line, "error",
                              f"old address '{path}' is a page of this site; remove it from"
                              " `redirect_from`")
            elif file := site_file(path, content_dir):
                yield Problem(path_shown, line, "warning",
                              f"old address '{path}' names {file}, a file of the new site;"
                              " it is not redirected (remove it from `redirect_from`)")


def _too_many(owners: list[tuple[str, int, list[str], str]],
              pages: int) -> Iterator[Problem]:
    """One error, at the file with the most old addresses, when the site has more than
    `OLD_PATHS_PER_PAGE` a page on average (and more than `MIN_SITE_OLD_PATHS`)."""
    total = sum(len(old_paths) for _, _, old_paths, _ in owners)
    limit = max(MIN_SITE_OLD_PATHS, OLD_PATHS_PER_PAGE * pages)
    if total <= limit:
        return
    most = sorted(owners, key=lambda owner: -len(owner[2]))
    named = ", ".join(f"{shown} ({len(old_paths)})" for shown, _, old_paths, _ in most[:3])
    yield Problem(most[0][0], most[0][1], "error",
                  f"the site has {total} old addresses in `redirect_from` for {pages} pages; a"
                  f" site may have {limit} ({OLD_PATHS_PER_PAGE} a page on average, at least"
                  f" {MIN_SITE_OLD_PATHS}), as each becomes a page of its own (a Zendesk"
                  f" address three): keep the addresses readers still use, or redirect whole"
                  f" old folders on the host; the most are in {named}")
