"""Cross-file rules: each returns Problems, none stops the others."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from kbgen.core.links import find_links, resolve
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.sources import ARTICLES_DIR, DATA_DIR
from kbgen.errors import Level, Problem

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
Check = Callable[[KnowledgeBase, Path], Iterator[Problem]]


def _problem(article: Article, key: str | None, message: str, level: Level = "error",
             line: int | None = None) -> Problem:
    return Problem(article.origin.display_path, line or article.origin.line_of(key), level,
                   message)


def article_paths(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Articles live at `articles/<category>/<slug>.md` with a lowercase-hyphen slug."""
    for article in kb.articles:
        if article.origin.src_uri.count("/") != 2:
            yield _problem(article, None, f"articles must be at {ARTICLES_DIR}/<category>/"
                           "<slug>.md; move this file into its category folder")
        elif not _SLUG.match(article.slug):
            yield _problem(article, None, f"file name '{article.slug}.md' is not a valid slug;"
                           " use lowercase words joined by hyphens, e.g. 'reset-password.md'")


def categories(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Every article's folder is a category described in `_data/categories.yml`."""
    data_file = f"{DATA_DIR}/categories.yml"
    for article in kb.articles:
        if not article.category or article.category in kb.categories:
            continue
        if not (content_dir / data_file).is_file():
            yield _problem(article, None, f"category '{article.category}' is not described:"
                           f" create {data_file} with its title and description")
        else:
            known = ", ".join(sorted(kb.categories)) or "none"
            yield _problem(article, None, f"unknown category '{article.category}'; add it to"
                           f" {data_file} or move the file (known: {known})")


def unique_slugs(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Slugs identify articles in `related`, so each appears once."""
    seen: dict[str, Article] = {}
    for article in sorted(kb.articles, key=lambda a: a.origin.src_uri):
        first = seen.setdefault(article.slug, article)
        if first is not article:
            yield _problem(article, None, f"duplicate slug '{article.slug}': also"
                           f" {first.origin.display_path}; rename one of the files")


def unique_titles(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Two articles with one title confuse customers scanning results."""
    seen: dict[str, Article] = {}
    for article in sorted(kb.articles, key=lambda a: a.origin.src_uri):
        first = seen.setdefault(article.title.casefold(), article)
        if first is not article:
            yield _problem(article, "title", f"title also used by {first.origin.display_path};"
                           " make it say what is different", "warning")


def related_exist(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """`related` names existing articles; a public article names public ones."""
    for article in kb.articles:
        for slug in article.meta.related:
            target = kb.article(slug)
            if target is None:
                yield _problem(article, "related", f"related article '{slug}' does not exist;"
                               " check the slug (the file name without .md)")
            elif article.is_public and not target.is_public:
                yield _problem(article, "related", f"related article '{slug}' is"
                               f" {target.meta.status} and will not be shown", "warning")
            elif target is article:
                yield _problem(article, "related", "an article cannot be related to itself")


def links_resolve(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Relative links point at files that exist, and public pages at public articles."""
    by_uri = {a.origin.src_uri: a for a in kb.articles}
    for article in kb.articles:
        for link in find_links(article.body, article.body_line):
            if not link.is_relative:
                continue
            path = resolve(article.origin.src_uri, link.target)
            target = by_uri.get(path)
            if target is None and not (content_dir / path).exists():
                yield _problem(article, None, f"link to '{link.target}' points to a missing file"
                               f" ({path}); fix the path, relative to this file", line=link.line)
            elif target is not None and article.is_public and not target.is_public:
                yield _problem(article, None, f"link to '{link.target}' points to an article"
                               f" that is {target.meta.status}, not published", line=link.line)


def authors_exist(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """Once `team/` exists, every author is a team member."""
    if not kb.has_team:
        return
    for article in kb.articles:
        author = article.meta.author
        if author and author not in kb.team:
            known = ", ".join(sorted(kb.team)) or "none"
            yield _problem(article, "author", f"author '{author}' is not a team member; add"
                           f" team/{author}.yml or use one of: {known}")


def dates_in_order(kb: KnowledgeBase, content_dir: Path) -> Iterator[Problem]:
    """`updated` is not before `created`."""
    for article in kb.articles:
        created, updated = article.meta.created, article.meta.updated
        if created and updated and updated < created:
            yield _problem(article, "updated", f"updated ({updated}) is before created"
                           f" ({created})", "warning")


CHECKS: list[Check] = [article_paths, categories, unique_slugs, unique_titles, related_exist,
                       links_resolve, authors_exist, dates_in_order]


def run(kb: KnowledgeBase, content_dir: Path) -> list[Problem]:
    """Every cross-file problem of the knowledge base."""
    return [problem for check in CHECKS for problem in check(kb, content_dir)]
