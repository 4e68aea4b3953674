"""Render article pages in worker processes, with MkDocs' own page pipeline.

Each worker is a fork of the build taken once every other page has been read and the theme's
environment is ready (`on_env`): it holds the same configuration, files, navigation and
plugins. For each article it runs what MkDocs runs for a page (read, `on_page_markdown`,
Markdown, `on_page_content`, the template context, `on_page_context`, the template,
`on_post_page`) and writes the page. It sends back the page's metadata and anchors: the build
process checks links to anchors with them, then takes the articles out of MkDocs' list of
pages to build (kbgen's `sitemap.xml` still lists them). Log records of the workers are
replayed in the build process in page order, so `--strict` counts their warnings.

Forking needs an operating system that has it (Linux, macOS); elsewhere, and with one
worker, articles render in MkDocs' loop as any page does.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, cast

from mkdocs.commands.build import _populate_page, get_context
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import InclusionLevel
from mkdocs.utils import write_file

from kbgen.core.background import can_fork, start_child
from kbgen.site.fastrender.frames import FrameRenderer
from kbgen.site.fastrender.pages import KbPage, RenderedPage
from kbgen.site.hosting import ThemeScripts
from kbgen.site.page_reads import installed

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation

    from kbgen.build.timings import Timings
    from kbgen.site.incremental import PageCache

log = get_plugin_logger("kbgen")
PARALLEL_FROM = 200
"""From this many article pages, a build renders them in worker processes (when `auto`)."""
CHUNK = 32
"""Pages per task sent to a worker."""
STOP_SECONDS = 60.0
"""How long a worker told to stop may take to write its cache entries before it is killed."""


def cpu_count() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(setting: int | None, articles: int) -> int:
    """Workers for `articles` pages: the setting, or one per CPU from PARALLEL_FROM pages."""
    if not can_fork() or articles < 2:
        return 1
    if setting is not None:
        return min(setting, articles)
    return cpu_count() if articles >= PARALLEL_FROM else 1


@dataclass
class _Job:
    """What every worker inherits from the build it was forked from."""

    pages: list[KbPage]
    config: MkDocsConfig
    files: Files
    doc_files: Sequence[File]
    nav: Navigation
    env: Environment
    theme_scripts: ThemeScripts
    """Tells the theme's inline scripts (hashed for the CSP) from any other."""
    cache: PageCache | None = None
    """Where each rendered page is kept for later builds (see kbgen/site/incremental.py)."""
    keys: list[str] = field(default_factory=list)
    """The cache key of each page (when there is a cache)."""
    frames: FrameRenderer = field(default_factory=FrameRenderer)
    """Each worker fills its own (frames are made as pages come)."""


@dataclass
class _Chunk:
    """A worker's answer for a run of pages."""

    pages: list[RenderedPage] = field(default_factory=list)
    records: list[tuple[str, int, str]] = field(default_factory=list)
    """Log records (logger name, level, message) emitted while rendering."""
    error: str | None = None
    failed_write: tuple[int, str, str | None] | None = None
    """An OSError writing a page (errno, reason, file): raised again in the build process,
    which says what to do (a full disk, a read-only folder, a file-size limit)."""
    trace: str | None = None
    """The traceback of an unexpected error (a bug), where the worker raised it: the build
    process logs it, as it never sees the worker's stack."""


class _Collector(logging.Handler):
    """Keeps a worker's log records for the build process to replay."""

    def __init__(self) -> None:
        super().__init__()
        self.last: logging.LogRecord | None = None
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record is not self.last:  # a record can reach two of the loggers it is added to
            self.last = record
            self.records.append((record.name, record.levelno, record.getMessage()))

    def take(self) -> list[tuple[str, int, str]]:
        """The records kept since the last call."""
        records, self.records = self.records, []
        return records


def _work(job: _Job, connection: Connection, parent: int) -> None:
    """A worker's life: end with the build process `parent` (see `start_child`); route its
    logging to a collector instead of the terminal; leave what the build had loaded out of
    garbage collection (it stays alive: scanning it again and again made each page slower
    the bigger the site); take the templates as loaded (Jinja would otherwise look at each
    template file's time at every include); then render the chunks it is sent until told
    to stop."""
    start_child(parent)
    gc.freeze()
    job.env.auto_reload = False  # templates are as the build found them: no stat per include
    collector = _Collector()
    for logger in (logging.getLogger(), logging.getLogger("mkdocs")):
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.addHandler(collector)
    # The worker's cache entries are written together when it is told to stop.
    with job.cache.store.batch() if job.cache is not None else contextlib.nullcontext():
        while True:
            try:
                task = connection.recv()
            except EOFError:
                return
            if task is None:
                return
            number, indexes = task
            chunk = _render_chunk(job, indexes, collector)
            chunk.records += collector.take()
            connection.send((number, chunk))


