"""`kbgen build` when only existing articles changed since the last full build: their pages
alone are rendered (with a change of front matter, also the pages that read it:
kbgen.site.front_matter_build), with MkDocs' own page pipeline, and everything else is
linked from the published site.

By the build cache's rule (kbgen.site.incremental) an article's body shows on its own page
and in the search index only: every other page is made from the front matter of all articles
and what the site shares. So the quick build takes the knowledge base of the last full build
(kbgen.build.snapshot), reads again each article changed since (kbgen.commands.quick), and
goes on only when its front matter is as in the snapshot and the same reading, checks and
publishing gate as a full build find nothing in it (kbgen.site.quick_edit's, which `kbgen
serve` uses for the same kind of save). A front matter that differs from the snapshot's is
taken when the snapshot holds what each page read; such a build keeps a new snapshot (the
site as it published it), which the next quick build starts from. It makes MkDocs' files and
navigation as a build does (the plugins' own events), renders the changed pages, makes the
search index anew and publishes a new folder: hard links to every other file of the
published site (kbgen.build.links' reasoning: no file is ever rewritten in place) and the
changed files, swapped in as a full build's folder is. Anything it cannot vouch for (another
language, a plugin or hook besides kbgen's own, a warning, a problem, a page whose scripts
differ) ends it with None: the caller then runs the full build, which reports problems as
always.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.structure.files import InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation

from kbgen.build.store import Store
from kbgen.build.timings import Timings, measured
from kbgen.core.checks import CheckContext, links_of
from kbgen.core.known_issues import build_day
from kbgen.core.links import anchors_of
from kbgen.core.loader import read_article
from kbgen.core.model import Article, KnowledgeBase, Page
from kbgen.core.search_head import PackedStore, packed_store
from kbgen.site import search_index
from kbgen.site.build_inputs import only_known_plugins
from kbgen.site.fastrender.pages import KbPage
from kbgen.site.front_matter_build import (
    NotVouched,
    check_articles,
    front_matter_changed,
    new_record,
    pages_to_render,
    without_documents,
)
from kbgen.site.hosting import ThemeScripts
from kbgen.site.incremental import CACHE_DIR, file_memo
from kbgen.site.languages import search_code
from kbgen.site.loading import add_pages
from kbgen.site.page_reads import Lookup, SiteReads
from kbgen.site.plugin import KbPlugin, kbgen_plugin
from kbgen.site.progress import build_summary
from kbgen.site.quick_edit import body_problems
from kbgen.site.site_files import NewSiteFile, refresh_site_files
from kbgen.site.template_cache import COMPILED
from kbgen.site.theme_listing import Listing, add_theme_files

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page as MkDocsPage

    from kbgen.build.last_build import Record
    from kbgen.site.content_changes import ContentChanges
    from kbgen.site.state import BuildState

log = logging.getLogger("mkdocs.plugins.kbgen")
PHASE = "kbgen build: quick"
"""Where `--profile` shows the quick build's steps."""
TEMPLATES = "templates"
"""Where the quick build keeps compiled templates (inside the build cache folder)."""
SEARCH_FILES = (search_index.KB_INDEX_PATH, search_index.PARTS_DIR + "/",
                search_index.TEXT_DIR + "/", search_index.PAIRS_DIR + "/", search_index.INDEX_PATH,
                search_index.OFFLINE_PATH)
"""The search index's files: written anew, never linked (`write_index` rewrites in place)."""
COPIED = (search_index.INDEX_PATH, search_index.OFFLINE_PATH)
"""Search files `write_index` reads before writing: copied (their bytes, a new file)."""


class Fallback(Exception):  # noqa: N818  (not an error: the full build takes over)
    """The quick build cannot vouch for the result; the reason is logged at debug level."""


