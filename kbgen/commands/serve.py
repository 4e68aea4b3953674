"""`kbgen serve`: a live preview, drafts and internal articles shown with a banner.

The preview is built into `.kbgen-cache/preview/` next to mkdocs.yml, so a later `kbgen
serve` answers at once with the last preview while it brings it up to date; with none (after
`kbgen build`, in a fresh clone) it starts as after a save of the content folder below, its
pages rendered when viewed. A save that
changes only articles' text is shown by rendering their pages alone, in this process, from
the last build's live objects (kbgen.site.quick_edit); a save of contact data, profiles or
categories' descriptions that changes nothing else is taken into those objects and only the
pages that can show it are rendered again (kbgen.site.data_saves); any other save of the
content folder runs MkDocs' build without rendering kbgen's pages, which are rendered when a
browser asks for them and caught up in the background (kbgen.site.on_demand); a save of
anything else (mkdocs.yml, the theme, hooks) runs the whole build with kbgen's build cache
(kbgen.site.incremental) into a folder that replaces the served one when done. Pages are
never held back while the preview updates; browsers reload after.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import shutil
import time
from os.path import isfile, join
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mkdocs.exceptions import ConfigurationError

from kbgen.build.collections_paused import COLLECTIONS
from kbgen.build.memo import Recent
from kbgen.commands.preview_error import FIRST_WITH_ERRORS
from kbgen.commands.preview_server import (
    PreviewServer,
    bound_to_this_machine,
    remove_leftovers,
    replace_folder,
    serve_url,
)
from kbgen.commands.saved_states import SavedStates
from kbgen.commands.serve_address import dev_address
from kbgen.commands.start_errors import StartErrors, errors_text
from kbgen.core.build_day import build_day
from kbgen.core.config_tags import refuse_python_tags
from kbgen.errors import KbError
from kbgen.project import preflight
from kbgen.site.cold_start import snapshot_start
from kbgen.site.data_saves import absorb_data, data_files
from kbgen.site.full_collections import full_collections_off
from kbgen.site.incremental import CACHE_DIR
from kbgen.site.kept_reads import KeptReads
from kbgen.site.live import LiveSite, keep_live
from kbgen.site.on_demand import (
    Loader,
    Narrow,
    PagesOnDemand,
    ThemeFiles,
    build_on_demand,
    finish_build,
    search_ahead,
)
from kbgen.site.plugin import kbgen_plugins
from kbgen.site.preview_outputs import Outputs
from kbgen.site.preview_reads import Built, PreviewReads, search_base
from kbgen.site.preview_scripts import PageScripts
from kbgen.site.quick_build import templates_store
from kbgen.site.quick_edit import SearchCatchUp, absorb, unread
from kbgen.site.settings import load_settings
from kbgen.site.template_cache import COMPILED
from kbgen.site.warm_memo import MemoFill, Yielding

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.errors import Problem
    from kbgen.site.search_index import SiteIndex

log = logging.getLogger("mkdocs.commands.serve")
PREVIEW = "preview"
"""The preview's folder in the cache (what `kbgen serve` shows first when it starts)."""

FAST_LANE_FILES = 10
"""At most this many articles saved at once are rendered by the fast lane; more (a search
and replace, a checkout) are rendered when viewed: the browser then reloads at once."""


DATA_SHOWN = "from the saved data alone"
"""Logged when a save of contact data or profiles was shown without a build."""

ALREADY_SHOWN = "Saves already shown (late events of the files of the last update)"
"""Logged when the watcher hands files again that are as the last update found them."""

FIRST_VIEW_WAIT = 5.0
"""Seconds the catch-up after a start with no earlier preview waits for a browser's first
page, which it would otherwise slow down (the server starts listening after the build)."""


def preview_dir(config_file: Path) -> Path:
    """Where `kbgen serve` builds the preview of the project of `config_file`; KbError when
    the cache or preview folder is a link (each build empties the preview folder, so it must
    never be a folder elsewhere)."""
    project = config_file.resolve().parent
    for folder in (project / CACHE_DIR, project / CACHE_DIR / PREVIEW):
        if folder.is_symlink():
            shown = folder.relative_to(project).as_posix()
            raise KbError(f"{shown} is a link (to {folder.readlink()}); kbgen serve empties its"
                          f" preview folder before each build, so it never builds into a"
                          f" folder elsewhere: delete the link (rm {shown}) and run kbgen serve"
                          f" again")
    return project / CACHE_DIR / PREVIEW


