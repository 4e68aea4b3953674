"""What each page of a preview read, kept from one build on demand to the next: the catch-up
after a new, renamed or deleted article or a front-matter change renders only the pages that
can show it (kbgen.site.on_demand), and the others stay as the preview has them.

The record is `kbgen build`'s (kbgen.site.page_reads), read the same way
(kbgen.site.front_matter_build): a page is rendered again when it read a changed article's
front matter or when a lookup it made (a category's or a tag's articles, a related list, the
known issues, the recent articles) answers otherwise now. A preview adds what a build's quick
path never sees: articles that come, go or move (their pages; pages whose text links to their
files) and articles whose bodies alone changed (their own pages). Everything else falls back
to every page as `kbgen build` does: what the site shares besides the articles (settings,
data, other files, the day), the navigation, an article in it, the site's share of the
reads, a status or old addresses changed; and a page with no record (never rendered since the
record began, or left to render by a catch-up that was stopped) is rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from kbgen.core.model import Article
from kbgen.site.front_matter_build import front_matter_changed, without_documents
from kbgen.site.incremental import base_without_pages
from kbgen.site.page_reads import (
    Lookup,
    PageRead,
    PageReads,
    Recorder,
    SiteReads,
    Unmoved,
    answer_now,
    installed,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation

    from kbgen.site.search_index import SiteIndex
    from kbgen.site.state import BuildState

log = logging.getLogger("mkdocs.commands.serve")
Answered = tuple[PageRead, dict[Lookup, str]]
"""What a page read, and the digest of each of its lookups' answers when it was rendered."""
Built = tuple["BuildState | None", "Shape | None"]
"""A preview build's state and shape, when it is done."""
Place = tuple[str, str, str, str, str]
"""A kbgen page's file as pages link to it: destination, address, inclusion, and an
article's slug and category (a generated page's text)."""
UNKNOWN = PageRead(frozenset({"\0what it read is not known"}))
"""What a shared fragment made outside the recording read."""


class PreviewRecorder(Recorder):
    """The recorder of a preview build, shared by `kbgen serve`'s threads: only the thread
    rendering a page notes reads (and, while the build runs, the build's thread: the site's
    share); another thread's reads (a search index, a save's checks) are never noted, and a
    pause is its own thread's."""

    def __init__(self, installer: PageReads) -> None:
        self.installer = installer
        """What installed it (`PageReads.start`)."""
        self._local = threading.local()
        self._owner: int | None = threading.get_ident()
        self.building = True
        """Reads outside a page are the site's share (until `built`)."""
        super().__init__()

    @property  # type: ignore[override]
    def _depth(self) -> int:
        if threading.get_ident() != self._owner:
            return 1  # quiet: not the thread rendering
        return int(getattr(self._local, "depth", 0))

    @_depth.setter
    def _depth(self, value: int) -> None:
        self._local.depth = value

    def page(self, src_uri: str | None) -> None:
        """Note reads for page `src_uri`, rendered by this thread, from now on."""
        super().page(src_uri)
        self._owner = threading.get_ident() if src_uri is not None or self.building else None

    def stop(self) -> None:
        """Uninstall it (a preview left with its catch-up unfinished: in tests)."""
        self.installer.close()

    def built(self) -> None:
        """The build is done: reads outside a page are no longer noted."""
        self.building = False
        if self._page is None:
            self._owner = None

    def captured(self, make: Callable[[], Any]) -> tuple[Any, PageRead]:
        """As `Recorder.captured`; made by another thread (another preview's build, in tests),
        what it read is unknown: a page it is replayed to is rendered again every time."""
        if threading.get_ident() != self._owner:
            return make(), UNKNOWN
        return super().captured(make)


@dataclass(frozen=True)
class Shape:
    """What a preview build's pages all depend on, to compare with the next build's."""

    base: str
    """The site's digest without kbgen's pages (kbgen.site.incremental)."""
    nav: str
    """The navigation's titles and addresses."""
    places: dict[str, Place]
    """Each kbgen page's file (articles and generated listings)."""
    in_nav: bool
    """An article is in the navigation (every page shows its title)."""


