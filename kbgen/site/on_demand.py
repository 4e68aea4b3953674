"""A preview's pages rendered when asked for: after a save that changes what many pages show
(a new, renamed or deleted article, front matter, a profile, contact data, categories),
`kbgen serve` runs MkDocs' build up to the templates with the same plugins and checks, but
leaves kbgen's pages (articles, listings) unrendered: each is rendered when the browser asks
for it (`PagesOnDemand.render`), and the rest, then the whole-site outputs kbgen writes after
the pages (search index, feeds, `_headers`, redirects), catch up in a thread after the
browsers reloaded (`PagesOnDemand.catch_up`): only the pages that can show the save, when
what the pages read is recorded (kbgen.site.preview_reads).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.commands.build import (
    _build_extra_template,
    _build_page,
    _build_theme_template,
    _populate_page,
    get_files,
    get_navigation,
)
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.pages import Page

from kbgen.site import search_index
from kbgen.site.fastrender import FastRender
from kbgen.site.fastrender.pages import KbPage
from kbgen.site.full_collections import QUIET_S, OwedCollection
from kbgen.site.languages import search_code
from kbgen.site.page_policy import theme_scripts
from kbgen.site.page_reads import PageReads, Recorder, installed
from kbgen.site.plugin import kbgen_plugin
from kbgen.site.preview_reads import PreviewRecorder, Shape, reading, shape_of
from kbgen.site.preview_scripts import PageScripts
from kbgen.site.publish import publish
from kbgen.site.redirects import remove_redirects
from kbgen.site.turns import Turns

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation

    from kbgen.site.page_reads import SiteReads
    from kbgen.site.search_index import SiteIndex
    from kbgen.site.state import BuildState

log = logging.getLogger("mkdocs.commands.serve")
Loader = Callable[["Files", "MkDocsConfig"], bool]
"""kbgen's loading of a build's content in another way; False: it did nothing."""
Narrow = Callable[[set[str]], "set[str] | None"]
"""Which of the pages waiting (source paths) the catch-up renders; None: all."""
CAUGHT_UP = "Every page of the preview rendered, search index and feeds up to date"
NARROWED = ("The catch-up renders {left} of the {waiting} pages waiting, the others as shown"
            " (what they read is unchanged)")
SEARCH_AHEAD = "Search index written from the last build's ({waiting} pages still to render)"


def write_page(page: Page, config: MkDocsConfig, files: Files, nav: Navigation,
               env: Environment, site_dir: Path,
               listed: DocumentationPages | None = None, recorder: Recorder | None = None
               ) -> None:
    """Render and write `page` of a build as the build would (MkDocs' page pipeline; a draft
    or internal article with MkDocs' draft marker and kbgen's banner), served whole or not
    at all. `listed`: the documentation pages of `files`, listed once for many pages;
    `recorder`: the build's, noting what the page reads (kbgen.site.preview_reads)."""
    file = page.file
    if isinstance(page, KbPage):
        page.deferred = False
    served = site_dir / file.dest_uri
    written = served.with_name(f".{served.name}.new")
    file.__dict__["abs_dest_path"] = str(written)
    excluded = file.inclusion.is_excluded()
    doc_files = (listed or DocumentationPages(files)).of(excluded)
    with reading(file.src_uri, recorder):
        _populate_page(page, config, files)
        _build_page(page, config, doc_files, nav, env, excluded=excluded)
    if written.exists():  # MkDocs writes no empty page
        written.replace(served)
    page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