def _render_chunk(job: _Job, indexes: list[int], collector: _Collector) -> _Chunk:
    """Render pages `indexes` of the job (in a worker, or here); keep each in the cache
    with what it logged."""
    chunk = _Chunk()
    for index in indexes:
        page = job.pages[index]
        try:
            rendered, html = _render(page, job)
        except OSError as exc:  # the disk, not a bug: no traceback
            chunk.error = f"Error building page '{page.file.src_uri}': {exc}"
            chunk.failed_write = (exc.errno or 0, exc.strerror or str(exc),
                                  None if exc.filename is None else str(exc.filename))
            break
        except Exception as exc:  # noqa: BLE001  (sent back and raised in the build process)
            chunk.error = str(exc) if isinstance(exc, PluginError) else (
                f"Error building page '{page.file.src_uri}': {type(exc).__name__}: {exc}")
            if not isinstance(exc, PluginError):
                chunk.trace = traceback.format_exc()
            break
        records = collector.take()
        chunk.pages.append(rendered)
        chunk.records += records
        if job.cache is not None:
            job.cache.save(job.keys[index], rendered, records, html, page.file.abs_dest_path)
    return chunk


def _render_here(job: _Job, indexes: list[int]) -> _Chunk:
    """Render pages `indexes` in this process: what they log is logged as it comes (and
    kept with them in the cache)."""
    collector = _Collector()
    loggers = (logging.getLogger(), logging.getLogger("mkdocs"))
    for logger in loggers:
        logger.addHandler(collector)
    try:
        chunk = _render_chunk(job, indexes, collector)
    finally:
        for logger in loggers:
            logger.removeHandler(collector)
    chunk.records = []  # already logged
    return chunk


class _Workers:
    """Forked processes rendering chunks of one job; answers come back in chunk order.

    A fork inherits the job (configuration, files, navigation, environment): nothing of it
    is pickled, only the chunks' page numbers on the way in and the answers on the way out.
    """

    def __init__(self, job: _Job, count: int) -> None:
        context = multiprocessing.get_context("fork")
        self.processes: dict[Connection, multiprocessing.process.BaseProcess] = {}
        for _ in range(count):
            mine, theirs = context.Pipe()
            process = context.Process(target=_work, args=(job, theirs, os.getpid()),
                                      daemon=True)
            process.start()
            theirs.close()
            self.processes[mine] = process

    def map(self, chunks: list[list[int]]) -> Iterator[_Chunk]:
        """Each chunk's answer, in order, chunks given to whichever worker is free."""
        waiting = iter(enumerate(chunks))
        busy: set[Connection] = set()
        answers: dict[int, _Chunk] = {}

        def give(connection: Connection) -> None:
            task = next(waiting, None)
            if task is not None:
                connection.send(task)
                busy.add(connection)

        for connection in self.processes:
            give(connection)
        for number in range(len(chunks)):
            while number not in answers:
                for ready in wait(list(busy)):
                    connection = cast(Connection, ready)
                    try:
                        done, chunk = connection.recv()
                    except EOFError:
                        process = self.processes[connection]
                        process.join()
                        raise PluginError(f"A process rendering articles ended (exit code"
                                          f" {process.exitcode}); nothing was published"
                                          f" from this build.") from None
                    busy.discard(connection)
                    answers[done] = chunk
                    give(connection)
            yield answers.pop(number)

    def close(self, finished: bool = False) -> None:
        """Stop every worker: `finished` (every chunk answered), by telling it to, so that it
        writes its cache entries; else (or when it does not end within STOP_SECONDS), by
        killing it."""
        if finished:
            for connection in self.processes:
                with contextlib.suppress(OSError):
                    connection.send(None)
        for connection, process in self.processes.items():
            if finished:
                process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
            process.join()
            connection.close()


def _render(page: KbPage, job: _Job) -> tuple[RenderedPage, bytes]:
    """MkDocs' `_populate_page` and `_build_page` for one page (the template through a
    frame: see `frames.py`); what the build process needs of it, and the bytes written."""
    started = time.perf_counter()
    page.deferred = False
    page.in_worker = True
    config = job.config
    _populate_page(page, config, job.files)
    page.active = True
    try:
        context = get_context(job.nav, job.doc_files, config, page)
        template = job.env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=job.nav)
        html = job.frames.render(template, context, page)
        html = config.plugins.on_post_page(html, page=page, config=config)
    finally:
        page.active = False
    output = html.encode("utf-8", errors="xmlcharrefreplace")
    write_file(output, page.file.abs_dest_path)
    rendered = RenderedPage(page, job.theme_scripts.hashes(html), time.perf_counter() - started)
    recorder = installed()
    if recorder is not None:
        rendered.reads = recorder.take_page(page.file.src_uri)
    return rendered, output


