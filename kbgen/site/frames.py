"""Render many pages of one template from a frame: the template's page-independent HTML,
made once, with each page's blocks rendered into it.

Material's `base.html` is mostly blocks. What lies outside them reads the configuration, and
of the page only its first table-of-contents entry (the "skip to content" link). So pages of
the same template, folder (relative links) and first entry share everything outside their
blocks. A frame is that template rendered once with every block left as a marker; a page is
then its blocks, each rendered with Jinja in the page's own context, put in the markers. At
thousands of articles this skips most of the template work of each page.

Two pages of a frame are also rendered whole: the one that makes it and the next, which must
come out byte for byte the same from the frame, or that frame is not used again. Root-level
macros of the templates would be bound to the page that made the frame: templates that
define any are rendered whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Template
from jinja2.runtime import Context, Macro

log = logging.getLogger(__name__)

ASKED_BLOCKS = frozenset({"announce", "outdated"})
"""Blocks that `base.html` tests for content (`self.announce()`) outside any block: kept in
the frame as rendered for its first page."""

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
        macros outside blocks."""
        ctx = template.new_context(dict(context))
        marked = _MarkedBlocks()
        for name, functions in ctx.blocks.items():
            marked[name] = functions if name in ASKED_BLOCKS else [_marker(name), *functions]
        ctx.blocks = marked
        html = template.environment.concat(template.root_render_func(ctx))  # type: ignore[attr-defined]
        root_vars = {k: v for k, v in ctx.vars.items() if k not in context}
        if any(isinstance(value, Macro) for value in root_vars.values()):
            return None
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
    """Renders pages through frames, one per template, folder and skip link."""

    def __init__(self) -> None:
        self.frames: dict[tuple[str, str, str | None], Frame | None] = {}

    def render(self, template: Template, context: Mapping[str, Any], page: Any) -> str:
        """`template.render(context)` for `page`, from its frame when it has a checked one."""
        key = (template.name or "", page.url.rpartition("/")[0], _skip_link(page))
        if key not in self.frames:
            self.frames[key] = Frame.make(template, context)
            return template.render(context)
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


def _skip_link(page: Any) -> str | None:
    """The URL of the page's first table-of-contents entry (base.html's skip link)."""
    first = next(iter(page.toc or ()), None)
    return getattr(first, "url", None)
