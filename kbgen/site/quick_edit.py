"""A preview's fast lane: a save that changes only the body of existing articles is shown by
re-reading those files and rendering their pages alone, in the server process, with the last
build's live objects (kbgen.site.live).

By the build cache's own rule (kbgen.site.incremental), an article's body shows on its page
only: every other page is made from the front matter of all articles and what the site
shares. The saved file goes through the same reading, checks and publishing gate as in a
build; anything else (a changed front matter, a new, renamed or deleted file, a problem to
report, another kind of file) is left to the full build, which reports problems as always.
The search index, the one whole-site output that holds bodies, catches up after the browser
has reloaded (`SearchCatchUp`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.core import gate
from kbgen.core.checks import CheckContext, links_of
from kbgen.core.known_issues import build_day
from kbgen.core.links import anchors_of
from kbgen.core.loader import read_article
from kbgen.core.model import Article, KnowledgeBase, Page
from kbgen.errors import Problem
from kbgen.site import search_index
from kbgen.site.fastrender.pages import KbPage
from kbgen.site.languages import search_code
from kbgen.site.on_demand import write_page
from kbgen.site.page_reads import installed

if TYPE_CHECKING:
    from kbgen.site.live import LiveSite
    from kbgen.site.search_index import SiteIndex
    from kbgen.site.state import BuildState

log = logging.getLogger("mkdocs.commands.serve")
Wanted = tuple["BuildState", KnowledgeBase, Path, "SiteIndex | None"]
"""An index asked for: the build's state, its articles then, the folder, the index to start
from."""
UP_TO_DATE = "Search index of the preview up to date"
QUIET_S = 0.5
"""Seconds a text save's search index waits for no other save before it is made: a save
that builds in the meantime drops it (its catch-up writes the index from the newer model),
so the build does not share the CPU with it (~1 s at 10,000 articles)."""


@dataclass(frozen=True)
class Saved:
    """An article as saved, and the problems a build would report for it (warnings only)."""

    article: Article
    warnings: list[Problem]


def absorb(live: LiveSite, paths: set[Path], site_dir: Path) -> list[str] | None:
    """Show the saves of `paths` in the preview in `site_dir` by rendering the pages they
    change; the source paths of those pages, or None when the saves need a full build."""
    state, config, files = live.state, live.site_config, live.files
    if not live.ready or state is None or config is None or files is None or not paths:
        return None
    if state.languages is not None:  # other languages' sites are built with this one
        return None
    if live.day != build_day():  # a new day: posts due, issues over, every page's dates
        return None
    if not state.fast.enabled:  # pages are MkDocs' own (`fast_render: false`): built anew
        return None
    docs = Path(config.docs_dir)
    saved: dict[str, Saved] = {}
    for path in paths:
        uri = _article_uri(state, docs, path)
        if uri is None:
            return None
        found = _reread(state, docs, uri)
        if found is None:
            return None
        saved[uri] = found
    for uri, found in saved.items():
        for problem in found.warnings:
            logging.getLogger("mkdocs.plugins.kbgen").warning(str(problem))
        _replace(state, uri, found.article)
    try:
        for uri in saved:
            _render(live, uri, site_dir)
    except Exception:
        live.ready = False  # the model holds what no page shows: the next save builds all
        raise
    return sorted(saved)


def unread(live: LiveSite, path: Path) -> bool:
    """True for a save no build reads: a hidden file or folder in the content folder (an
    editor's swap file) but one a file of the last build links to, or a file gone again that
    the last build did not have (an editor's test file)."""
    config, files = live.site_config, live.files
    if config is None:
        return False
    try:
        uri = path.absolute().relative_to(Path(config.docs_dir).absolute()).as_posix()
    except ValueError:
        return False
    if any(part.startswith(".") for part in uri.split("/")):
        tree = live.state.tree if live.state is not None else None
        return tree is None or os.path.realpath(path) not in tree.linked
    return (live.ready and files is not None and not path.exists()
            and files.get_file_from_path(uri) is None)


def _article_uri(state: BuildState, docs: Path, path: Path) -> str | None:
    """The source path of the article `path` is, when the last build had it and it still is
    a file; else None."""
    try:
        uri = path.resolve().relative_to(docs.resolve()).as_posix()
    except (OSError, ValueError):
        return None
    return uri if uri in state.articles and path.is_file() else None


def _reread(state: BuildState, docs: Path, uri: str) -> Saved | None:
    """The saved article when only its body changed and neither reading nor the checks of
    its body (links, the publishing gate) find an error; else None."""
    article, problems = read_article(docs, uri, state.settings.internal_keys)
    before = state.articles[uri]
    if (article is None or problems or article.front_matter != before.front_matter
            or dict(article.internal) != dict(before.internal)):
        return None
    problems = [*body_problems(state, docs, article), *links_into(state, docs, before, article)]
    if any(problem.level == "error" for problem in problems):
        return None
    return Saved(article, problems)


def body_problems(state: BuildState, docs: Path, article: Article) -> list[Problem]:
    """What a build's checks find in `article`'s body: its links, personal data, unsafe HTML
    (the rest of the checks read front matter, unchanged)."""
    kb = state.kb
    ctx = CheckContext(docs, state.settings, build_day(), memo=state.memo)
    # the contact data (what may be published) without its origin: the gate's findings in
    # other files (contact data, profiles, categories) are left out below, so not looked for
    alone = KnowledgeBase(articles=[article], contact=kb.contact, synonyms=kb.synonyms)
    where = article.origin.display_path
    uri = article.origin.src_uri  # its links to its own headings: those it has now
    now = replace(kb, articles=[article if a.origin.src_uri == uri else a for a in kb.articles])
    found = [*links_of([article], now, ctx),
             *gate.personal_data(alone, state.settings, memo=state.memo),
             *gate.unsafe_html(alone, own_host=state.own_host)]
    return [problem for problem in found if problem.path == where]


def links_into(state: BuildState, docs: Path, before: Article, article: Article
               ) -> list[Problem]:
    """What a build's checks newly find in the links of other articles and pages to
    `article`, saved in place of `before` (headings they link to that it no longer has)."""
    if anchors_of(article.body) == anchors_of(before.body):
        return []
    kb = state.kb
    ctx = CheckContext(docs, state.settings, build_day(), memo=state.memo)
    now = replace(kb, articles=[article if a is before else a for a in kb.articles])
    others: list[Article | Page] = [*kb.articles, *kb.pages.values()]
    sources = [source for source in others if source is not before]
    known = {str(problem) for problem in links_of(sources, kb, ctx)}
    return [problem for problem in links_of(sources, now, ctx) if str(problem) not in known]


def _replace(state: BuildState, uri: str, article: Article) -> None:
    """Put the saved article in the model in place of the one the build loaded."""
    before = state.articles[uri]
    articles = state.kb.articles
    articles[next(i for i, a in enumerate(articles) if a is before)] = article
    state.kb.__dict__.pop("_lookups", None)  # lists computed from the articles of before
    state.related.replace(before, article)
    state.articles[uri] = article


def _render(live: LiveSite, uri: str, site_dir: Path) -> None:
    """Render and write the page of article `uri` as the build did."""
    config, files, env, nav, state = (live.site_config, live.files, live.env, live.nav,
                                      live.state)
    assert config is not None and files is not None and env is not None and nav is not None
    assert state is not None
    file = files.get_file_from_path(uri)
    page = file.page if file is not None else None
    assert file is not None and isinstance(page, KbPage)
    page.article = state.articles[uri]
    write_page(page, config, files, nav, env, site_dir, recorder=installed())


class SearchCatchUp:
    """Writes the preview's search index anew after saves, in a thread of its own, from a
    copy of the model taken when asked (the next save does not wait for it). Not in a
    forked process: forking the server of a big site cost more than it saved. Made from the
    last index of the same build when there is one (only bodies changed: the documents whose
    text is the same are not analysed again, as in a quick build): made whole, it took a CPU
    for seconds at 10,000 articles, and a save that came meanwhile waited for it."""

    def __init__(self) -> None:
        self._wanted: Wanted | None = None
        self._asked = 0.0
        """When the index wanted was asked for (`time.monotonic`)."""
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._last: tuple[BuildState, SiteIndex] | None = None
        """The last index written, and the build whose model it was made from."""

    def request(self, state: BuildState, site_dir: Path, base: SiteIndex | None = None
                ) -> None:
        """Bring the index in `site_dir` up to date with `state`'s articles, soon (call it
        before logging the save: UP_TO_DATE is then logged after that line only once the
        index holds the save); `base`: an index of `state`'s front matter, synonyms,
        language and day to start from (None: made whole)."""
        kb = replace(state.kb, articles=list(state.kb.articles))
        with self._lock:
            last = self._last
            if base is not None and last is not None and last[0] is state:
                base = last[1]  # the newest of the same build
            self._wanted = (state, kb, site_dir, base)
            self._asked = time.monotonic()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="kbgen-search-index",
                                                daemon=True)
                self._thread.start()

    def drop(self) -> Wanted | None:
        """Forget the index asked for and not begun (a save builds: its catch-up writes the
        index); what was dropped, to `request_again` if that build fails."""
        with self._lock:
            wanted, self._wanted = self._wanted, None
        return wanted

    def request_again(self, wanted: Wanted | None) -> None:
        """Ask again for an index `drop` returned (None: nothing)."""
        if wanted is not None:
            state, _, site_dir, base = wanted
            self.request(state, site_dir, base)

    def _run(self) -> None:
        while True:
            with self._lock:
                quiet = QUIET_S - (time.monotonic() - self._asked)
                wanted = None if quiet > 0 else self._wanted
                if quiet <= 0:
                    self._wanted = None
                if wanted is None and quiet <= 0:
                    self._thread = None
                    return
            if wanted is None:
                time.sleep(quiet)
                continue
            state, kb, site_dir, base = wanted
            if state.urls is None:
                continue
            urls, translator, language = state.urls, state.translator, search_code(state)
            try:
                made = search_index.index_text(kb, urls, translator, language, base)
                search_index.write_index(site_dir, made)
            except Exception as exc:  # noqa: BLE001  (the next full build writes it again)
                log.warning(f"The preview's search index was not updated: {exc}")
                continue
            with self._lock:  # logged before any later save's page (see `request`)
                self._last = (state, made)
                if self._wanted is None:
                    log.info(UP_TO_DATE)

    def latest(self, state: BuildState) -> SiteIndex | None:
        """The newest index written of the build of `state` (a text save's, else the
        build's own)."""
        with self._lock:
            last = self._last
        return last[1] if last is not None and last[0] is state else state.search

    def wait(self, timeout: float | None = None) -> None:
        """Wait until the index is written (before a full build replaces the preview)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
