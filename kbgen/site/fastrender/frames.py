"""Render many pages of one template from a frame: the template's page-independent HTML,
made once, with each page's blocks rendered into it.

Material's `base.html` is mostly blocks. What lies outside them reads the configuration, and
of the page only its first table-of-contents entry (the "skip to content" link). So pages of
the same template, folder (relative links) and first entry share everything outside their
blocks. A frame is that template rendered once with every block left as a marker; a page is
then its blocks, each rendered with Jinja in the page's own context, put in the markers. At
thousands of articles this skips most of the template work of each page.

Frames are only used for templates whose code outside blocks (with what it extends, includes
and imports with context) reads none of the page but its first heading, the navigation or
kbgen's per-article variables (`reads_page_outside_blocks`); macros defined there would be
bound to the page that made the frame, so templates that define any are rendered whole too.
And two pages of a frame are also rendered whole, the one that makes it and the next: the
next must come out byte for byte the same from the frame, or that frame is not used again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, Template, nodes
from jinja2.runtime import Context, Macro
from jinja2.utils import Namespace

from kbgen.site.fastrender.template_reads import READS, Parse
from kbgen.site.page_reads import PageRead, installed

log = logging.getLogger(__name__)

ASKED_BLOCKS = frozenset({"announce", "outdated"})
"""Blocks that `base.html` tests for content (`self.announce()`) outside any block: kept in
the frame as rendered for its first page."""

PAGE_VARIABLES = frozenset({"page", "nav", "pages", "kb_article", "kb_jsonld", "kb_meta"})
"""Template variables that differ from page to page (or, for the navigation, say which page is
active). `page.toc | first` is allowed: the first entry is part of a frame's key."""

BlockFunction = Callable[[Context], Iterator[str]]


class _MarkedBlocks(dict[str, list[BlockFunction]]):
    """A context's blocks, each to be rendered first as a marker: Jinja adds a parent
    template's blocks with `setdefault`, so blocks only a parent defines are marked too."""

    def setdefault(self, name: str, default: Any = None) -> list[BlockFunction]:
        if name not in self:
            self[name] = [] if name in ASKED_BLOCKS else [_marker(name)]
        return self[name]


def _marker(name: str) -> BlockFunction:
    def marker(context: Context) -> Iterator[str]:
        yield _MARK.format(name)
    marker.kb_marker = True  # type: ignore[attr-defined]
    return marker


_MARK = "\x00kb-block:{}\x00"


@dataclass
class Frame:
    """A template's HTML around its top-level blocks, for one kind of page."""

    parts: list[str]
    """Constant HTML at even positions, block names at odd ones."""
    blocks: dict[str, list[BlockFunction]]
    """Every block of the template and its parents, most derived first (for `super()`)."""
    root_vars: dict[str, Any]
    """What the templates set outside blocks (`features`, `lang`, ...)."""
    checked: bool = False

    @classmethod
    def make(cls, template: Template, context: Mapping[str, Any]) -> Frame | None:
        """Render `template` with its blocks as markers; None if its templates define
        macros or namespaces outside blocks."""
        ctx = template.new_context(dict(context))
        marked = _MarkedBlocks()
        for name, functions in ctx.blocks.items():
            marked[name] = functions if name in ASKED_BLOCKS else [_marker(name), *functions]
        ctx.blocks = marked
        html = template.environment.concat(template.root_render_func(ctx))  # type: ignore[attr-defined]
        root_vars = {k: v for k, v in ctx.vars.items() if k not in context}
        if any(isinstance(value, (Macro, Namespace)) for value in root_vars.values()):
            return None  # bound to the first page, or changed by each page's blocks
        blocks = {name: list(dict.fromkeys(f for f in functions
                                           if not hasattr(f, "kb_marker")))
                  for name, functions in marked.items()}
        parts = html.replace("\x00kb-block:", "\x00").split("\x00")
        return cls(parts, blocks, root_vars)

    def fill(self, template: Template, context: Mapping[str, Any]) -> str:
        """The page of `context`: its blocks in this frame."""
        ctx = template.new_context(dict(context))
        ctx.vars.update(self.root_vars)
        ctx.blocks = {name: list(functions) for name, functions in self.blocks.items()}
        concat = template.environment.concat  # type: ignore[attr-defined]
        html = list(self.parts)
        for index in range(1, len(html), 2):
            html[index] = concat(ctx.blocks[html[index]][0](ctx))
        return "".join(html)


