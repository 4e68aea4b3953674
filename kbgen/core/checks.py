"""Cross-file rules: each returns Problems, none stops the others."""

from __future__ import annotations

import datetime as dt
import glob
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kbgen.build.kept import Kept
from kbgen.build.memo import Memo
from kbgen.core import gate
from kbgen.core.article_status import outside_status
from kbgen.core.build_day import build_day
from kbgen.core.config import KbConfig, site_language
from kbgen.core.generated_pages import generated_sources
from kbgen.core.init_wording import (
    init_example_content,
    init_profile_wording,
    init_wording,
)
from kbgen.core.known_issues import issue_problems
from kbgen.core.links import Link, anchors_of, find_links, resolve, unread_definitions
from kbgen.core.model import Article, KnowledgeBase, Page
from kbgen.core.news import NewsMeta, is_scheduled, news_problems
from kbgen.core.redirects import redirect_problems
from kbgen.core.search_language import DEFAULT
from kbgen.core.search_reach import unreadable_words
from kbgen.core.similarity import likely_duplicates
from kbgen.core.slugs import is_slug, url_slug
from kbgen.core.sources import ARTICLES_DIR, CATEGORY_PAGE, DATA_DIR, Tree, walk
from kbgen.core.template_left import template_left
from kbgen.errors import Level, Problem

SUMMARY_LIMIT = 200


@dataclass(frozen=True)
class CheckContext:
    """What the checks may consult besides the knowledge base."""

    content_dir: Path
    config: KbConfig = field(default_factory=KbConfig)
    today: dt.date = field(default_factory=build_day)
    tree: Tree | None = None
    """The content folder as walked (walked again when not given)."""
    memo: Memo = field(default_factory=Memo)
    """Per-file results of earlier builds (kbgen.build.memo); none by default."""
    site_host: str = ""
    """The host of `site_url` (kbgen.core.sanitize.site_host): its pictures are the site's."""
    theme_language: str = ""
    """`theme.language` as written in mkdocs.yml (the site's language without `languages`)."""


Check = Callable[[KnowledgeBase, CheckContext], Iterator[Problem]]


def _problem(article: Article | Page, key: str | None, message: str, level: Level = "error",
             line: int | None = None) -> Problem:
    return Problem(article.origin.display_path, line or article.origin.line_of(key), level,
                   message)