class DocumentationPages:
    """The documentation pages of a build's files as a page's template is given them (a
    draft's: those shown in the preview; else those included), each list made once: making
    it for every page cost O(pages²), most of a catch-up at 10,000 articles."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self._lists: dict[bool, Sequence[File]] = {}

    def of(self, excluded: bool) -> Sequence[File]:
        """The documentation pages a page (`excluded` from the site or not) is given."""
        found = self._lists.get(excluded)
        if found is None:
            found = self._lists[excluded] = self._files.documentation_pages(
                inclusion=InclusionLevel.is_in_serve if excluded else InclusionLevel.is_included)
        return found


class PagesOnDemand:
    """The kbgen pages of one preview build not rendered yet, by their path in the site;
    `turns.lock` is held by whoever renders a page of the build (they share one converter),
    the catch-up's turn coming after any other thread's (kbgen.site.turns)."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.turns = Turns()
        self.collection = OwedCollection()
        """The full collection the catch-up owes (kbgen.site.full_collections)."""
        self._started = 0.0
        self._current: str | None = None
        """The page being rendered (no longer in `_stale`)."""
        self.config: MkDocsConfig | None = None
        self._stale: dict[str, Page] = {}
        self._templates: dict[str, Callable[[], None]] = {}
        self._every_template: dict[str, Callable[[], None]] = {}
        self._job: tuple[MkDocsConfig, Files, Navigation, Environment] | None = None
        self._listed: DocumentationPages | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._finishing = False
        """The catch-up writes the search index and feeds (holding the lock)."""
        self.finish_pending = False
        """The catch-up's end is still to come: it will write the search index and feeds
        from the model as it is then (read under the lock)."""
        self._earlier: threading.Thread | None = None
        """The catch-up of the build this one replaces, maybe still writing its end."""
        self.state: BuildState | None = None
        """kbgen's state of the build (set when it is done)."""
        self._finish: Callable[[], None] = lambda: None
        self.viewed = threading.Event()
        """Set when a browser asked for a page waiting to be rendered."""
        self.ended: Callable[[], None] = lambda: None
        """Called when a catch-up ended, outside the lock (the record kept on disk)."""
        self.before_finish: Callable[[], None] = lambda: None
        """Waited for before the finish, outside the lock (the search index another thread is
        writing from an older model: the finish's must be the last written)."""
        self.hold = 0.0
        """Seconds the catch-up waits for a browser's first page (a start: its server is not
        listening yet, and the catch-up would slow the first page down)."""
        self.reads = PageReads()
        """What this build's pages read as they are rendered (kbgen.site.preview_reads)."""
        self.shape: Shape | None = None
        """What all of this build's pages depend on (set when it is done)."""
        self.narrowed = False
        """The catch-up renders only the pages the record says can have changed; the
        others are as the preview had them."""
        self.reshape: Callable[[], Shape] | None = None
        """The build's shape made again (after a data save: the data files are in it)."""
        self._unrecorded: set[str] = set()
        """Pages written after the recording ended (source paths)."""
        self._taken: tuple[SiteReads | None, set[str]] | None = None
        """The recording as `recorded` first took it."""

    def take(self, pages: list[KbPage], *, config: MkDocsConfig, files: Files,
             nav: Navigation, env: Environment) -> None:
        """Keep the build's deferred `pages` to render later (kbgen.site.fastrender)."""
        self._job = (config, Files(list(files)), nav, env)
        self._listed = DocumentationPages(self._job[1])
        self._stale = {page.file.dest_uri: page for page in pages}

    def take_templates(self, templates: dict[str, Callable[[], None]]) -> None:
        """Keep the build's templates to write later, by their path in the site."""
        self._templates = dict(templates)
        self._every_template = dict(templates)

    def again(self, src_uris: list[str] | None) -> int:
        """Render again, when asked for or caught up, the pages of `src_uris` and every page
        that is not an article's (None: every page), the templates, then `finish` again (the
        model they are made from changed in place, kbgen.site.data_saves); how many. The
        search index is written by `finish` alone: written first, under `lock`, it held up
        the page the browser asked for (1-5 s at 10,000 articles). What the other pages
        read stays recorded: a data save changes no article, lookup answer, title or
        address (kbgen.site.data_saves), and its pages cannot call a shortcode."""
        assert self._job is not None
        self.stop()
        self._resume_state()
        files = self._job[1]
        wanted = set(src_uris) if src_uris is not None else None
        articles = kbgen_plugin(self._job[0]).build.articles
        with self.turns.first():
            for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve):
                if file.page is not None and (wanted is None or file.src_uri in wanted
                                              or file.src_uri not in articles):
                    self._stale[file.dest_uri] = file.page
            self._templates = dict(self._every_template)
            if self.reads.recorder is None or self.reads.recorder is not installed():
                self._unrecorded |= self.sources()  # rendered after the recording ended
            if self.reshape is not None:  # the data files changed: the record's shape too
                self.shape = self.reshape()
        self.catch_up(self._finish)
        return len(self._stale)

    def write_template(self, dest_uri: str) -> None:
        """Write the template of `dest_uri` if it waits to be (else nothing)."""
        with self._turn():
            write = self._templates.pop(dest_uri, None)
            if write is None:
                return
            try:
                write()
            except Exception as exc:  # noqa: BLE001  (the last preview's is served)
                log.error(f"The preview's {dest_uri} was not written: {exc}")

    def render(self, dest_uri: str) -> None:
        """Render the page written to `dest_uri` if it waits to be (else nothing)."""
        if self._job is None or not dest_uri.endswith(".html"):
            return
        if dest_uri in self._templates:
            self.write_template(dest_uri)
            return
        if dest_uri not in self._stale and dest_uri != self._current:
            return  # written: not held up by the catch-up's end (`finish`, under the lock)
        with self._turn():  # also waits for the page if the catch-up is rendering it
            self._current = dest_uri  # before it leaves `_stale` (read without the lock)
            page = self._stale.pop(dest_uri, None)
            if page is None:
                self._current = None
                return
            if threading.current_thread() is not self._thread:
                self.viewed.set()
            config, files, nav, env = self._job
            try:
                write_page(page, config, files, nav, env, self.site_dir, self._listed,
                           self.reads.recorder)
            except Exception as exc:  # noqa: BLE001  (the last preview's page is served)
                log.error(f"The preview of {page.file.src_uri} was not rendered: {exc}")
            finally:
                self._current = None

    def _turn(self) -> contextlib.AbstractContextManager[None]:
        """The lock, as the catch-up takes it (after any other thread waiting) or as any
        other thread does (ahead of the catch-up's next page)."""
        if threading.current_thread() is self._thread:
            return self.turns.after_others()
        return self.turns.first()

    @property
    def lock(self) -> contextlib.AbstractContextManager[None]:
        """The lock, taken ahead of the catch-up's next page (a save's render)."""
        return self.turns.first()

    def forget(self, dest_uri: str, src_uri: str) -> None:
        """`dest_uri` (of `src_uri`) was written by someone else (the fast lane, under
        `lock`); after the recording ended, what it read is not known."""
        self._stale.pop(dest_uri, None)
        if self.reads.recorder is None or self.reads.recorder is not installed():
            self._unrecorded.add(src_uri)

    @property
    def waiting(self) -> int:
        """How many pages wait to be rendered."""
        return len(self._stale)

    def files(self) -> list[File]:
        """The files of the pages waiting to be rendered."""
        return [page.file for page in self._stale.values()]

    def sources(self) -> set[str]:
        """The source paths of the pages waiting to be rendered."""
        return {page.file.src_uri for page in self._stale.values()}

    def _narrow(self, narrow: Narrow) -> None:
        """Leave waiting only the pages `narrow` names: asked outside `lock` (a second at
        10,000 articles, which a page asked for meanwhile does not wait for; a save that
        changes the model stops the catch-up first), applied under it."""
        waiting = len(self._stale)
        try:
            wanted = narrow(self.sources())
        except Exception as exc:  # noqa: BLE001  (read while a save changed it: every page)
            log.debug(f"The catch-up renders every page: {exc}")
            return
        if wanted is None:
            return
        with self.turns.after_others():
            if self._stop.is_set():
                return
            self._stale = {dest_uri: page for dest_uri, page in self._stale.items()
                           if page.file.src_uri in wanted}
            self.narrowed = True
        log.info(NARROWED.format(left=len(self._stale), waiting=waiting))

    def written_apart(self) -> set[str] | None:
        """When the catch-up stopped before it narrowed, pages still waiting (a newer build
        came while it asked the record): the source paths of the pages written after the
        recording ended; the pages neither those nor recorded still show what the record
        before this build has (kbgen.site.preview_reads). None otherwise."""
        if self.narrowed or not self._stale:
            return None
        return set(self._unrecorded)

    def recorded(self) -> tuple[SiteReads | None, set[str]]:
        """Stop recording (the catch-up stopped): what the pages rendered read (None when
        not known) and the source paths of the pages it does not vouch for (waiting, or
        written after the recording ended); again after `resume`, with those since."""
        if self._taken is None:
            with contextlib.nullcontext() if self._finishing else self.turns.first():
                self.reads.finish()  # not while a page is rendered (see `retire`)
            self._taken = (self.reads.record, self.sources() | self._unrecorded)
        made, unknown = self._taken
        return made, unknown | self.sources() | self._unrecorded

    def catch_up(self, finish: Callable[[], None],
                 first: Callable[[], None] | None = None, narrow: Narrow | None = None
                 ) -> None:
        """Render every waiting page in a thread, then call `finish()` (under `lock`),
        unless `stop` is called first; again after `stop` with the same `finish`. `first`,
        if given, is called (under `lock`) before any page the browser did not ask for;
        `narrow` before it, to leave waiting only the pages it names."""
        self._stop.clear()
        self._finish = finish
        self.finish_pending = True
        self._started = time.monotonic()

        def run() -> None:
            if self.hold:
                self.viewed.wait(self.hold)
            if self._earlier is not None:  # its search index and feeds before ours
                self._earlier.join()
            if narrow is not None and not self._stop.is_set():
                self._narrow(narrow)
            if first is not None and not self._stop.is_set():
                with self.turns.after_others():
                    try:
                        first()
                    except Exception as exc:  # noqa: BLE001  (`finish` writes it again)
                        log.warning(f"The preview's search index was not written early: {exc}")
            for dest_uri in list(self._stale):
                if not self._go_on():
                    return
                self.render(dest_uri)
            for dest_uri in list(self._templates):
                if not self._go_on():
                    return
                self.write_template(dest_uri)
            self.collection.run()  # if owed (full_collections)
            self.before_finish()
            with self.turns.after_others():
                if self._stop.is_set():
                    return
                self._finishing = True
                self.reads.finish()  # every page rendered: the record is whole
                try:
                    finish()
                except Exception as exc:  # noqa: BLE001  (the next build writes them again)
                    log.warning(f"The preview's search index and feeds were not updated: {exc}")
                    return
                finally:
                    self._finishing = self.finish_pending = False
            try:
                self.ended()
            except Exception as exc:  # noqa: BLE001  (only what the next server starts from)
                log.warning(f"The record of what the preview's pages read was not kept: {exc}")
            log.info(CAUGHT_UP)
        self._thread = threading.Thread(target=run, name="kbgen-pages-catch-up", daemon=True)
        self._thread.start()

    def stopping(self) -> bool:
        """Whether the catch-up was told to stop (`stop`, `retire`)."""
        return self._stop.is_set()

    def _go_on(self) -> bool:
        """Whether the catch-up goes on (False: told to stop); first its full collection, if
        owed and nobody asked for a page for a while (kbgen.site.full_collections)."""
        if self.turns.quiet_for(QUIET_S, since=self._started):
            self.collection.run()
        return not self._stop.is_set()

    def follow(self, earlier: PagesOnDemand) -> None:
        """Write this build's search index and feeds only after `earlier`'s catch-up (of the
        build this one replaces, stopped with `finished=False`) ended."""
        self._earlier = earlier._thread

    def resume(self) -> None:
        """Catch up again after `stop` (the newer build failed): with this build's state in
        the plugin again (the newer build's load started the plugin's next run)."""
        if self._thread is not None:
            self._thread.join()
        self._resume_state()
        self.catch_up(self._finish)

    def _resume_state(self) -> None:
        """Make this build's state the plugin's current one again: MkDocs keeps a process's
        plugin instances from one configuration's load to the next, so a newer build (or,
        in tests, another preview) left its own there, which the pages rendered from now
        on would read (a data save then showed that build's categories)."""
        if self.config is not None and self.state is not None:
            kbgen_plugin(self.config).resume(self.state)

    def stop(self, *, finished: bool = True) -> None:
        """Stop catching up (a newer build replaces this one) and wait for the page being
        rendered; `finished` False: not for the search index and feeds being written (a
        newer build of new objects writes its own after them, `follow`)."""
        self._stop.set()
        self.viewed.set()  # no longer held for a first page
        if self._thread is not None and (finished or not self._finishing):
            self._thread.join()

    def retire(self) -> None:
        """A newer build serves the folder now: stop, wait for the page being rendered and
        render none after (a request that found this build a moment before would write an
        outdated page over the newer build's). A catch-up still writing its end holds the
        lock: no page is being rendered then."""
        self.stop(finished=False)
        with contextlib.nullcontext() if self._finishing else self.turns.first():
            self._stale.clear()
            self._templates.clear()


