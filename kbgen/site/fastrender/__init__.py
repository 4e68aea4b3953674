"""kbgen's fast renderer: what lets a help centre of thousands of articles build in seconds,
behind one switch (`FastRender(enabled=...)`, the plugin's `fast_render` option).

- pages.py: kbgen's pages take the article as loaded and share one Markdown converter;
- workers.py: article pages rendered and written by forked worker processes;
- frames.py: in the workers, a template's page-independent HTML made once per folder;
- preload.py: the templates compiled once, before the workers fork;
- `kb_once` (theme/article.html): fragments the same on many pages, rendered once per build.

Turned off, MkDocs reads, converts and renders every page itself, one by one, and `kb_once`
renders every time: the site comes out the same, byte for byte (tests/site/test_fastrender.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mkdocs.plugins import get_plugin_logger

from kbgen.build.timings import Timings
from kbgen.site.fastrender import workers as _workers
from kbgen.site.fastrender.frames import unframable
from kbgen.site.fastrender.pages import KbPage, MarkdownCache
from kbgen.site.fastrender.preload import preload
from kbgen.site.page_reads import PageRead, installed

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from kbgen.core.model import Article
    from kbgen.site.hosting import ThemeScripts
    from kbgen.site.incremental import PageCache

log = get_plugin_logger("kbgen")


class OnDemand(Protocol):
    """Takes a build's deferred pages, with what rendering them needs."""

    def __call__(self, pages: list[KbPage], *, config: MkDocsConfig, files: Files,
                 nav: Navigation, env: Environment) -> None: ...
FRAMED_TEMPLATES = ["article.html", "main.html"]
"""The templates of the pages workers render (their frames are checked once per build)."""


class FastRender:
    """The fast renderer of one build (or, turned off, its absence)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.workers = 1
        """Processes rendering article pages (1: MkDocs' page loop renders them)."""
        self.markdown = MarkdownCache()
        """The Markdown converter kbgen's pages share (one per process)."""
        self.rendered: dict[str, str] = {}
        """Template fragments that are the same on many pages (`kb_once`)."""
        self.reads: dict[str, PageRead] = {}
        """What each fragment read while it was rendered (kbgen.site.page_reads)."""
        self.scripts: dict[Path, set[str]] = {}
        """CSP hashes of the theme's inline scripts in the pages workers wrote."""
        self.timings = Timings()
        """Where the time goes (the build's, see BuildState)."""
        self.cache_for: Callable[[Files], PageCache] | None = None
        """The page cache of a build, given its final files (kbgen/site/incremental.py);
        None: no cache."""
        self.on_demand: OnDemand | None = None
        """A preview's taker of the deferred pages, to render each when it is asked for
        (kbgen.site.on_demand); None: render them all in `render_deferred`."""

    def take_pages(self, files: Files, config: MkDocsConfig, articles: Mapping[str, Article],
                   generated: set[str], workers: int | None, serving: bool) -> None:
        """Give articles and generated listings kbgen's page class; defer them to workers
        when the build has enough articles (`workers`: the setting, None for automatic; a
        preview renders in MkDocs' loop)."""
        if not self.enabled:
            return
        built = []
        for file in files.documentation_pages(inclusion=lambda _: True):
            article = articles.get(file.src_uri)
            if article is not None or file.src_uri in generated:
                page = KbPage(None, file, config)
                page.article = article
                page.markdown_cache = self.markdown
                if not file.inclusion.is_excluded():
                    built.append(page)
                elif self.on_demand is not None:  # a preview's draft: rendered when viewed
                    page.deferred = True
        articles_built = sum(page.article is not None for page in built)
        self.workers = 1 if serving else _workers.worker_count(workers, articles_built)
        if self.workers > 1 or self.cache_for is not None:
            for page in built:
                page.deferred = True

    def once(self, key: str, render: Callable[[], str]) -> str:
        """`render()` the first time `key` is seen in this build, the saved HTML after (each
        time when turned off)."""
        if not self.enabled:
            return render()
        recorder = installed()
        if recorder is None:
            if key not in self.rendered:
                self.rendered[key] = render()
            return self.rendered[key]
        if key not in self.rendered:  # what it read is read by each page that shows it
            self.rendered[key], self.reads[key] = recorder.captured(render)
        else:
            recorder.replay(self.reads.get(key, PageRead()))
        return self.rendered[key]

    @staticmethod
    def waits_for_worker(page: Page) -> bool:
        """True for a page a worker renders: kbgen's page events skip it here."""
        return isinstance(page, KbPage) and page.deferred

    @staticmethod
    def rendered_by_worker(page: Page) -> bool:
        """True in a worker, for the page it renders."""
        return isinstance(page, KbPage) and page.in_worker

    def render_deferred(self, env: Environment, *, config: MkDocsConfig, files: Files,
                        nav: Navigation, theme_scripts: ThemeScripts,
                        done: Callable[[], None]) -> list[File]:
        """Render and write the deferred pages in the workers (once the environment is
        final); they leave MkDocs' list of pages. The files they were written from (a
        preview's drafts, rendered when viewed, left out: no sitemap lists them)."""
        deferred = list(_workers.deferred_pages(files, drafts=self.on_demand is not None))
        if not deferred:
            return []
        if self.on_demand is not None:  # rendered when asked for; out of MkDocs' page loop
            self.on_demand(deferred, config=config, files=files, nav=nav, env=env)
            for page in deferred:
                files.remove(page.file)
            return [page.file for page in deferred if not page.file.inclusion.is_excluded()]
        cache = None
        if self.cache_for is not None:
            with self.timings.measure("on_env/kbgen/build cache: what every page shares"):
                cache = self.cache_for(files)
        if self.workers > 1:
            log.info(f"Rendering {len(deferred)} pages in {self.workers} processes"
                     f"{' (unchanged ones from the build cache)' if cache else ''}")
        slow = unframable(env, FRAMED_TEMPLATES)
        if slow:
            log.info(f"Pages of {' and '.join(slow)} are rendered whole, which is slower: the"
                     " template reads the page outside its blocks or defines macros there"
                     " (see 'Big help centres' in kbgen's README)")
        if self.workers > 1:
            with self.timings.measure("on_env/kbgen/compile the templates for the workers"):
                preload(env, [*FRAMED_TEMPLATES, "404.html"])
        with self.timings.measure(f"on_env/kbgen/render pages in {self.workers} processes"):
            self.scripts = _workers.prerender(
                deferred, self.workers, config=config, files=files, nav=nav, env=env,
                theme_scripts=theme_scripts, done=done, timings=self.timings, cache=cache)
        return [page.file for page in deferred]


def toc_key(toc: Any) -> str:
    """What a table of contents shows (levels, anchors and titles), as a `kb_once` key."""
    return repr([(item.level, item.url, item.title, toc_key(item.children)) for item in toc])


__all__ = ["FastRender", "toc_key"]
