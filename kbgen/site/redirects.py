"""Redirects from old addresses (`redirect_from` of articles, categories and news posts) to
their pages in the new site.

Two forms, so that old links work on any host: a `_redirects` file (Netlify, Cloudflare Pages:
a real 301) and, for hosts without one, a small HTML page at each old path with a meta refresh,
a canonical link and a plain link (no script, so the site's Content-Security-Policy holds).
Targets are always the site's own pages, written relative to the old path, so nothing here can
send a reader to another host, and the same pages work under a sub-path or from disk.
"""

from __future__ import annotations

import contextlib
import html
import logging
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from kbgen.core.i18n import Translator
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import is_news_post, news_posts
from kbgen.core.redirects import SITE_FOLDERS, old_path_problem
from kbgen.site.hosting import meta_tags
from kbgen.site.urls import category_uri

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.kbgen")
REDIRECTS_FILE = "_redirects"
_SAFE = "/%-._~!$&'()*+,;=:@"
"""Characters kept as they are when an old path is written into a URL."""
_NOINDEX = '<meta name="robots" content="noindex">'
_REFRESH = '<meta http-equiv="refresh" content='
"""What marks a redirect page kbgen wrote (redirect_page)."""


@dataclass(frozen=True)
class Redirect:
    """One old path of the site and the page URL (relative to the site's root) it leads to."""

    old: str
    """The old path as written in `redirect_from`, e.g. `/hc/en-us/articles/1-Title`."""
    target: str
    """The article's URL relative to the site's root, e.g. `articles/billing/refunds/`."""
    title: str
    """The article's title, for the plain link."""

    @property
    def file(self) -> str:
        """The file of the HTML redirect page, relative to the site folder: `old/index.html`,
        or the old path itself when it named an `.html` file."""
        path = unquote(self.old).strip("/")
        if path.endswith((".html", ".htm")):
            return path
        return f"{path}/index.html"

    def relative_target(self) -> str:
        """The target relative to the redirect page's folder (works under any sub-path)."""
        folder = posixpath.dirname(self.file)
        target = posixpath.relpath(self.target or ".", folder or ".")
        if self.target.endswith("/") and not target.endswith("/"):
            target += "/"
        return quote(target, safe=_SAFE)


def redirects(kb: KnowledgeBase, page_urls: dict[str, str]) -> Iterator[Redirect]:
    """The redirects of every published article, category page and news post; `page_urls`
    maps source paths to URLs."""
    pages = [(article.origin.src_uri, article.meta.redirect_from, article.title)
             for article in kb.public_articles()]
    pages += [(category_uri(slug), category.info.redirect_from, category.info.title)
              for slug, category in kb.categories.items()]
    pages += [(src_uri, meta.redirect_from, meta.title) for src_uri, _, meta in news_posts(kb)]
    pages += [(src_uri, page.meta.redirect_from, page.meta.title or src_uri)
              for src_uri, page in kb.pages.items()
              if page.is_public and not is_news_post(src_uri)]  # posts: by day, above
    for src_uri, old_paths, title in pages:
        target = page_urls.get(src_uri)
        if target is None:
            continue  # not published (a category without a published article has no page)
        for old in old_paths:
            if old_path_problem(old) is None:  # validated already; never trust it twice
                yield Redirect(old, target, title)


_ZENDESK = re.compile(r"/hc/(?:([a-z]{2,3}(?:-[a-z0-9]{2,8})?)/)?(articles|sections|categories)/"
                      r"(\d+)(?:-[^/]*)?/?", re.I)
"""A Zendesk Guide address: `/hc/en-us/articles/360001-Title`. Zendesk answers the same page
without the title (`/hc/en-us/articles/360001`), under any title (it changes with the
title: shared links keep the one they had) and without the locale (`/hc/articles/360001`)."""


def zendesk_forms(old: str) -> tuple[list[str], str | None]:
    """For a Zendesk address, the other paths Zendesk answered for that page (each gets a
    redirect of its own) and the `_redirects` pattern for any title (`.../360001-*`); for any
    other path, nothing."""
    match = _ZENDESK.fullmatch(old)
    if match is None:
        return [], None
    locale, kind, number = match.groups()
    paths = [f"/hc/{locale}/{kind}/{number}"] if locale else []
    paths.append(f"/hc/{kind}/{number}")
    pattern = f"/hc/{locale}/{kind}/{number}-*" if locale else f"/hc/{kind}/{number}-*"
    return [path for path in paths if path.rstrip("/") != old.rstrip("/")], pattern


def redirect_page(redirect: Redirect, site_url: str | None, tr: Translator) -> str:
    """An HTML page that sends the reader on at once, with no script, in the site's language
    (for screen readers)."""
    target = redirect.relative_target()
    canonical = (site_url.rstrip("/") + "/" + quote(redirect.target, safe=_SAFE)
                 if site_url else target)
    title = html.escape(redirect.title)
    return (
        f"<!doctype html>\n<html lang=\"{html.escape(tr.html_lang())}\">\n<head>\n"
        "<meta charset=\"utf-8\">\n"
        f"{meta_tags(())}\n"  # no script may run
        f"<title>{title}</title>\n"
        f"{_NOINDEX}\n"
        f"<link rel=\"canonical\" href=\"{html.escape(canonical)}\">\n"
        f"{_REFRESH}\"0; url={html.escape(target)}\">\n"
        "</head>\n<body>\n"
        "<p>" + html.escape(tr.gettext("This page has moved to %(page)s.")).replace(
            "%(page)s", f"<a href=\"{html.escape(target)}\">{title}</a>") + "</p>\n"
        "</body>\n</html>\n"
    )