def prerender(pages: list[KbPage], workers: int, *, config: MkDocsConfig, files: Files,
              nav: Navigation, env: Environment, theme_scripts: ThemeScripts,
              done: Callable[[], None], timings: Timings | None = None,
              cache: PageCache | None = None) -> dict[Path, set[str]]:
    """Write `pages`: those `cache` holds as they were, the others rendered in `workers`
    forked processes (1: here); give each page what its worker found, check their links to
    anchors and take them out of `files`. `done()` is called once per page. Returns the CSP
    hashes of each written page's theme scripts. Raises PluginError if a page fails."""
    keys = [cache.key(page) for page in pages] if cache is not None else []
    job = _Job(pages, config, files, files.documentation_pages(), nav, env, theme_scripts,
               cache, keys)
    scripts: dict[Path, set[str]] = {}

    def take(rendered: RenderedPage, records: list[tuple[str, int, str]]) -> None:
        for name, level, message in records:
            logging.getLogger(name).log(level, "%s", message)
        page = _adopt(rendered, files)
        scripts[Path(page.file.abs_dest_path)] = rendered.scripts
        recorder = installed()
        if recorder is not None:
            recorder.add_page(rendered.src_uri, rendered.reads)
        if timings is not None:
            timings.add_page(rendered.src_uri, rendered.seconds)
        done()

    todo = []
    for index, page in enumerate(pages):
        cached = cache.load(keys[index]) if cache is not None else None
        if cache is None or cached is None or not cache.place(page, cached):
            todo.append(index)
            continue
        page.deferred = False
        take(cached.rendered, cached.records)
    if cache is not None:
        linked = cache.published.linked if cache.published is not None else 0
        log.info(f"Build cache: {len(pages) - len(todo)} of {len(pages)} pages unchanged"
                 f"{f' ({linked} linked from the published site)' if linked else ''},"
                 f" {len(todo)} to render")
    chunks = [todo[start:start + CHUNK] for start in range(0, len(todo), CHUNK)]
    processes = _Workers(job, min(workers, len(chunks))) if workers > 1 and chunks else None
    answers = processes.map(chunks) if processes else (_render_here(job, c) for c in chunks)
    finished = False
    here = cache.store.batch() if cache is not None and processes is None else (
        contextlib.nullcontext())  # (a worker writes its own: see `_work`)
    try:
        with here:
            for chunk in answers:
                _take_chunk(chunk, take)
        finished = True
    finally:
        if processes is not None:
            processes.close(finished)
    if cache is not None:
        cache.written(pages, keys)
    level = config.validation.links.anchors
    for page in pages:
        page.validate_anchor_links(files=files, log_level=level)
        files.remove(page.file)
    return scripts


def _take_chunk(chunk: _Chunk, take: Callable[[RenderedPage, list[tuple[str, int, str]]], None]
                ) -> None:
    """Log what a chunk's pages logged and `take` each; raise PluginError if one failed (an
    OSError if a page could not be written)."""
    for name, level, message in chunk.records:
        logging.getLogger(name).log(level, "%s", message)
    if chunk.failed_write is not None:
        raise OSError(*chunk.failed_write)
    if chunk.error is not None:
        if chunk.trace:  # a bug: where it happened, for the report
            log.error(f"Rendering a page failed; the worker's traceback:\n"
                      f"{chunk.trace.rstrip()}")
        raise PluginError(chunk.error)
    for rendered in chunk.pages:
        take(rendered, [])


def _adopt(rendered: RenderedPage, files: Files) -> KbPage:
    file = files.get_file_from_path(rendered.src_uri)
    assert file is not None and isinstance(file.page, KbPage)
    file.page.adopt(rendered, files)
    return file.page


def deferred_pages(files: Files, drafts: bool = False) -> Iterator[KbPage]:
    """Article pages waiting for a worker (`drafts`: also those a preview shows but the site
    leaves out)."""
    for file in files.documentation_pages(inclusion=(lambda _: True) if drafts else
                                          InclusionLevel.is_included):
        if isinstance(file.page, KbPage) and file.page.deferred:
            yield file.page