class ThemeFiles:
    """The theme's static files as MkDocs lists them (`Files.add_files_from_theme`), listed
    once: a save in the content folder does not change the theme (a save of the theme runs
    the whole build, which calls `forget`)."""

    def __init__(self) -> None:
        self._listed: tuple[tuple[object, ...], list[tuple[str, str]]] | None = None
        self._given: list[tuple[str, str]] | None = None

    def give(self, listing: list[tuple[str, str]]) -> None:
        """The next build's listing, as a full build of the same settings, theme and kbgen
        listed it (a cold start's snapshot, kbgen.site.theme_listing): not listed again."""
        self._given = listing

    def add(self, files: Files, env: Environment, config: MkDocsConfig) -> None:
        """Add the theme's static files to `files`, as `Files.add_files_from_theme`."""
        key = (tuple(config.theme.dirs), tuple(config.theme.static_templates),
               config.site_dir, config.use_directory_urls)
        if self._given is not None:
            self._listed, self._given = (key, self._given), None
        if self._listed is None or self._listed[0] != key:
            listing = Files([])
            listing.add_files_from_theme(env, config)
            self._listed = (key, [(file.src_uri, file.src_dir or "") for file in listing])
        for src_uri, theme_dir in self._listed[1]:
            if files.get_file_from_path(src_uri) is None:  # the content's own wins
                files.append(File(src_uri, theme_dir, config.site_dir,
                                  config.use_directory_urls))

    def forget(self) -> None:
        """List the theme again next time."""
        self._listed = self._given = None