class FrameRenderer:
    """Renders pages through frames, one per template, folder and first heading."""

    def __init__(self) -> None:
        self.frames: dict[tuple[str, str, str], Frame | None] = {}
        self.framable: dict[str, bool] = {}
        """Template name -> whether its code outside blocks leaves the page alone."""
        self.reads: dict[tuple[str, str, str], PageRead] = {}
        """What making each frame read (replayed for each page it makes: page_reads)."""

    def render(self, template: Template, context: Mapping[str, Any], page: Any) -> str:
        """`template.render(context)` for `page`, from its frame when it has a checked one."""
        name = template.name or ""
        if name not in self.framable:
            self.framable[name] = bool(name) and not reads_page_outside_blocks(
                template.environment, name)
        if not self.framable[name]:
            return template.render(context)
        key = (name, page.url.rpartition("/")[0], _first_heading(page))
        recorder = installed()
        if key not in self.frames:
            if recorder is None:
                self.frames[key] = Frame.make(template, context)
            else:
                self.frames[key], self.reads[key] = recorder.captured(
                    lambda: Frame.make(template, context))
            return template.render(context)
        if recorder is not None:
            recorder.replay(self.reads.get(key, PageRead()))
        frame = self.frames[key]
        if frame is None:
            return template.render(context)
        html = frame.fill(template, context)
        if not frame.checked:
            whole = template.render(context)
            if whole != html:
                log.debug(f"Pages like '{page.file.src_uri}' are rendered whole: their "
                          f"template reads the page outside its blocks")
                self.frames[key] = None
                return whole
            frame.checked = True
        return html


def _first_heading(page: Any) -> str:
    """The page's first table-of-contents entry (base.html's skip link), with everything a
    template could read of it."""
    def described(item: Any) -> str:
        children = ",".join(described(child) for child in getattr(item, "children", ()))
        return f"{item.level} {item.url} {item.title} [{children}]"
    first = next(iter(page.toc or ()), None)
    return described(first) if first is not None else ""


def reads_page_outside_blocks(env: Environment, name: str) -> bool:
    """Whether template `name`, outside its blocks (but `announce` and `outdated`), or what
    it extends, includes or imports with context there, reads a PAGE_VARIABLES name (other
    than `page.toc | first`). Templates named in a list are all read; one named by an
    expression counts when the expression reads such a name, but what it names is not read
    (Material names icons and languages so: the second-page check covers those). A template
    that cannot be read counts as reading the page. Answered once per process while the
    templates read stay the same (kbgen.site.fastrender.template_reads)."""
    return READS.answer(env, "reads the page", name, lambda parse: _reads_page(parse, name))


def _reads_page(parse: Parse, name: str) -> bool:
    parsed = parse(name)
    return parsed is None or _reads(parsed, parse, {name}, in_root=True)


def _reads(node: nodes.Node, parse: Parse, seen: set[str], in_root: bool) -> bool:
    if isinstance(node, nodes.Block) and in_root and node.name not in ASKED_BLOCKS:
        return False  # rendered per page
    if (isinstance(node, nodes.Filter) and node.name == "first"
            and isinstance(node.node, nodes.Getattr) and node.node.attr == "toc"
            and isinstance(node.node.node, nodes.Name) and node.node.node.name == "page"):
        return False  # `page.toc | first`: part of a frame's key
    if isinstance(node, nodes.Name) and node.name in PAGE_VARIABLES:
        return True
    if isinstance(node, (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        with_page = not isinstance(node, (nodes.Import, nodes.FromImport)) or node.with_context
        names = [node.template] if isinstance(node.template, nodes.Const) else (
            node.template.items if isinstance(node.template, (nodes.List, nodes.Tuple)) else [])
        for target in names if with_page else []:
            if not isinstance(target, nodes.Const):
                return True
            if target.value in seen:
                continue
            seen.add(target.value)
            parsed = parse(target.value)
            # What an included template holds is all rendered, blocks too.
            if parsed is None or _reads(parsed, parse, seen,
                                        in_root=isinstance(node, nodes.Extends)):
                return True
    return any(_reads(child, parse, seen, in_root) for child in node.iter_child_nodes())


def unframable(env: Environment, names: list[str]) -> list[str]:
    """Those of the templates `names` that exist but are rendered whole, for every page (see
    `reads_page_outside_blocks`), or define macros outside blocks."""
    return [name for name in names
            if READS.answer(env, "unframable", name, lambda parse: _unframable(parse, name))]


def _unframable(parse: Parse, name: str) -> bool:
    """A template that cannot be read is left out (not named in the log): its pages are
    rendered whole, where Jinja decides what to do."""
    parsed = parse(name)
    return parsed is not None and (_reads(parsed, parse, {name}, in_root=True)
                                   or _defines_macros(parsed))


def _defines_macros(template: nodes.Template) -> bool:
    return any(isinstance(node, nodes.Macro) for node in template.body)
