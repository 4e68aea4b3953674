"""kbgen's pages (articles, generated listings): MkDocs pages that share one Markdown
converter per process, and that can be rendered and written ahead of MkDocs' page loop by
worker processes (see `workers.py`).

MkDocs builds a new `markdown.Markdown` for every page, with its extensions and four
processors of its own; at thousands of articles that set-up costs as much as the conversion.
`SharedMarkdown` builds them once and resets them between pages, which Python-Markdown
supports (`Markdown.reset`). The four processors are MkDocs' own (private, but MkDocs 1.x is
frozen), so links, anchors and titles behave exactly as on any other page.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import markdown
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc
from mkdocs.utils import meta

from kbgen.core.model import Article
from kbgen.site.fastrender.canonical import canonical
from kbgen.site.page_reads import Lookup, PageRead, installed

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files


class SharedMarkdown:
    """One Markdown converter with MkDocs' page processors, reused page after page."""

    def __init__(self, config: MkDocsConfig, files: Files) -> None:
        self.md = markdown.Markdown(extensions=config.markdown_extensions,
                                    extension_configs=config.mdx_configs or {})
        self.raw_html = _RawHTMLPreprocessor()
        self.raw_html._register(self.md)
        self.anchors = _ExtractAnchorsTreeprocessor(None, files, config)  # type: ignore[arg-type]
        self.anchors._register(self.md)
        self.links = _RelativePathTreeprocessor(None, files, config)  # type: ignore[arg-type]
        self.links._register(self.md)
        self.title = _ExtractTitleTreeprocessor()
        self.title._register(self.md)
        self.files = files

    def render(self, page: Page) -> None:
        """Convert `page.markdown` as `Page.render` would, filling the same attributes."""
        self.md.reset()
        self.raw_html.present_anchor_ids = set()
        self.anchors.present_anchor_ids = set()
        self.links.file = page.file
        self.links.links_to_anchors = {}
        self.title.title = None
        page.content = self.md.convert(page.markdown or "")
        page.toc = get_toc(getattr(self.md, "toc_tokens", []))
        page._title_from_render = self.title.title
        # Raw HTML such as `<user id>` in a heading has an `id` without a value: no anchor.
        page.present_anchor_ids = {anchor for anchor in self.anchors.present_anchor_ids
                                   | self.raw_html.present_anchor_ids if anchor}
        if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = self.links.links_to_anchors


class MarkdownCache:
    """The converter of this process for the build whose `files` it was asked for last (a
    forked worker inherits it, or makes its own)."""

    def __init__(self) -> None:
        self.converter: SharedMarkdown | None = None

    def get(self, config: MkDocsConfig, files: Files) -> SharedMarkdown:
        """This process's converter for the build that `files` belongs to."""
        if self.converter is None or self.converter.files is not files:
            self.converter = SharedMarkdown(config, files)
        return self.converter


class KbPage(Page):
    """A page kbgen renders: an article or a generated listing. While `deferred`, MkDocs'
    page loop only reads it (its title shows in the navigation): a worker renders and writes
    it (`workers.py`)."""

    deferred: bool = False
    in_worker: bool = False
    """Rendered by a worker process: the build process counts it when the worker is done."""
    markdown_cache: MarkdownCache | None = None
    """The build's shared converter (MkDocs' own per-page one when None)."""
    article: Article | None = None
    """The article as kbgen loaded it: its body and front matter are not read twice."""

    def _set_canonical_url(self, base: str | None) -> None:
        """As MkDocs sets them, without `urljoin` for a plain URL (kbgen...canonical)."""
        made = canonical(base, self.url) if base else None
        if made is None:
            super()._set_canonical_url(base)
        else:
            self.canonical_url, self.abs_url = made

    def read_source(self, config: MkDocsConfig) -> None:
        """Take the article as loaded (unless a plugin gives the source, as MkDocs allows);
        other pages as MkDocs reads them."""
        source = config.plugins.on_page_read_source(page=self, config=config)
        if source is not None:
            self.markdown, self.meta = meta.get_data(source)
        elif self.article is not None:
            self.markdown = self.article.body.lstrip("\n")  # as MkDocs' meta.get_data
            recorder = installed()  # its own front matter: in its own key, not a read
            with recorder.paused() if recorder is not None else contextlib.nullcontext():
                self.meta = dict(self.article.front_matter)
        else:
            super().read_source(config)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Convert the Markdown with this process's shared converter (not while deferred)."""
        if self.deferred:
            self.content = self.content or ""
            return
        if self.markdown_cache is None:
            super().render(config, files)
        else:
            self.markdown_cache.get(config, files).render(self)

    def adopt(self, rendered: RenderedPage, files: Files) -> None:
        """Take over what a worker found (the page then leaves MkDocs' list of pages): its
        metadata and its anchors."""
        self.deferred = False
        self.meta = rendered.meta
        self._title_from_render = rendered.title
        self.present_anchor_ids = set(rendered.anchors)
        links: dict[File, dict[str, str]] = {}
        for src_uri, anchors in rendered.links_to_anchors.items():
            target = files.get_file_from_path(src_uri)
            if target is not None:
                links[target] = anchors
        self.links_to_anchors = links


class RenderedPage:
    """What a worker sends back for one page (plain data, cheap to pickle)."""

    __slots__ = ("src_uri", "meta", "title", "anchors", "links_to_anchors", "scripts",
                 "seconds", "reads")

    def __init__(self, page: Page, scripts: set[str], seconds: float = 0.0) -> None:
        self.src_uri: str = page.file.src_uri
        self.scripts = scripts
        """CSP hashes of the page's inline scripts."""
        self.seconds = seconds
        """How long the worker took to render and write it."""
        self.reads: tuple[PageRead, dict[Lookup, str]] | None = None
        """What it read of the articles' front matter, with its lookups' answers
        (kbgen.site.page_reads; None: not recorded)."""
        self.meta: dict[str, Any] = dict(page.meta)
        self.title: str | None = page._title_from_render
        self.anchors: list[str] = sorted(a for a in page.present_anchor_ids or () if a)
        self.links_to_anchors: dict[str, dict[str, str]] = {
            target.src_uri: dict(anchors)
            for target, anchors in (page.links_to_anchors or {}).items()}