def article_paths(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Articles live at `articles/<category>/<slug>.md` with a lowercase-hyphen slug."""
    for article in kb.articles:
        if article.origin.src_uri.count("/") != 2:
            yield _problem(article, None, f"articles must be at {ARTICLES_DIR}/<category>/"
                           "<slug>.md; move this file into its category folder")
        elif not is_slug(article.slug):
            yield _problem(article, None, f"file name '{article.slug}.md' is not a valid slug;"
                           " use lowercase words of letters or digits (any script) joined by"
                           " hyphens, e.g. 'reset-password.md' or"
                           " 'überweisung-fehlgeschlagen.md'")
        elif not url_slug(article.slug):
            yield _problem(article, None, f"file name '{article.slug}.md' has no letter or"
                           " digit that can be written in ASCII for its address; add a word"
                           " such as an error code or a Latin-script keyword")


def one_source_per_page(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """`faq.md` beside `faq.html`, or `faq.md` beside `faq/index.md`: one would be lost; so
    would one of `FAQ.md` and `faq.md`, or of two copied files whose names differ only in
    case, on a host (or a build) on a case-insensitive disk."""
    pages: dict[str, str] = {}
    shown: dict[str, str] = {}
    tree = ctx.tree or walk(ctx.content_dir)
    for source in tree.sources("", (".md", ".html", ".htm")):
        relative = source.src_uri
        stem = relative.rsplit(".", 1)[0]
        page = "" if stem == "index" else stem.removesuffix("/index")
        if relative.endswith(".md"):  # a page is published at its name in ASCII (`café` ->
            page = _ascii_path(page)  # `cafe`: kbgen.site.addresses); copied files as named
        first = pages.setdefault(page.casefold(), relative)
        shown.setdefault(relative, source.display_path)
        if first == relative or _articles_of_one_slug(first, relative):
            continue
        first_page = _page_of(first)
        if first_page != page and first_page.casefold() == page.casefold():
            yield Problem(source.display_path, None, "error",
                          f"{relative} and {first} would be published at addresses that differ"
                          f" only in case ({page or 'index'} and {first_page or 'index'}),"
                          f" which a host on a case-insensitive disk serves as one (and a build"
                          " there writes one over the other); rename or remove one of them")
        elif relative.endswith(".md") and page not in (stem, "") and page == _ascii_path(stem):
            yield Problem(source.display_path, None, "error",  # the build's words (addresses)
                          f"'{relative}' would be published at '{page}.html' (its"
                          f" name written in ASCII), which is already the address of"
                          f" '{first}': rename one of the files.")
        else:
            yield Problem(source.display_path, None, "error",
                          f"{relative} and {first} would be published at the same address;"
                          " rename or remove one of them")
    yield from _generated_pages_taken(kb, ctx, shown)
    copied: dict[str, str] = {}
    for source in tree.sources():
        relative = source.src_uri
        if relative.endswith((".md", ".html", ".htm", ".yml", ".yaml")) or \
                relative.startswith("_"):
            continue  # pages (above), data files and folders that are not published
        first = copied.setdefault(relative.casefold(), relative)
        if first != relative:
            yield Problem(source.display_path, None, "error",
                          f"{relative} and {first} differ only in case, so a host on a"
                          " case-insensitive disk serves one at both addresses (and a build"
                          " there writes one over the other); rename or remove one of them")


def _generated_pages_taken(kb: KnowledgeBase, ctx: CheckContext,
                           shown: dict[str, str]) -> Iterator[Problem]:
    """Content pages of another path at the address of a page kbgen generates
    (`subscribe/index.md`, `Status.md`, `tags/wifi/index.md`): each would replace that page
    unseen (`shown` maps each content page's path to the path shown for it)."""
    generated = {_page_of(uri).casefold(): (uri, what)
                 for uri, what in generated_sources(kb, ctx.today).items()}
    for relative, display in shown.items():
        page = _page_of(relative)
        if page.casefold() not in generated:
            continue
        uri, what = generated[page.casefold()]
        if relative != uri:
            yield Problem(display, None, "error",
                          f"{relative} would be published at '{page}', the address of the"
                          f" {what} kbgen generates, and replace it unseen; to write that page"
                          f" yourself name the file {uri}, else rename or move this one")


def _page_of(relative: str) -> str:
    """The address part `one_source_per_page` reads in a page's path (`faq/index.md` ->
    `faq`)."""
    stem = relative.rsplit(".", 1)[0]
    page = "" if stem == "index" else stem.removesuffix("/index")
    return _ascii_path(page) if relative.endswith(".md") else page


def _ascii_path(path: str) -> str:
    """`über/café` -> `uber/cafe`: each part not in ASCII transliterated, as the build
    publishes a page (kbgen.site.addresses.ascii_address)."""
    return "/".join(part if part.isascii() else (url_slug(part) or part)
                    for part in path.split("/"))


def _articles_of_one_slug(first: str, other: str) -> bool:
    """Two articles whose names differ but whose addresses do not: `unique_addresses`
    reports them, in its words."""
    return first.startswith(f"{ARTICLES_DIR}/") and other.startswith(f"{ARTICLES_DIR}/") \
        and first.rsplit(".", 1)[0] != other.rsplit(".", 1)[0]


def categories(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Every article's folder is a category described in `_data/categories.yml`."""
    data_file = f"{DATA_DIR}/categories.yml"
    for article in kb.articles:
        if not article.category or article.category in kb.categories:
            continue
        if not (ctx.content_dir / data_file).is_file():
            yield _problem(article, None, f"category '{article.category}' is not described:"
                           f" create {data_file} with its title and description")
        else:
            known = ", ".join(sorted(kb.categories)) or "none"
            yield _problem(article, None, f"unknown category '{article.category}'; add it to"
                           f" {data_file} or move the file (known: {known})")


def unique_slugs(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Slugs identify articles in `related`, so each appears once."""
    seen: dict[str, Article] = {}
    for article in sorted(kb.articles, key=lambda a: a.origin.src_uri):
        first = seen.setdefault(article.slug, article)
        if first is not article:
            yield _problem(article, None, f"duplicate slug '{article.slug}': also"
                           f" {first.origin.display_path}; rename one of the files")


def unique_addresses(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """File names in other scripts are published at a transliterated address
    (`süß.md` -> `suss.html`): two files of a category must not share one."""
    seen: dict[tuple[str, str], Article] = {}
    for article in sorted(kb.articles, key=lambda a: a.origin.src_uri):
        address = url_slug(article.slug)
        if not address or not is_slug(article.slug):
            continue
        first = seen.setdefault((article.category, address), article)
        if first is not article and first.slug != article.slug:
            yield _problem(article, None, f"'{article.slug}.md' is published at the same address"
                           f" as {first.origin.display_path} ('{address}.html', written in"
                           " ASCII); rename one of the files")


def unique_titles(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Two articles with one title confuse customers scanning results."""
    seen: dict[str, Article] = {}
    for article in sorted(kb.articles, key=lambda a: a.origin.src_uri):
        first = seen.setdefault(article.title.casefold(), article)
        if first is not article:
            yield _problem(article, "title", f"title also used by {first.origin.display_path};"
                           " make it say what is different", "warning")


def related_exist(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """`related` names existing articles; a public article names public ones."""
    for article in kb.articles:
        for slug in article.meta.related:
            target = kb.article(slug)
            unread = _unread_article(ctx, slug) if target is None else None
            if unread is not None:
                yield _problem(article, "related", f"related article '{slug}' ({unread}) could"
                               " not be read: fix the errors reported for that file")
            elif target is None:
                yield _problem(article, "related", f"related article '{slug}' does not exist;"
                               " check the slug (the file name without .md)")
            elif article.is_public and not target.is_public:
                yield _problem(article, "related", f"related article '{slug}' is"
                               f" {target.meta.status} and will not be shown", "warning")
            elif target is article:
                yield _problem(article, "related", "an article cannot be related to itself")


def _unread_article(ctx: CheckContext, slug: str) -> str | None:
    """The path of an article file named `slug` that the knowledge base does not hold (it
    failed to load: its own errors are reported), or None when there is none."""
    if not slug or "/" in slug or "\\" in slug or slug.startswith("."):
        return None
    folder = ctx.content_dir / ARTICLES_DIR
    found = sorted(folder.glob(f"*/{glob.escape(slug)}.md")) if folder.is_dir() else []
    return found[0].relative_to(ctx.content_dir).as_posix() if found else None


def _outside(content_dir: Path, path: str) -> Path:
    """The file a content-relative `path` names, its `..` taken as written (a language folder
    linked into the project: `de/../../content` is the project's content, as MkDocs reads a
    link, not the folder above the link's target)."""
    return Path(os.path.normpath(content_dir / path))


def links_resolve(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Links and images of articles and pages point at files that exist (errors), at public
    pages from public ones (errors) and at headings that exist (warnings: an old article's
    stale `#anchor` must not block publishing a fix elsewhere)."""
    yield from links_of([*kb.articles, *kb.pages.values()], kb, ctx)


def links_of(sources: list[Article | Page], kb: KnowledgeBase, ctx: CheckContext
             ) -> Iterator[Problem]:
    """`links_resolve` for the links written in `sources` only (a preview's saved article)."""
    by_uri: dict[str, Article | Page] = {a.origin.src_uri: a for a in kb.articles}
    by_uri.update(kb.pages)
    kept = ctx.memo.kept
    for article in sources:
        yield from _unread_definitions(article)
        for link in _relative_links(article, kept):
            what = "image" if link.image else "link to"
            path = resolve(article.origin.src_uri, link.target) if link.target \
                else article.origin.src_uri
            target = by_uri.get(path)
            category = _category_of_page(path, kb)
            if target is None and category is not None:
                if article.is_public and not kb.in_category(category):
                    yield _problem(article, None, f"link to '{link.target}' points to the page"
                                   f" of category '{category}', which has no published article"
                                   " (so no page)", line=link.line)
            elif target is None and not _outside(ctx.content_dir, path).exists():
                yield _problem(article, None, f"{what} '{link.target}' points to a missing file"
                               f" ({path}); fix the path, relative to this file", line=link.line)
            elif target is None and path.startswith("../") and article.is_public \
                    and (status := outside_status(_outside(ctx.content_dir, path))) not in (
                        None, "published"):
                yield _problem(article, None, f"link to '{link.target}' points to an article"
                               f" that is {status}, not published", line=link.line)
            elif target is not None and article.is_public and not target.is_public:
                yield _problem(article, None, f"link to '{link.target}' points to an article"
                               f" that is {target.meta.status}, not published", line=link.line)
            elif isinstance(target, Page) and isinstance(target.meta, NewsMeta) \
                    and is_scheduled(target, ctx.today) and article.is_public \
                    and not is_scheduled(article, ctx.today):
                yield _problem(article, None, f"link to '{link.target}' points to a news post"
                               f" not published before {target.meta.date}; add the link"
                               " from that day on", line=link.line)
            elif target is not None and link.anchor and link.anchor not in _anchors(
                    target, kept):
                yield _problem(article, None, f"link to '{link.target or ''}#{link.anchor}':"
                               f" no heading with the anchor '{link.anchor}' in"
                               f" {target.origin.display_path}", "warning", line=link.line)


def _category_of_page(path: str, kb: KnowledgeBase) -> str | None:
    """The category whose page `path` is (`articles/billing/index.md`: made by the build)."""
    parts = path.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == ARTICLES_DIR \
        and parts[2] == CATEGORY_PAGE and parts[1] in kb.categories else None


def _unread_definitions(written: Article | Page) -> Iterator[Problem]:
    """Definitions Python-Markdown does not read (`[my label]: <my page.md>`): a warning."""
    if "]:" not in written.body:
        return
    for line, label, target in unread_definitions(written.body, written.body_line):
        yield _problem(written, None, f"`[{label}]: <{target}>` is no link on the site: Python-"
                       "Markdown reads no space in a reference's address, so the line shows as"
                       f" text and `[{label}]` links nowhere; write `[{label}]:"
                       f" {target.replace(' ', '%20')}`", "warning", line=line)


def _relative_links(written: Article | Page, kept: Kept | None) -> tuple[Link, ...]:
    """The links inside the site written in an article or page (kept by a live preview with
    the body they were found in: only a saved file's are looked for again)."""
    def find() -> tuple[Link, ...]:
        return tuple(link for link in find_links(written.body, written.body_line)
                     if link.is_relative)
    if kept is None:
        return find()
    return kept.get(("links", written.origin.src_uri), (written.body, written.body_line), find)


def _anchors(target: Article | Page, kept: Kept | None) -> frozenset[str]:
    """The anchors of an article's or page's headings (kept as `_relative_links`)."""
    if kept is None:
        return anchors_of(target.body)
    return kept.get(("anchors", target.origin.src_uri), target.body,
                    lambda: anchors_of(target.body))


def authors_exist(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Once `team/` exists, every author is a team member."""
    if not kb.has_team:
        return
    for article in kb.articles:
        author = article.meta.author
        if author and author not in kb.team and author not in kb.draft_team:
            known = ", ".join(sorted(kb.team)) or "none"
            yield _problem(article, "author", f"author '{author}' is not a team member; add"
                           f" team/{author}.yml or use one of: {known}")


def dates_in_order(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """`updated` is not before `created`, and no published article's date is still to come."""
    for article in kb.articles:
        created, updated = article.meta.created, article.meta.updated
        if created and updated and updated < created:
            yield _problem(article, "updated", f"updated ({updated}) is before created"
                           f" ({created})", "warning")
        today = max(ctx.today, build_day())  # not a day checked `--as-of` in the past
        for key in ("created", "updated", "reviewed"):
            day = getattr(article.meta, key)
            if day and day > today and article.is_public:
                yield _problem(article, key, f"{key} ({day}) is after today ({today}): feeds"
                               " and the sitemap would date the article in the future; use"
                               f" the day it was written, e.g. `{key}: {today}`", "warning")


def described(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Advice: customers search with their own words and error messages. Every word of the
    body is searched too, so an article without them (an imported help centre's) is still
    published and found: `kbgen check` advises, a build does not."""
    for article in kb.articles:
        if not article.meta.symptoms and not article.meta.errors:
            yield _problem(article, None, "no `symptoms` and no `errors`: customers search with"
                           " their own words and error messages; add how they describe it",
                           "warning")


def findable(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Summaries stay short: search results and cards show them whole."""
    for article in kb.articles:
        if len(article.meta.summary) > SUMMARY_LIMIT:
            yield _problem(article, "summary", f"summary is {len(article.meta.summary)}"
                           f" characters; keep it under {SUMMARY_LIMIT}, one sentence", "warning")


def written(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """No published article keeps `kbgen new`'s stand-in text (kbgen.core.template_left);
    a live preview keeps each article's finding by the article object (a save beyond a text
    scanned every body again: ~0.5 CPU s at 10,000 articles)."""
    kept = ctx.memo.kept
    for article in kb.articles:
        if kept is None:
            yield from template_left(article)
        else:
            yield from kept.get(("template left", article.origin.src_uri), article,
                                partial(_template_left, article))


def _template_left(article: Article) -> tuple[Problem, ...]:
    return tuple(template_left(article))


def searchable(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Titles whose words the site's search cannot read (kbgen.core.search_reach)."""
    code = ctx.config.languages[0] if ctx.config.languages else DEFAULT
    for article in kb.public_articles():
        lost = unreadable_words(article.title, code)
        if lost:
            yield _problem(article, "title", "search cannot find the words"
                           f" {', '.join(repr(word) for word in lost)} of the title: kbgen's"
                           " search reads words in Latin letters only in this site's"
                           " language; add the words customers type in Latin letters (names,"
                           " error codes) to"
                           " `symptoms` or `errors`", "warning")


def stale(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Articles not updated or reviewed for `stale_after_days`, oldest first."""
    limit = ctx.config.stale_after_days
    dated = [(max(d for d in (a.meta.updated, a.meta.reviewed, a.meta.created) if d), a)
             for a in kb.public_articles()
             if a.meta.updated or a.meta.reviewed or a.meta.created]
    for last, article in sorted(dated, key=lambda pair: (pair[0], pair[1].slug)):
        age = (ctx.today - last).days
        if age > limit:
            key = "reviewed" if article.meta.reviewed == last else "updated"
            yield _problem(article, key, f"stale: last updated or reviewed {age} days ago"
                           f" ({last}); check it is still right, then set `reviewed:"
                           f" {ctx.today}`", "warning")


def unpublished_categories(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Categories without a published article are left off the site: say so (not when
    their articles could not be read: those errors say enough)."""
    published = kb.published_categories()
    held = {article.category for article in kb.articles}  # drafts and internal ones too
    for category in kb.ordered_categories():
        folder = ctx.content_dir / ARTICLES_DIR / category.slug
        empty = category.slug not in held and not any(folder.glob("*.md"))
        if category not in published and (category.slug in held or empty):  # not: unreadable
            yield Problem(category.origin.display_path, category.origin.first_line, "warning",
                          f"category '{category.slug}' has no published article: it gets no"
                          " page and its title is not shown until one is published")


def init_english(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """`kbgen init`'s English contact wording on a site in another language."""
    language = site_language(ctx.config, ctx.theme_language)
    yield from init_wording(ctx.content_dir, language)
    yield from init_profile_wording(ctx.content_dir, language)
    yield from init_example_content(kb, language)


def duplicates(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Published articles that describe the same problem."""
    pairs = likely_duplicates(kb.public_articles(), ctx.config.duplicate_threshold)
    for first, second, score, shared in pairs:
        if first.meta.known_issue or second.meta.known_issue:
            continue  # a known issue shares its errors with the standing article on purpose
        codes = f", same error {', '.join(shared)}" if shared else ""
        yield _problem(second, None, f"likely duplicate of {first.origin.display_path}"
                       f" (similarity {score:.2f}{codes}); merge them or make the difference"
                       " clear in title and symptoms", "warning")


def publishing_gate(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """Personal data and secrets (errors) and HTML that will be stripped (warnings)."""
    yield from gate.personal_data(kb, ctx.config, ctx.content_dir, ctx.tree, ctx.memo)
    yield from gate.unsafe_html(kb, ctx.memo, ctx.site_host)


CHECKS: list[Check] = [article_paths, one_source_per_page, categories, unique_slugs,
                       unique_addresses,
                       unique_titles, related_exist, links_resolve, authors_exist,
                       dates_in_order, findable, issue_problems, news_problems,
                       redirect_problems, written]
"""Rules for every build: what would make the published site wrong or hard to use."""
GATE_CHECKS: list[Check] = [publishing_gate]
"""What must never be published; `kbgen build` may run it beside the rendering."""
REVIEW_CHECKS: list[Check] = [duplicates, stale, unpublished_categories, searchable,
                               described, init_english]
"""Advice for authors in `kbgen check` only: it never blocks publishing a fix elsewhere."""


def run(kb: KnowledgeBase, ctx: CheckContext, review: bool = False, gate: bool = True
        ) -> list[Problem]:
    """Every cross-file problem of the knowledge base, grouped by check."""
    chosen = CHECKS + (GATE_CHECKS if gate else []) + (REVIEW_CHECKS if review else [])
    return [problem for check in chosen for problem in check(kb, ctx)]