def quick_build(config: MkDocsConfig, content: QuickContent, changed: list[str],
                warnings: list[Record], staging: Path, target: Path,
                timings: Timings | None = None, spare: bool = False) -> Quick | None:
    """Build into `staging` from `content` (the snapshot) with the articles `changed` read
    again, linking the rest from `target` (with `spare`: `staging` is the site's spare,
    kbgen.build.spare, a hard link to each of its files already); `warnings`: what the build
    that published `target` logged. The summary counts and the files written, or None: run
    the full build (nothing logged at WARNING or above, `staging` to be emptied)."""
    plugin = kbgen_plugin(config)
    # the full build's check of the settings holds: only bodies changed
    plugin.start_run(staged=True, published=target, settings_checked=True)
    config.site_dir = str(staging)
    watch = _Warnings()
    loggers = (logging.getLogger(), logging.getLogger("mkdocs"))
    shown = {handler for logger in loggers for handler in logger.handlers}
    for logger in loggers:
        logger.addHandler(watch)
    for handler in shown:  # an attempt's warnings and errors: the full build's to report
        handler.addFilter(_below_warning)
    config.plugins.on_startup(command="build", dirty=False)
    COMPILED.store = templates_store(config)
    try:
        done = _run(config, plugin, content, changed, warnings, staging, target, timings,
                    watch, spare)
    except Fallback as reason:
        log.debug(f"kbgen: a full build, not a quick one: {reason}")
        return None
    except Exception as exc:  # noqa: BLE001  (a plugin's error: the full build reports it)
        log.debug(f"kbgen: a full build, not a quick one: {exc!r}")
        return None
    finally:
        COMPILED.store = None
        config.plugins.on_shutdown()
        for logger in loggers:
            logger.removeHandler(watch)
        for handler in shown:
            handler.removeFilter(_below_warning)
    for name, level, message in warnings:
        logging.getLogger(name).log(level, "%s", message)
    return done


def templates_store(config: MkDocsConfig) -> Store:
    """Where builds of `config` keep compiled templates for quick builds (a full build
    fills it, so that the first quick build after it compiles none)."""
    return Store(Path(config.config_file_path).parent / CACHE_DIR / TEMPLATES)


def _below_warning(record: logging.LogRecord) -> bool:
    return record.levelno < logging.WARNING


def _run(config: MkDocsConfig, plugin: KbPlugin, content: QuickContent, changed: list[str],
         warnings: list[Record], staging: Path, target: Path, timings: Timings | None,
         watch: _Warnings, spare: bool) -> Quick:
    with measured(timings, f"{PHASE}/settings (on_config)"):
        config = config.plugins.on_config(config)
        state = plugin.build
        if state.languages is not None or not state.use_cache or not only_known_plugins(config):
            raise Fallback("another language, the cache off, or another plugin")
        config.plugins.on_pre_build(config=config)
    with measured(timings, f"{PHASE}/read and check the changed articles"):
        articles, front = _take_changed(state, config, content, changed, warnings)
    with measured(timings, f"{PHASE}/files, pages and navigation"):
        files = get_files(config)
        env = config.theme.get_env()
        if content.theme is None:
            files.add_files_from_theme(env, config)
        else:
            add_theme_files(files, content.theme, config)
        for method in config.plugins.events["files"]:
            if getattr(method, "__self__", None) is plugin:
                add_pages(state, files, config)
            else:
                files = method(files, config=config) or files
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
    others: set[str] = set()
    answers: dict[Lookup, str] = {}
    if front and content.reads is not None:
        with measured(timings, f"{PHASE}/the pages that show the changed front matter"):
            try:
                others, answers = pages_to_render(state, files, config, nav, content.reads,
                                                  front)
            except NotVouched as reason:
                raise Fallback(str(reason)) from None
    with measured(timings, f"{PHASE}/render the changed pages"):
        pages = _populate(config, files, nav, articles, others)
        env = config.plugins.on_env(env, config=config, files=files)
        _render(config, files, nav, env, pages, state, target)
        state.page_reads.finish()
    if watch.seen:
        raise Fallback(f"it logged: {watch.seen[0]}")
    with measured(timings, f"{PHASE}/search index"):
        assert state.urls is not None
        index = search_index.index_text(state.kb, state.urls, state.translator,
                                        search_code(state), without_documents(
                                            content.search, set(front)), changed)
    written = {page.file.dest_uri for page in pages}
    if not spare:
        with measured(timings, f"{PHASE}/link the unchanged files"):
            link_site(target, staging, written)
    kept = None
    if front and content.reads is not None:
        with measured(timings, f"{PHASE}/feeds, sitemap and 404 page"):
            try:
                written.update(refresh_site_files(state, config, files, nav, env, staging,
                                                  front))
            except NewSiteFile as reason:
                raise Fallback(str(reason)) from None
        record = new_record(content.reads, state.page_reads.record, answers,
                            {page.file.src_uri for page in pages})
        if record is not None:
            kept = QuickContent(replace(state.kb), index, content.theme,  # changes kept
                                packed_store(index.data.get("store")), record)
    with measured(timings, f"{PHASE}/write the search index"):
        indexed = search_index.write_index(staging, index, linked=spare, store=content.store)
    log.info(f"kbgen: Quick build: {len(changed)} article{'s' * (len(changed) != 1)} changed"
             f" since the last full build, {len(pages)} page{'s' * (len(pages) != 1)}"
             " rendered, every other file linked from the published site")
    return Quick(build_summary(state.kb), sorted(written), indexed if spare else None, kept)