class Preview:
    """The preview of one project: its configuration as read before each build, and the
    last build kept live for the saves it can show alone."""

    def __init__(self, config_file: Path, options: dict[str, Any]) -> None:
        self.config_file = config_file
        self.options = options
        self.site_dir = preview_dir(config_file)
        """The folder served."""
        self.staging = self.site_dir.with_name(f"{PREVIEW}-next")
        """Where a full build goes, to replace the served folder when done."""
        self.options["site_dir"] = str(self.staging)
        self.serve_url = ""
        self.live = LiveSite()
        self.search = SearchCatchUp()
        self.pages: PagesOnDemand | None = None
        """The pages of the last build rendered when asked for (None after a full build)."""
        self.outputs = Outputs(self.site_dir)
        self.recent = Recent()
        """The file memo's entries of the last builds (not read from disk again)."""
        self.theme = ThemeFiles()
        """The theme's files as the last build on demand listed them."""
        self.states = SavedStates()
        """The files of the last update as it found them (kbgen.commands.saved_states)."""
        self.reads = PreviewReads()
        """What the preview's pages read (kbgen.site.preview_reads)."""
        self.kept = KeptReads(self.site_dir)
        """That record as the last catch-up left it, kept for the next server."""
        self.whole: Built = (None, None)
        """The state and shape of the last whole build, while no build on demand followed."""
        self.scripts = PageScripts()
        """The theme scripts of each served page, kept between builds on demand."""
        self.start_errors: list[Problem] | None = None
        """Set for a start served to this machine (first_preview, a restart's catch-up): its
        builds collect the content's errors here instead of stopping, until one completes."""
        self.kept_errors = StartErrors(self.site_dir)
        self.errors: str | None = None
        """The content errors the served pages were built with (a start's), else None."""

    def config(self) -> MkDocsConfig:
        """The project's configuration as it is now."""
        from mkdocs.config import load_config
        try:
            refuse_python_tags(self.config_file)  # again before each reload reads it
        except KbError as exc:
            raise SystemExit(str(exc)) from None  # MkDocs prints it and waits for a fix
        config = load_config(config_file=str(self.config_file), **self.options)
        for _, plugin in kbgen_plugins(config):
            # a build earlier in this process left it staged; this preview's memo in memory
            plugin.start_run(recent=self.recent)
        if self.start_errors is not None:
            self.start_errors = []  # not those of a start's build that failed
        self.keep_errors(config)
        return config

    def keep_errors(self, config: MkDocsConfig) -> None:
        """Have the builds of `config` collect the content's errors in `start_errors` (when
        set) instead of stopping: every language's build adds its own."""
        for _, plugin in kbgen_plugins(config):
            plugin.kept_errors = self.start_errors

    def _built(self, config: MkDocsConfig) -> None:
        """A build of `config` completed: keep beside the preview the errors its pages show
        (a start's, kept for a restart), or forget them."""
        errors, self.start_errors = self.start_errors, None
        self.errors = errors_text(config.docs_dir, errors) if errors else None
        self.kept_errors.keep(self.errors)
        if self.errors is not None:
            log.warning(f"{self.errors}\nThe preview shows the pages with these errors;"
                        " kbgen build publishes nothing until they are fixed.")

    def build(self, config: MkDocsConfig | None = None) -> None:
        """Build the whole preview (with the build cache) and serve it."""
        from mkdocs.commands.build import build
        self.live.ready = False
        self.theme.forget()
        log.info("Building documentation...")
        self._stop_pages()  # before the configuration's load starts the plugin's next run
        if self.pages is not None:
            self.pages.reads.close()
        self.reads.forget()
        config = config or self.config()
        keep_live(config, self.live)
        build(config, serve_url=self.serve_url)
        self.search.wait()
        if self.pages is not None:
            self.pages.retire()
        replace_folder(self.staging, self.site_dir)
        self.pages = None
        self._built(config)
        self.outputs.built(self.live.files or [])
        self.whole = self.kept.recall(self.reads, self.live)  # the next catch-up narrowed
        gc.collect()  # the build it replaced: no catch-up follows (full_collections)

    def build_on_demand(self, config: MkDocsConfig | None = None, hold: float = 0.0,
                        load: Loader | None = None, fill: MemoFill | None = None) -> None:
        """Build the preview again without rendering kbgen's pages: each is rendered when
        asked for, the rest and the search index, feeds and `_headers` catch up after
        (`load`: kbgen's content loaded another way, kbgen.site.cold_start; `fill`: run
        once caught up, kbgen.site.warm_memo)."""
        started, cpu = time.perf_counter(), time.thread_time()
        log.info("Building documentation (pages rendered when viewed)...")
        earlier, pages = self.pages, PagesOnDemand(self.site_dir)
        whole, self.whole = self.whole, (None, None)
        pages.hold = hold
        pages.before_finish = self.search.wait  # a text save's index, from an older model
        dropped = self.search.drop()  # not begun: our catch-up's end writes the index
        if earlier is not None:  # its end (search index, feeds) runs on: written before ours
            earlier.stop(finished=False)  # before the load starts the plugin's next run
            pages.follow(earlier)
            self.reads.take(*earlier.recorded(), (earlier.state, earlier.shape),
                            earlier.narrowed, earlier.written_apart())
        try:
            config = config or self.config()
            config["site_dir"] = str(self.site_dir)
            keep_live(config, self.live)
            with COLLECTIONS.paused():
                files = build_on_demand(config, pages, self.theme, load)
        except BaseException:  # the record stays: `earlier` resumes, unrecorded (`take`)
            self.search.request_again(dropped)
            if earlier is not None:
                earlier.resume()
            raise
        if earlier is not None:
            earlier.retire()
            pages.collection.owe()  # the build replaced (full_collections)
        self.pages = pages
        self._built(config)
        self.outputs.built(files)
        yielding = Yielding(pages.stopping, pages.turns)

        def ended() -> None:
            if pages.stopping():  # a newer build: its catch-up's end keeps the record
                return
            self.kept.save(self.reads.merged(*pages.recorded(), (pages.state, pages.shape),
                                             pages.narrowed))
            if fill is not None:
                fill.run(pages.state, pages.config, yielding)
        pages.ended = ended
        pages.catch_up(lambda: finish_build(config, pages, self._search_base(
            (earlier.state, earlier.shape) if earlier is not None else whole, pages),
            self.scripts), lambda: search_ahead(config, pages), self._narrow(pages))
        log.info(f"Preview updated in {time.perf_counter() - started:.2f} s"
                 f" ({time.thread_time() - cpu:.2f} s of CPU): {pages.waiting} pages rendered"
                 " when viewed, the others, the search index and feeds follow")

    def _narrow(self, pages: PagesOnDemand) -> Narrow | None:
        """Which of `pages`' waiting pages its catch-up renders: those the record says can
        have changed (kbgen.site.preview_reads); None without a record."""
        state, shape = pages.state, pages.shape
        if self.reads.recorded is None or state is None or shape is None:
            return None
        return lambda waiting: self.reads.to_render(state, shape, waiting, pages.stopping)

    def _search_base(self, earlier: Built, pages: PagesOnDemand
                     ) -> Callable[[], SiteIndex | None] | None:
        """The search index the catch-up's end of `pages` starts from: that of the build
        `earlier` (the one it replaced, on demand or whole), read once that build's end is
        written."""
        state, shape = earlier
        if state is None or shape is None:
            return None
        before = (state, shape)

        def base() -> SiteIndex | None:
            if pages.state is None or pages.shape is None:
                return None
            return search_base(before, (pages.state, pages.shape),
                               self.search.latest(before[0]))
        return base

    def start_cold(self, config: MkDocsConfig) -> None:
        """The first build of a project with no last preview (after `kbgen build`, a fresh
        clone): a site in one language is built with its pages rendered when viewed, the
        rest caught up in the background, its content taken from the last `kbgen build`
        when it can (kbgen.site.cold_start); a site in several languages is built whole."""
        if one_language(config):
            shutil.rmtree(self.site_dir, ignore_errors=True)  # no index: no usable preview
            with COLLECTIONS.paused():  # the snapshot's objects too (collections_paused)
                start = snapshot_start(self.config_file, Path(config.docs_dir))
                if start is not None and start.content.theme is not None:
                    self.theme.give(start.content.theme)  # as the build listed it
                self.build_on_demand(config, hold=FIRST_VIEW_WAIT,
                                     load=start.load if start is not None else None,
                                     fill=MemoFill(lambda: start.taken) if start else None)
        else:
            self.build(config)

    def _stop_pages(self) -> None:
        if self.pages is not None:
            self.pages.stop()

    def _written(self, src_uri: str) -> None:
        """The page of `src_uri` was rendered by the fast lane: not to render again."""
        file = self.live.files.get_file_from_path(src_uri) if self.live.files else None
        if file is not None and self.pages is not None:
            self.pages.forget(file.dest_uri, src_uri)

    def show(self, path: str) -> None:
        """Render the page at `path` in the served folder now if it waits to be."""
        pages = self.pages
        if pages is not None:
            pages.render(path)

    def on_demand(self, changed: set[Path]) -> bool:
        """Whether the saves of `changed` can be shown by `build_on_demand`: files of the
        content folder only, after a build of a site in one language."""
        config, state = self.live.site_config, self.live.state
        if not changed or config is None or state is None or state.languages is not None:
            return False
        docs = Path(config.docs_dir).absolute()
        return all(path.absolute().is_relative_to(docs) for path in changed)

    def update(self, changed: set[Path]) -> bool:
        """Show the saves of `changed` (none: rebuild it all); False when none changes the
        preview."""
        saved = {path for path in changed if not unread(self.live, path)}
        if changed and not saved:
            return False
        if saved and self.states.shown(saved):
            log.info(ALREADY_SHOWN)
            return False
        states = self.states.now(saved) if saved else None
        self.states.forget()
        shown = self._show(saved)
        self.states.keep(states)
        return shown

    def _show(self, saved: set[Path]) -> bool:
        """Show the saves of `saved` (none: rebuild it all)."""
        started = time.perf_counter()
        with self.pages.lock if self.pages is not None else contextlib.nullcontext():
            pages = (absorb(self.live, saved, self.site_dir)
                     if saved and len(saved) <= FAST_LANE_FILES else None)
            for uri in pages or ():
                self._written(uri)
            later = self.pages is not None and self.pages.finish_pending
        if pages is None:
            if not self._show_data(saved):
                if self.on_demand(saved):
                    self.build_on_demand()
                else:
                    self.build()
            return True
        state = self.live.state
        assert state is not None
        if not later:  # else the catch-up's end writes it, from the model as it is then
            self.search.request(state, self.site_dir,  # same front matter: from the last one
                                state.search if self.live.day == build_day() else None)
        log.info(f"Rendered {', '.join(pages)} in {time.perf_counter() - started:.2f} s (only"
                 f" {'its' if len(pages) == 1 else 'their'} text changed; the search index"
                 f" follows {'with the other pages' if later else 'in a moment'})")
        return True

    def _show_data(self, saved: set[Path]) -> bool:
        """Show saves of contact data or team profiles by rendering again only the pages
        that can show them (kbgen.site.data_saves); False when they need a build."""
        pages, config = self.pages, self.live.site_config
        if pages is None or config is None or data_files(self.live, saved) is None:
            return False
        started, cpu = time.perf_counter(), time.thread_time()
        pages.stop()  # a text save's index is waited for by the catch-up's finish, not here
        try:
            with pages.lock, COLLECTIONS.paused():
                found = absorb_data(self.live, saved)
        except BaseException:
            self.live.ready = False  # the model may hold half of it: the next save builds
            pages.resume()
            raise
        if found is None:
            pages.resume()
            return False
        waiting = pages.again(None if found.everywhere else found.shown)
        log.info(f"Preview updated in {time.perf_counter() - started:.2f} s"
                 f" ({time.thread_time() - cpu:.2f} s of CPU) {DATA_SHOWN}: {waiting} pages"
                 " that can show it rendered when viewed, the others unchanged")
        return True

    def error_page(self, code: int) -> bytes | None:
        """The preview's own page for a 404 or 500."""
        page = join(self.site_dir, f"{code}.html")
        if code in (404, 500):
            self.show(f"{code}.html")  # a template written when asked for (on_demand)
        if code in (404, 500) and isfile(page):
            with open(page, "rb") as f:
                return f.read()
        return None