def _redirected_before(page: Path) -> bool:
    """`page` is a redirect page an earlier build of this site wrote (a site in several
    languages builds each language into the one folder)."""
    if not page.is_file():
        return False
    with page.open(encoding="utf-8", errors="replace") as opened:
        head = opened.read(2048)
    return head.startswith("<!doctype html>") and _REFRESH in head and _NOINDEX in head


def _taken(root: Path, page: Path, old: str) -> str | None:
    """What of the built site the redirect page `page` for the old path `old` would replace
    or need to be a folder: a page, a file such as sitemap.xml, _headers or _redirects, or
    the folders of the theme's and kbgen's own files (assets/, search/)."""
    if page.exists():
        return "a page"
    if (root / old).is_file() or old.split("/")[0] == REDIRECTS_FILE:
        return "a file"
    if any(folder.is_file() for folder in page.parents if folder.is_relative_to(root)):
        return "inside a file"
    folder = old.split("/")[0] + "/"
    if "/" in old and folder in SITE_FOLDERS:
        return f"inside {folder}, a folder"  # its files (and any a later step adds) are
        # the theme's and kbgen's own, as `kbgen check` says (redirects.site_file)
    return None


_OURS = ('<meta name="robots" content="noindex">', '<meta http-equiv="refresh"')
"""What every redirect page holds and a page of the site does not."""


def remove_redirects(site_dir: Path, site_url: str | None) -> None:
    """Remove `_redirects` and the redirect pages its rules name from a folder an earlier
    build wrote them into (a preview's catch-up writes over its last build: else each old
    address is "taken" by its own last redirect page, and never redirected anew)."""
    rules = site_dir / REDIRECTS_FILE
    try:
        lines = rules.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    base = urlsplit(site_url).path.rstrip("/") if site_url else ""
    root = site_dir.resolve()
    for line in lines:
        old = line.split(" ", 1)[0]
        if "*" in old or not old.startswith(base + "/"):
            continue
        page = (site_dir / Redirect(old[len(base):], "", "").file).resolve()
        if page.is_relative_to(root) and page != root and page.is_file() and all(
                mark in page.read_text(encoding="utf-8", errors="replace") for mark in _OURS):
            page.unlink()
            for folder in page.parents:  # its folders, when nothing else is left in them
                if folder == root or not folder.is_relative_to(root):
                    break
                with contextlib.suppress(OSError):
                    folder.rmdir()
    rules.unlink()


def write_redirects(site_dir: Path, config: MkDocsConfig, kb: KnowledgeBase,
                    page_urls: dict[str, str], tr: Translator) -> int:
    """Write the redirect pages and `_redirects` (after any rules another plugin wrote there,
    which come first); returns how many old paths redirect."""
    site_url = config.site_url
    base = urlsplit(site_url).path.rstrip("/") if site_url else ""
    rules: list[str] = []
    patterns: list[str] = []
    root = site_dir.resolve()
    declared = list(redirects(kb, page_urls))
    seen = {redirect.old.rstrip("/") for redirect in declared}
    every = list(declared)  # as declared, then what Zendesk answered besides
    for redirect in declared:
        others, pattern = zendesk_forms(redirect.old)
        for other in others:
            if other not in seen:
                seen.add(other)
                every.append(Redirect(other, redirect.target, redirect.title))
        if pattern:
            patterns.append(f"{base}{pattern} {base}/{quote(redirect.target, safe=_SAFE)} 301")
    for redirect in every:
        page = (site_dir / redirect.file).resolve()
        if not page.is_relative_to(root) or page == root:
            continue
        if _redirected_before(page):
            continue  # by the default language's build: a category's old address, or an
            # address its article and a translation share (Zendesk's `/hc/articles/360001`)
        taken = _taken(root, page, unquote(redirect.old).strip("/"))
        if taken:
            log.warning(f"old address '{redirect.old}' of '{redirect.title}' is {taken} of the"
                        " new site; it is not redirected (remove it from `redirect_from`)")
            continue
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(redirect_page(redirect, site_url, tr), encoding="utf-8")
        old = quote(redirect.old, safe=_SAFE)
        rules.append(f"{base}{old} {base}/{quote(redirect.target, safe=_SAFE)} 301")
    count = len(rules)
    rules += list(dict.fromkeys(patterns))  # after every exact path: the first match wins
    _append_rules(site_dir, rules)
    return count


NOT_FOUND_PAGE = "404.html"


def write_language_not_found_rules(site_dir: Path, site_url: str | None,
                                   prefixes: list[str]) -> int:
    """Append to `_redirects` one rule per translation's folder (`en/`) that answers a missing
    address under it with that language's 404 page, with the 404 status (Netlify; Cloudflare
    Pages finds the nearest 404.html itself). Without it every host shows the root's page, in
    the default language. Last in the file: the first rule that matches wins, and these match
    every address of their folder. Returns how many rules were written."""
    base = urlsplit(site_url).path.rstrip("/") if site_url else ""
    rules = [f"{base}/{quote(prefix, safe=_SAFE)}* {base}/{quote(prefix, safe=_SAFE)}"
             f"{NOT_FOUND_PAGE} 404"
             for prefix in prefixes if (site_dir / prefix / NOT_FOUND_PAGE).is_file()]
    _append_rules(site_dir, rules)
    return len(rules)


def _append_rules(site_dir: Path, rules: list[str]) -> None:
    """Append `rules` to the site's `_redirects` file (made when there is none)."""
    if not rules:
        return
    existing = site_dir / REDIRECTS_FILE
    before = existing.read_text(encoding="utf-8") if existing.is_file() else ""
    if before and not before.endswith("\n"):
        before += "\n"
    existing.write_text(before + "\n".join(rules) + "\n", encoding="utf-8")