def _take_changed(state: BuildState, config: MkDocsConfig, content: QuickContent,
                  changed: list[str], warnings: list[Record]
                  ) -> tuple[dict[str, Article], dict[str, tuple[Article, Article]]]:
    """Put the changed articles, read again, in the snapshot's model and make it the
    build's; those whose front matter changed too, as (before, now). Raise Fallback unless
    a full build would find nothing new, and, when front matter changed, the snapshot
    recorded what each page read (kbgen.site.front_matter_build)."""
    docs = Path(config.docs_dir)
    kb = content.kb
    front: dict[str, tuple[Article, Article]] = {}
    state.memo = file_memo(state, config)
    by_uri = {article.origin.src_uri: index for index, article in enumerate(kb.articles)}
    logged = [message for _, _, message in warnings]
    taken: dict[str, Article] = {}
    anchors_moved = False
    for uri in changed:
        index = by_uri.get(uri)
        article, problems = read_article(docs, uri, state.settings.internal_keys)
        if index is None or article is None or problems:
            raise Fallback(f"{uri} could not be read as before")
        before = kb.articles[index]
        if front_matter_changed(before, article):
            if content.reads is None:
                raise Fallback(f"the front matter of {uri} changed (and no record of reads)")
            front[uri] = (before, article)
        name = Path(uri).name
        if any(uri in message or name in message for message in logged):
            raise Fallback(f"the last build logged a warning about {uri}")
        anchors_moved = anchors_moved or anchors_of(article.body) != anchors_of(before.body)
        kb.articles[index] = article
        taken[uri] = article
    kb.__dict__.pop("_lookups", None)
    state.kb = kb
    state.articles = {article.origin.src_uri: article for article in kb.articles}
    for article in taken.values():
        if body_problems(state, docs, article):
            raise Fallback(f"the checks found problems in {article.origin.display_path}")
    if front:
        try:
            check_articles(state, docs, config, front, warnings)
        except NotVouched as reason:
            raise Fallback(str(reason)) from None
    if anchors_moved:  # links of other pages to headings the changed articles no longer have
        ctx = CheckContext(docs, state.settings, build_day(), memo=state.memo)
        sources: list[Article | Page] = [*kb.articles, *kb.pages.values()]
        if any(str(problem) not in logged for problem in links_of(sources, kb, ctx)):
            raise Fallback("links to the changed articles' headings changed")
        data = repr((kb.team, kb.draft_team, kb.categories, kb.contact))
        if any(Path(uri).name in data for uri in taken):  # a profile linking to a heading
            raise Fallback("a profile or data file names a changed article")
    return taken, front


def _populate(config: MkDocsConfig, files: Files, nav: Any, articles: dict[str, Article],
              others: set[str]) -> list[MkDocsPage]:
    """Read the pages of the navigation (their titles show on every page) and read and
    convert the changed articles' pages and the pages `others` (source paths), as MkDocs'
    build does; the pages to write (drafts and internal articles have none)."""
    pages: list[MkDocsPage] = []
    for uri, article in articles.items():
        file = files.get_file_from_path(uri)
        if file is None or file.inclusion.is_excluded():
            continue
        page = file.page
        if not isinstance(page, KbPage):
            raise Fallback(f"{uri} is not rendered by kbgen's pages")
        page.article = article
        page.deferred = False
        pages.append(page)
    for uri in sorted(others - set(articles)):
        file = files.get_file_from_path(uri)
        if file is None or file.inclusion.is_excluded() or file.page is None:
            raise Fallback(f"{uri} has no page any more")
        if isinstance(file.page, KbPage):
            file.page.deferred = False
        pages.append(file.page)
    for page in nav.pages:
        if page not in pages:
            _populate_page(page, config, files)
    for page in pages:
        _populate_page(page, config, files)
    for file in files.documentation_pages(inclusion=lambda _: True):
        if isinstance(file.page, KbPage):
            file.page.deferred = False  # none is left for the workers of on_env
    return pages