def first_preview(preview: Preview, config: MkDocsConfig, server: PreviewServer,
                  local: bool) -> None:
    """Start the preview with no last one to serve. Served to this machine only (`local`), the
    content's errors (a privacy gate's findings in an imported site) do not stop it, as there
    is nothing else to show; they are on every page served, and in the terminal, until a save
    builds the site without them, and kept beside the preview for a restart (`restart`).
    Served to the network, they stop it, as `kbgen build`."""
    if local:
        preview.start_errors = []
        preview.keep_errors(config)
    preview.start_cold(config)
    if preview.errors is not None:
        server.failure, server.notice = preview.errors, FIRST_WITH_ERRORS


def restart(preview: Preview, server: PreviewServer) -> None:
    """Serve the last preview at once (to this machine only) while a build brings it up to
    date: with the notice of the errors its pages were built with, if any, from the first
    page served; that build, like a first preview's, shows the content's errors rather than
    stopping."""
    preview.errors = preview.kept_errors.read()
    if preview.errors is not None:
        server.failure, server.notice = preview.errors, FIRST_WITH_ERRORS
    preview.start_errors = []
    log.info("Serving the last preview while it is brought up to date")
    server.rebuild_soon()


def one_language(config: MkDocsConfig) -> bool:
    """Whether the site of `config` is in one language (no `extra.kb.languages` set)."""
    try:
        settings = load_settings(config.extra, config.config_file_path, config.docs_dir)
    except ConfigurationError:  # the whole build reports it
        return False
    return len(settings.languages) < 2