def build_on_demand(config: MkDocsConfig, pages: PagesOnDemand, theme: ThemeFiles,
                    load: Loader | None = None) -> Files:
    """MkDocs' build of `config` into the served folder (not emptied first), kbgen's pages
    left to `pages` and kbgen's own post-build work left to `finish_build`; returns every
    file of the build. As MkDocs' `build` in a preview, except: nothing is cleaned, static
    files are copied only when newer, pages are read but kbgen's not rendered; `load`, if
    given, is tried in place of kbgen's `on_files` (kbgen.site.cold_start)."""
    inclusion = InclusionLevel.is_in_serve
    try:
        config = config.plugins.on_config(config)
        state = kbgen_plugin(config).build
        state.fast.on_demand = pages.take
        config.plugins.on_pre_build(config=config)
        files = get_files(config)
        env = config.theme.get_env()
        theme.add(files, env, config)
        files = on_files(files, config, load)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        pages.reads.start(PreviewRecorder(pages.reads))  # as `kbgen build` (page_reads)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        for file in files.documentation_pages(inclusion=inclusion):
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            assert file.page is not None
            with reading(file.src_uri, None if FastRender.waits_for_worker(file.page)
                         else pages.reads.recorder):  # a page rendered now: its reads
                _populate_page(file.page, config, files)
        env = config.plugins.on_env(env, config=config, files=files)
        every_file = Files([*files, *pages.files()])
        files.copy_static_files(dirty=True, inclusion=inclusion)
        pages.take_templates(templates(config, env, files, nav))
        doc_files = files.documentation_pages(inclusion=inclusion)
        for file in doc_files:
            assert file.page is not None
            with reading(file.src_uri, pages.reads.recorder):
                _build_page(file.page, config, doc_files, nav, env,
                            excluded=file.inclusion.is_excluded())
        for file in doc_files:
            assert file.page is not None
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        kbgen = kbgen_plugin(config)
        for event in config.plugins.events["post_build"]:
            if getattr(event, "__self__", None) is not kbgen:  # kbgen's: `finish_build`
                event(config=config)
    except Exception as exc:
        pages.reads.close()
        config.plugins.on_build_error(error=exc)
        if isinstance(exc, BuildError):
            log.error(str(exc))
            raise Abort("Aborted with a BuildError!") from None
        raise
    pages.config, pages.state = config, state
    if isinstance(pages.reads.recorder, PreviewRecorder):
        pages.reads.recorder.built()
        pages.reshape = partial(shape_of, state, every_file, config, nav)
        pages.shape = pages.reshape()
    return every_file