def _render(config: MkDocsConfig, files: Files, nav: Any, env: Any, pages: list[MkDocsPage],
            state: BuildState, target: Path) -> None:
    """Write the changed pages as MkDocs does; raise Fallback when one's inline scripts
    differ from its published version's (the hosting headers hash them)."""
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    scripts = state.theme_scripts or ThemeScripts.from_env(env)
    for page in pages:
        with contextlib.suppress(FileNotFoundError):  # a link in the spare: never written into
            os.unlink(page.file.abs_dest_path)
        _build_page(page, config, doc_files, nav, env)
        page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        written = Path(page.file.abs_dest_path).read_text(encoding="utf-8")
        try:
            published = (target / page.file.dest_uri).read_text(encoding="utf-8")
        except OSError:
            raise Fallback(f"{page.file.dest_uri} is not in the published site") from None
        if scripts.hashes(written) != scripts.hashes(published):
            raise Fallback(f"the scripts of {page.file.dest_uri} changed")


def link_site(published: Path, staging: Path, written: set[str]) -> None:
    """Fill `staging` with hard links to every file of `published` but those `written`
    there already and the search index (its two files that `write_index` reads first are
    copied); OSError when a link cannot be made (the caller's full build then writes)."""
    for folder, folders, names in os.walk(published):
        relative = os.path.relpath(folder, published)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        os.makedirs(os.path.join(staging, relative), exist_ok=True)
        for name in names:
            path = prefix + name
            if path in written:
                continue
            source, copy = os.path.join(folder, name), os.path.join(staging, prefix + name)
            if path in COPIED:
                shutil.copyfile(source, copy)
            elif not path.startswith(SEARCH_FILES):
                os.link(source, copy, follow_symlinks=False)
        folders.sort()


def search_files(site: Path) -> list[str]:
    """The search index's files in `site`, relative to it (what `write_index` writes)."""
    found = [name for name in (search_index.KB_INDEX_PATH, *COPIED) if (site / name).is_file()]
    for folder in (search_index.PARTS_DIR, search_index.TEXT_DIR, search_index.PAIRS_DIR):
        with contextlib.suppress(OSError):
            found += [f"{folder}/{entry.name}" for entry in os.scandir(site / folder)]
    return found


class Quick(NamedTuple):
    """What a quick build did."""

    counts: dict[str, int]
    """The summary's counts (kbgen.site.progress.build_summary)."""
    written: list[str]
    """The pages it wrote (paths in the site); the search index's files besides."""
    indexed: list[str] | None
    """Into the site's spare: the search index's files it wrote or removed (the others are
    the published ones); else None (it wrote all of them)."""
    content: QuickContent | None = None
    """After a change of front matter, what later quick builds start from (the site as
    published now); None: they start from the last full build's."""


class _Warnings(logging.Handler):
    """What the quick build logs at WARNING or above (any is a reason for the full build)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


class QuickContent(NamedTuple):
    """What a full build keeps for quick builds to start from."""

    kb: KnowledgeBase
    """The knowledge base as loaded."""
    search: search_index.SiteIndex | None
    """Its search index, with each document and its terms."""
    theme: Listing | None = None
    """The theme's files as MkDocs listed them (kbgen.site.theme_listing)."""
    store: PackedStore | None = None
    """Its search index's store as the site writes it (titles, locations, summaries: a
    quick build's are the same)."""
    reads: SiteReads | None = None
    """What each page read of the articles' front matter (None: not recorded)."""
    overlay: ContentChanges | None = None
    """The changes this content was read back with onto a full build's
    (kbgen.site.content_changes); None: a full build's own."""


def quick_content(state: BuildState) -> QuickContent | None:
    """What a full build keeps for quick builds (None where they are never taken: a
    multilingual site, a preview)."""
    if state.languages is not None or state.serving:
        return None
    store = packed_store(state.search.data.get("store")) if state.search is not None else None
    record = state.page_reads.record
    return QuickContent(replace(state.kb),  # no lookups computed while building
                        shared_words(state.search), state.theme_files, store,
                        record if record is not None and record.complete else None)


def shared_words(search: search_index.SiteIndex | None) -> search_index.SiteIndex | None:
    """`search` with the words of pairs its documents have (`Documents`) made of one string
    object per word for all documents, so that a snapshot pickles each word once (at 10,000
    articles 2.6 MB rather than 7.7 MB, loaded in half the time), the same sets; and each
    document and its terms pickled apart when the snapshot is (`KeptDocument`,
    `KeptTerms`)."""
    if search is None or not search.documents:
        return search
    one: dict[str, str] = {}
    return search._replace(documents={
        key: (document if isinstance(document, search_index.KeptDocument)
              else search_index.KeptDocument(dict(document)),
              terms if isinstance(terms, search_index.KeptTerms)
              else search_index.KeptTerms(terms),
              frozenset(one.setdefault(word, word) for word in words))
        for key, (document, terms, words) in search.documents.items()})
