"""The build cache in MkDocs (keys and storage: kbgen/build): pages of earlier builds reused
when nothing they are made from changed.

A kbgen page (an article, a generated listing) is made from its own text and from what the
whole site shares: the settings, the theme, kbgen and every installed package, the day, the
list of files and their addresses, every data file, page and profile, and the front matter of
every article (titles, tags, authors, `related`, categories: what listings and related lists
show). The site's part is one digest, `site_signature`; a page's key adds its own text. So
editing an article's body re-renders that article only, and anything else re-renders every
page (from the Markdown cache, see `kbgen.core.loader`); `kbgen build`'s quick build takes a
change of front matter apart (the digest without it, `signatures`, and what each page read:
kbgen.site.page_reads), rendering only the pages that read it. The whole-site outputs (search
index, sitemap, feeds, `_headers`) are made anew by every build. What a page's worker logged
is kept with it and logged again when it is reused, so warnings (and `--strict`) are as in a
build without the cache; links to anchors are checked every build against every page.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.utils import write_file

from kbgen.build.keys import Digest, folder_digest, installed, software
from kbgen.build.links import Published
from kbgen.build.memo import Memo
from kbgen.build.store import Store
from kbgen.core.build_day import build_day
from kbgen.site import page_reads
from kbgen.site.build_inputs import hook_sources, local_code, only_known_plugins

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kbgen.site.fastrender.pages import KbPage, RenderedPage
    from kbgen.site.state import BuildState

CACHE_DIR = ".kbgen-cache"
"""Next to mkdocs.yml; safe to delete (the next build is then a full one)."""
PAGES = "pages"
FILES = "files"
PUBLISHED = "published"
Record = tuple[str, int, str]
"""A log record as workers send it: logger name, level, message."""


@dataclass(frozen=True)
class CachedPage:
    """A page as an earlier build rendered it (its bytes are read only when asked for: a
    page linked from the published site needs none)."""

    rendered: RenderedPage
    records: list[Record]
    store: Store
    key: str
    length: int
    signature: bytes
    """Of the page's bytes (kept raw, often as a link to the page a build wrote)."""

    @property
    def html(self) -> bytes:
        """The page's bytes; LookupError when the cache no longer holds them whole."""
        html = self.store.get_raw(html_key(self.key), self.length, self.signature)
        if html is None:
            raise LookupError(f"the build cache lost the page {self.key}")
        return html


def html_key(key: str) -> str:
    """Where the bytes of the page of `key` are kept, apart from what the build needs of it
    (most pages are linked, and their bytes never read)."""
    return f"{key}-html"


class PageCache:
    """Rendered kbgen pages by key (see the module's docstring)."""

    def __init__(self, store: Store, signature: str, published: Published | None = None
                 ) -> None:
        self.store = store
        self.signature = signature
        """The digest of what every page shares."""
        self.used: set[str] = set()
        """Keys this build read or wrote."""
        self.published = published
        """The pages of the published site, linked rather than written when unchanged."""

    def key(self, page: KbPage) -> str:
        """What `page` is made from, as a digest."""
        text = (page.article.body if page.article is not None
                else page.file.content_string if page.file.generated_by else None)
        if text is None:  # a kbgen page read from disk (none today): its bytes
            text = Path(page.file.abs_src_path or "").read_bytes().decode("utf-8", "replace")
        return Digest(self.signature, page.file.src_uri, text).hex()

    def load(self, key: str) -> CachedPage | None:
        """The page stored under `key`, if a whole one is."""
        payload = self.store.get(key)
        if payload is None:
            return None
        try:
            rendered, records, length, signature = pickle.loads(payload)
        except Exception:  # noqa: BLE001  (a stale or foreign entry: render the page)
            return None
        self.used.add(key)
        return CachedPage(rendered, records, self.store, key, length, signature)

    def place(self, page: KbPage, cached: CachedPage) -> bool:
        """Put the cached page where `page` is written: a hard link to the same page in the
        published site when it is there untouched, else its bytes; False when the cache
        lost them (then the page is rendered again)."""
        target = page.file.abs_dest_path
        if self.published is not None and self.published.link(page.file.dest_uri, cached.key,
                                                                target):
            return True
        try:
            write_file(cached.html, target)
        except LookupError:
            return False
        return True

    def written(self, pages: list[KbPage], keys: list[str]) -> None:
        """Note where this build wrote each page, for the next build to link."""
        if self.published is None:
            return
        for page, key in zip(pages, keys):
            self.published.wrote(page.file.dest_uri, key, page.file.abs_dest_path)
        self.published.save()

    def save(self, key: str, rendered: RenderedPage, records: list[Record], html: bytes,
             written: str | None = None) -> None:
        """Keep a freshly rendered page for later builds (its bytes first, linked to the file
        `written` that holds them if given: a page is found only once they are there)."""
        self.store.put_raw(html_key(key), html, written)
        self.store.put(key, pickle.dumps((rendered, records, len(html), self.store.sign(html)),
                                         protocol=pickle.HIGHEST_PROTOCOL))
        self.used.add(key)