def serve(config_file: Path, dev_addr: str | None = None, open_browser: bool = False) -> None:
    """Serve the site with live reload until interrupted."""
    dev_addr = dev_address(dev_addr) if dev_addr is not None else None
    preflight(config_file)  # no Python tags for MkDocs' unsafe YAML loader, no missing template
    preview = Preview(config_file, {"dev_addr": dev_addr} if dev_addr else {})
    remove_leftovers(preview.site_dir)
    config = preview.config()
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    local = bound_to_this_machine(host)
    # The last preview may show errors (first_preview): served at once to this machine only.
    last_preview = local and (preview.site_dir / "index.html").is_file()
    mount_path = urlsplit(config.site_url or "/").path
    server = PreviewServer(preview.update, host=host, port=port, root=str(preview.site_dir),
                           mount_path=mount_path)
    port = server.bind_now()  # before the first build: port 0 is the system's free port
    preview.serve_url = serve_url(host, port, mount_path)
    # MkDocs' serve sets site_url to this local address; kbgen keeps the site's own, which
    # the publishing gate accepts (it refuses a 127.* address as private) and which the
    # pages of the site to be published carry.
    server.error_handler = preview.error_page
    server.errors_shown = lambda: preview.errors
    server.prepare = preview.show
    COMPILED.store = templates_store(config)  # as a quick build's
    with full_collections_off():  # run by the catch-ups instead (full_collections)
        try:
            if last_preview:  # answer at once with the last preview while a build catches up
                restart(preview, server)
            else:
                first_preview(preview, config, server, local)
            server.watch(config.docs_dir)
            if config.config_file_path:
                server.watch(config.config_file_path)
            config.plugins.on_serve(server, config=config, builder=preview.build)  # adds watches
            for item in config.watch:
                server.watch(item)
            try:
                server.serve(open_in_browser=open_browser)
            except KeyboardInterrupt:
                log.info("Shutting down...")
            finally:
                server.shutdown()
        finally:
            COMPILED.store = None
            server.server_close()
            config.plugins.on_shutdown()
