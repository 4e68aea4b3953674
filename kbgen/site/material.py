"""Material for MkDocs' vocabulary, which the core does not know: palette colour names,
the parts of a page `hide` may name, the default category icon; and the checks that use it.
No MkDocs import, so that `kbgen check` checks with it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbgen.core.config import Palette
from kbgen.errors import Problem

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase, Located

PRIMARY_COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue",
                   "cyan", "teal", "green", "light green", "lime", "yellow", "amber", "orange",
                   "deep orange", "brown", "grey", "blue grey", "black", "white")
"""Material's primary palette colours."""
ACCENT_COLOURS = PRIMARY_COLOURS[:16]
"""Material's accent palette colours (no brown, greys, black or white)."""
MATERIAL_PALETTE = Palette(PRIMARY_COLOURS, ACCENT_COLOURS, default="indigo")
HIDE_VALUES = ("navigation", "toc", "footer", "feedback", "path", "tags")
"""What front matter's `hide` may name: parts of a Material page."""
DEFAULT_CATEGORY_ICON = "material/folder-outline"
"""Material's folder icon, for a category that names none."""


def hide_problems(kb: KnowledgeBase) -> list[Problem]:
    """An error for each `hide` value of an article or page that Material does not know."""
    problems = []
    records: list[tuple[list[str], Located]] = [
        *((a.meta.hide, a.origin) for a in kb.articles),
        *((p.meta.hide, p.origin) for p in kb.pages.values())]
    for hide, origin in records:
        for index, value in enumerate(hide):
            if value not in HIDE_VALUES:
                problems.append(Problem(
                    origin.display_path, origin.line_of(f"hide[{index}]"),
                    "error", f"hide: unknown part '{value}' of the page; use any of"
                    f" {', '.join(HIDE_VALUES)}"))
    return problems