def templates(config: MkDocsConfig, env: Environment, files: Files, nav: Navigation
              ) -> dict[str, Callable[[], None]]:
    """The theme's static templates (the 404 page, the sitemap) and the extra templates of a
    build, each written when asked for or caught up (they list every page: 1-2 s at 10,000
    articles), by their path in the site."""
    found: dict[str, Callable[[], None]] = {}
    for template in config.theme.static_templates:
        found[template] = partial(_build_theme_template, template, env, files, config, nav)
    for template in config.extra_templates:
        found[template] = partial(_build_extra_template, template, files, config, nav)
    return found


def on_files(files: Files, config: MkDocsConfig, load: Loader | None) -> Files:
    """The plugins' `on_files` events in their order, kbgen's replaced by `load` when it
    can (returns True)."""
    if load is None:
        return config.plugins.on_files(files, config=config)
    kbgen = kbgen_plugin(config)
    for event in config.plugins.events["files"]:
        if getattr(event, "__self__", None) is kbgen and load(files, config):
            continue
        files = event(files, config=config) or files
    return files


def search_ahead(config: MkDocsConfig, pages: PagesOnDemand) -> None:
    """Write the search index of a build made by `build_on_demand` before its pages catch
    up, from the index it may start from (a cold start's: the last build's); nothing
    without one. Search then works at once; `finish_build` writes it again."""
    state = pages.state or kbgen_plugin(config).build
    if state.search_base is None or state.urls is None:
        return
    index = search_index.index_text(state.kb, state.urls, state.translator,
                                    search_code(state), state.search_base)
    search_index.write_index(Path(config.site_dir), index)
    state.search_base = index
    log.info(SEARCH_AHEAD.format(waiting=pages.waiting))


def finish_build(config: MkDocsConfig, pages: PagesOnDemand,
                 search_base: Callable[[], SiteIndex | None] | None = None,
                 scripts: PageScripts | None = None) -> None:
    """kbgen's post-build work (its `on_post_build`) of a build made by `build_on_demand`,
    once its pages are written (the search index, feeds, `_headers` and redirects), with
    that build's state (a newer build's load may have started the plugin's next run);
    `search_base`: the index its search index starts from, if none yet (the last build's,
    once that build's catch-up ended); `scripts`: the theme scripts of the pages as the last
    builds read them (only the pages written since are read for `_headers`)."""
    state = pages.state or kbgen_plugin(config).build
    if state.search_base is None and search_base is not None:
        state.search_base = search_base()
    remove_redirects(Path(config.site_dir), config.site_url)  # the last preview's
    if scripts is not None:
        state.fast.scripts = scripts.of_pages(Path(config.site_dir), theme_scripts(state, config))
    publish(state, config)
