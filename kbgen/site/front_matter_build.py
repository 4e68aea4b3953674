"""A quick build's share when articles' front matter changed (titles, tags, category
order, `related`, summaries, authors, dates): which pages to render again, checked by what
each page read in the build the quick build starts from (kbgen.site.page_reads), and the
checks (kbgen.site.changed_checks); the whole-site files made from the front matter (feeds,
sitemap, 404 page) are kbgen.site.site_files'.

A page is rendered again when it read a changed article's front matter, or when a lookup
it made (a category's articles, a tag's, an article's related list, the known issues)
answers otherwise now; what is read outside any page (the site's share) changing is a
change for every page, and the full build takes over. So does anything else this module
cannot vouch for: a page appearing or going (a new status, a new tag page: the site's
files differ), old addresses (`redirect_from`) that changed, a check that finds a problem,
an article in the navigation (every page shows its title).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kbgen.core.checks import CheckContext, links_of
from kbgen.core.known_issues import build_day
from kbgen.core.model import Article
from kbgen.core.templates import template_problems
from kbgen.site.changed_checks import changed_problems
from kbgen.site.incremental import base_signature
from kbgen.site.material import hide_problems
from kbgen.site.page_reads import Answers, Lookup, PageRead, SiteReads
from kbgen.site.search_index import SiteIndex
from kbgen.site.theme_names import page_icon_problems

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation

    from kbgen.site.state import BuildState


class NotVouched(Exception):  # noqa: N818  (not an error: the full build takes over)
    """What the front-matter path cannot vouch for; the message says why."""


def front_matter_changed(before: Article, after: Article) -> bool:
    """Whether `after` differs from `before` in its front matter (internal keys included)."""
    return (after.front_matter != before.front_matter
            or dict(after.internal) != dict(before.internal))


def check_articles(state: BuildState, docs: Path, config: MkDocsConfig,
                   changed: dict[str, tuple[Article, Article]], warnings: list[Any]) -> None:
    """Raise NotVouched unless a full build's cross-file checks find nothing in the new model
    (after a build that logged nothing) and no changed article names other old addresses
    or has another status."""
    for before, after in changed.values():
        if before.meta.redirect_from != after.meta.redirect_from:
            raise NotVouched(f"the old addresses of {after.origin.display_path} changed")
        if before.meta.status != after.meta.status:
            raise NotVouched(f"the status of {after.origin.display_path} changed")
    if warnings:
        raise NotVouched("the last build logged warnings (which its checks may no longer find)")
    ctx = CheckContext(docs, state.settings, build_day(), memo=state.memo)
    custom_dir = config.theme.custom_dir
    now = [after for _, after in changed.values()]
    problems = [*changed_problems(state.kb, now, ctx), *links_of([*now], state.kb, ctx),
                *template_problems(replace(state.kb, articles=now, pages={}),
                                   Path(custom_dir) if custom_dir else None),
                *hide_problems(replace(state.kb, articles=now, pages={})),
                *page_icon_problems(replace(state.kb, articles=now, pages={}),
                                    Path(custom_dir) if custom_dir else None)]
    if problems:
        raise NotVouched(f"the checks found: {problems[0]}")


def pages_to_render(state: BuildState, files: Files, config: MkDocsConfig, nav: Navigation,
                    reads: SiteReads, front: dict[str, tuple[Article, Article]]
                    ) -> tuple[set[str], dict[Lookup, str]]:
    """The source paths of the pages that read what the articles `front` (source path:
    (before, after)) changed, and the lookups' answers asked again; NotVouched when every
    page may show it."""
    if any(page.file.src_uri in state.articles for page in nav.pages):
        raise NotVouched("articles are in the navigation (every page shows their titles)")
    recorder = state.page_reads.recorder
    changed = set(front)
    with recorder.paused() if recorder is not None else contextlib.nullcontext():
        if base_signature(state, files, config) != reads.base:
            raise NotVouched("the site's files, settings or data differ")
        answers = Answers(reads, state.kb, state.related, state.articles, front)

        def moved(call: Lookup) -> bool:
            differs = answers.moved(call)
            if differs is None:
                raise NotVouched(f"{call} cannot be asked again")
            return differs

        if _touched(reads.shared, changed, moved):
            raise NotVouched("what every page shows changed")
        pages = {uri for uri, read in reads.pages.items() if _touched(read, changed, moved)}
    return pages | changed, answers.now


def _touched(read: PageRead, changed: set[str], moved: Any) -> bool:
    return bool(read.articles & changed) or any(moved(call) for call in read.lookups)


def new_record(before: SiteReads, made: SiteReads | None, answers: dict[Lookup, str],
               rendered: set[str]) -> SiteReads | None:
    """The record of the site after a quick build that rendered the pages `rendered`
    (source paths): `before`'s, with those pages' reads and the site's share as `made` holds
    them (other pages it only read for the navigation), and every answer now."""
    if made is None or not made.complete or not rendered <= made.pages.keys():
        return None
    pages = {**before.pages, **{uri: made.pages[uri] for uri in rendered}}
    return SiteReads(pages, made.shared, {**before.answers, **answers, **made.answers},
                     before.base)


FRONT_MATTER_CHANGED = "front matter changed"
"""In place of a body's digest in a document's key: no new document has it."""


def without_documents(index: SiteIndex | None, changed: set[str]) -> SiteIndex | None:
    """`index` as a base for the next one, the documents of the articles `changed` under
    keys no document has now (documents are keyed by their bodies): made again, and, in
    the same order, patched into the index as any changed document is."""
    if index is None or not index.documents or not changed:
        return index
    return index._replace(documents={
        (key[0], key[1], FRONT_MATTER_CHANGED) if key[0] in changed else key: made
        for key, made in index.documents.items()})