def cache_for(state: BuildState, config: MkDocsConfig) -> Callable[[Files], PageCache] | None:
    """How this build makes its page cache once its files are final (None when the plugin's
    `cache` option is off)."""
    if not state.use_cache:
        return None
    root = Path(config.config_file_path).parent / CACHE_DIR / PAGES
    published = Published(Store(root.parent / PUBLISHED), state.published) if (
        state.published is not None and only_known_plugins(config)) else None

    def make(files: Files) -> PageCache:
        base, signature = signatures(state, files, config)
        recorder = state.page_reads.recorder
        if recorder is not None:
            recorder.reads.base = base
        return PageCache(Store(root), signature, published)
    return make


def file_memo(state: BuildState, config: MkDocsConfig) -> Memo:
    """Where reading and checking each file keeps its results (`.kbgen-cache/files`)."""
    if not state.use_cache:
        return Memo()
    if state.recent is not None:
        state.recent.next_build()
    return Memo(Store(Path(config.config_file_path).parent / CACHE_DIR / FILES), state.recent)


def site_signature(state: BuildState, files: Files, config: MkDocsConfig) -> str:
    """The digest of everything a kbgen page depends on besides its own text."""
    return signatures(state, files, config)[1]


def signatures(state: BuildState, files: Files, config: MkDocsConfig) -> tuple[str, str]:
    """The digest of what every page shares but the articles' front matter (what pages
    read of it is recorded apart: kbgen.site.page_reads), and `site_signature`."""
    recorder = page_reads.installed()
    with recorder.paused() if recorder is not None else contextlib.nullcontext():
        return _signatures(state, files, config)


def base_signature(state: BuildState, files: Files, config: MkDocsConfig) -> str:
    """`signatures(...)[0]` alone (the articles' front matter not digested: at 10,000
    articles most of the work)."""
    recorder = page_reads.installed()
    with recorder.paused() if recorder is not None else contextlib.nullcontext():
        return _signatures(state, files, config, front_matter=False)[0]


def base_without_pages(state: BuildState, files: Files, config: MkDocsConfig) -> str:
    """The digest of what every page shares but kbgen's pages themselves (the articles'
    files, addresses and front matter, the generated listings: a preview's catch-up compares
    those one by one, kbgen.site.preview_reads)."""
    recorder = page_reads.installed()
    with recorder.paused() if recorder is not None else contextlib.nullcontext():
        return _signatures(state, files, config, with_pages=False)[0]


def _signatures(state: BuildState, files: Files, config: MkDocsConfig,
                with_pages: bool = True, front_matter: bool = True) -> tuple[str, str]:
    front = Digest()
    digest = Digest(software(), _settings(config), state.serving, build_day().isoformat())
    for folder in config.theme.dirs:
        if not installed(Path(folder)) and not Path(folder).resolve().is_relative_to(
                Path(__file__).resolve().parent.parent):
            digest.add(folder).add(folder_digest(Path(folder)))
    for source in [*local_code(config), *hook_sources(config)]:  # code beside mkdocs.yml
        digest.add(str(source)).add(folder_digest(source) if source.is_dir()
                                    else source.read_bytes())
    digest.add(sorted(dict(getattr(config, "hooks", None) or {})))  # hooks' names
    if state.languages is not None:  # the language switcher's targets on every page
        digest.add(sorted((code, sorted(pages)) for code, pages in state.languages.pages.items()))
        digest.add(sorted((key, value) for key, value in state.languages.translations.source_of
                          .items()))
    docs = Path(config.docs_dir).resolve()
    for file in sorted(files, key=lambda f: f.src_uri):
        article = state.articles.get(file.src_uri)
        if not with_pages and (article is not None or file.generated_by):
            continue
        digest.add([file.src_uri, file.dest_uri, file.url, file.inclusion.name])
        if article is not None:
            digest.add([article.slug, article.category])
            if front_matter:
                front.add([article.front_matter, dict(article.internal)])
        elif file.generated_by:
            digest.add(file.content_string)
        elif file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs):
            digest.add(Path(file.abs_src_path).read_bytes())
    base = digest.hex()
    return base, Digest(base, front.hex()).hex()


def _settings(config: MkDocsConfig) -> dict[str, Any]:
    """The loaded settings, as text that is the same from run to run (the output folder,
    which a build picks anew, left out)."""
    values: dict[str, Any] = {}
    for key, value in config.items():
        if key == "site_dir":
            continue
        if key == "plugins":
            value = {name: dict(getattr(plugin, "config", None) or {})  # hooks: modules
                     for name, plugin in value.items()}
        elif key == "theme":
            value = {"name": value.name, "dirs": value.dirs, **dict(value)}
        values[key] = value
    return values