@contextlib.contextmanager
def reading(src_uri: str, recorder: Recorder | None) -> Iterator[None]:
    """Reads inside are page `src_uri`'s for `recorder` (rendered by this thread); None, or
    a recorder no longer installed: nothing is noted (the thread's reads are another's to a
    preview's recorder)."""
    if recorder is None or recorder is not installed():
        yield
        return
    recorder.page(src_uri)
    try:
        yield
    finally:
        recorder.page(None)


def shape_of(state: BuildState, files: Files, config: MkDocsConfig, nav: Navigation) -> Shape:
    """The shape of a build of `files` (every file of it, kbgen's pages included)."""
    places = {}
    for file in files:
        article = state.articles.get(file.src_uri)
        if article is not None:
            places[file.src_uri] = (file.dest_uri, file.url, file.inclusion.name, article.slug,
                                    article.category)
        elif file.generated_by:
            places[file.src_uri] = (file.dest_uri, file.url, file.inclusion.name,
                                    file.content_string, "")
    titles = hashlib.blake2b(repr([(item.title, getattr(item, "url", None), item.is_section)
                                   for item in _items(nav.items)]).encode(), digest_size=16)
    return Shape(base_without_pages(state, files, config), titles.hexdigest(), places,
                 any(page.file.src_uri in state.articles for page in nav.pages))


def _items(items: list[Any]) -> list[Any]:
    found = []
    for item in items:
        found.append(item)
        found.extend(_items(getattr(item, "children", None) or []))
    return found


@dataclass
class Recorded:
    """The preview's pages' reads, each as the build that last rendered it, and what the
    last build shared (its shape, its site's share, its articles)."""

    pages: dict[str, Answered]
    shared: Answered
    shape: Shape
    articles: dict[str, Article]


@dataclass(frozen=True)
class Changes:
    """How a build's articles differ from the record's."""

    front: set[str] = field(default_factory=set)
    """Articles come, gone, moved or with other front matter (their source paths)."""
    own: set[str] = field(default_factory=set)
    """Articles whose pages alone change (another body; a link to an article in `front`)."""


class PreviewReads:
    """The record of the pages `kbgen serve` shows, from one build on demand to the next."""

    def __init__(self) -> None:
        self.recorded: Recorded | None = None

    def forget(self) -> None:
        """The preview's pages are no longer as recorded (a full build, a failed one)."""
        self.recorded = None

    def take(self, made: SiteReads | None, waiting: Collection[str], pages: Built,
             narrowed: bool, written: Collection[str] | None = None) -> None:
        """Take what the pages of a preview build whose catch-up stopped read (`made`; None:
        not known): over the record's when the build `narrowed` its catch-up with it (the
        pages it did not render are as the record has them), the pages `waiting` (source
        paths: not rendered, or written after the recording ended) unknown. Taken again
        after that build resumed (a newer one failed), it only adds what is unknown.
        `written`: the catch-up stopped before it narrowed, these pages written after the
        recording ended: the record is kept less the pages the build wrote (the others
        still show what it has; a newer build's catch-up narrows against it, not every
        page: 10,000 pages rendered at 10,000 articles)."""
        if written is not None and not narrowed and self.recorded is not None and (
                made is not None and made.complete):
            drop = made.pages.keys() | set(written)
            before = self.recorded
            self.recorded = Recorded({uri: read for uri, read in before.pages.items()
                                      if uri not in drop}, before.shared, before.shape,
                                     before.articles)
            return
        self.recorded = self.merged(made, waiting, pages, narrowed)

    def merged(self, made: SiteReads | None, waiting: Collection[str], pages: Built,
               narrowed: bool) -> Recorded | None:
        """The record `take` would take (this one's left as it is)."""
        before = self.recorded if narrowed else None
        state, shape = pages
        if made is None or not made.complete or state is None or shape is None:
            return None
        kept = dict(before.pages) if before is not None else {}
        kept.update({uri: answered(read, made) for uri, read in made.pages.items()})
        for uri in waiting:
            kept.pop(uri, None)
        return Recorded(kept, answered(made.shared, made), shape, dict(state.articles))

    def to_render(self, state: BuildState, shape: Shape, pages: Collection[str],
                  stopping: Callable[[], bool] = lambda: False) -> set[str] | None:
        """The source paths of kbgen's `pages` of the build of `state` to render again:
        those the changes since the record can show on; None: every page (why is logged),
        or `stopping()` turned true meanwhile (a catch-up told to stop: a newer build waits
        for it, ~1 s of CPU at 10,000 articles)."""
        recorded = self.recorded
        if recorded is None:
            return _every_page("no record of what the pages read")
        changes = changes_between(recorded.articles, state.articles)
        if changes is None:
            return _every_page("an article's status or old addresses changed")
        if shape.in_nav or recorded.shape.in_nav:
            return _every_page("articles are in the navigation")
        if shape.base != recorded.shape.base or shape.nav != recorded.shape.nav:
            return _every_page("the site's settings, data, other files or navigation differ")
        moved = {uri for uri in recorded.shape.places.keys() | shape.places.keys()
                 if recorded.shape.places.get(uri) != shape.places.get(uri)}
        front = changes.front | moved
        names = {PurePosixPath(uri).name for uri in moved}
        linking = {uri for uri, article in state.articles.items()
                   if any(name in article.body for name in names)}
        now: dict[Lookup, str | None] = {}
        recorder = installed()
        with recorder.paused() if recorder is not None else contextlib.nullcontext():
            unmoved = Unmoved(state.articles, _pairs(recorded.articles, state.articles,
                                                     front | changes.own))

            def touched(answered: Answered) -> bool:
                if stopping():
                    raise _Stopped
                read, answers = answered
                if read.articles & (front | UNKNOWN.articles):
                    return True
                for call in read.lookups:
                    if call in answers and unmoved(call):
                        continue  # its recorded answer holds
                    if call not in now:
                        now[call] = answer_now(call, state.kb, state.related, state.articles)
                    if now[call] is None or now[call] != answers.get(call):
                        return True
                return False

            try:
                if touched(recorded.shared):
                    return _every_page("what every page shows changed")
                shown = {uri for uri, read in recorded.pages.items() if touched(read)}
            except _Stopped:
                return _every_page("the catch-up was told to stop")
        unknown = {uri for uri in pages if uri not in recorded.pages}
        return (shown | unknown | front | changes.own | linking) & set(pages)


class _Stopped(Exception):  # noqa: N818  (a signal, not an error)
    """`to_render`'s caller told it to stop."""


def _pairs(before: dict[str, Article], now: dict[str, Article], uris: set[str]
           ) -> list[tuple[Article, Article]]:
    """The articles of `uris` before and now; one that came or went, itself twice."""
    pairs = []
    for uri in uris:
        old, new = before.get(uri), now.get(uri)
        if old is not None and new is not None:
            pairs.append((old, new))
        elif (either := old or new) is not None:
            pairs.append((either, either))
    return pairs


def _every_page(reason: str) -> set[str] | None:
    log.debug(f"The catch-up renders every page: {reason}")
    return None


def changes_between(before: dict[str, Article], now: dict[str, Article]) -> Changes | None:
    """How the articles `now` differ from those `before` (by source path); None when every
    page may show it (a status or old addresses changed: `kbgen build` falls back too)."""
    changes = Changes()
    for uri in before.keys() | now.keys():
        old, new = before.get(uri), now.get(uri)
        if old is None or new is None:
            changes.front.add(uri)
        elif (old.meta.status != new.meta.status
              or old.meta.redirect_from != new.meta.redirect_from):
            return None
        elif front_matter_changed(old, new):
            changes.front.add(uri)
        elif old.body != new.body:
            changes.own.add(uri)
    return changes


def search_base(before: tuple[BuildState, Shape], now: tuple[BuildState, Shape],
                index: SiteIndex | None) -> SiteIndex | None:
    """`index`, the search index of the build `before`, as the base of the index of the build
    `now` (kbgen.site.search_index: documents of the same text reused, patched when they
    keep their order), its documents of articles whose front matter changed re-keyed
    (kbgen.site.front_matter_build); None when what every document depends on changed
    (settings, synonyms, categories, the day: the site's digest without the articles)."""
    if index is None or before[1].base != now[1].base:
        return None
    changes = changes_between(before[0].articles, now[0].articles)
    return None if changes is None else without_documents(index, changes.front)


def answered(read: PageRead, made: SiteReads) -> Answered:
    """`read` with the digests of its lookups' answers as `made` recorded them."""
    return read, {call: made.answers[call] for call in read.lookups if call in made.answers}
