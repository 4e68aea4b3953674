"""Material for MkDocs' vocabulary, which the core does not know: palette colour names,
the parts of a page `hide` may name, the default category icon; and the checks that use it.
No MkDocs import, so that `kbgen check` checks with it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbgen.core.brand_colours import Swatches
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


_INK = "#000000de"
"""Material's black text on light colours (87%)."""
MATERIAL_SWATCHES = Swatches(
    primary={name: (colour, "#ffffff" if text == "white" else _INK) for name, colour, text in (
        ("red", "#ef5552", "white"), ("pink", "#e92063", "white"),
        ("purple", "#ab47bd", "white"), ("deep purple", "#7e56c2", "white"),
        ("indigo", "#4051b5", "white"), ("blue", "#2094f3", "white"),
        ("light blue", "#02a6f2", "white"), ("cyan", "#00bdd6", "white"),
        ("teal", "#009485", "white"), ("green", "#4cae4f", "white"),
        ("light green", "#8bc34b", "white"), ("lime", "#cbdc38", "ink"),
        ("yellow", "#ffec3d", "ink"), ("amber", "#ffc105", "ink"), ("orange", "#ffa724", "ink"),
        ("deep orange", "#ff6e42", "white"), ("brown", "#795649", "white"),
        ("grey", "#757575", "white"), ("blue grey", "#546d78", "white"),
        ("black", "#14151a", "white"), ("white", "#ffffff", "ink"))},
    accent={name: (colour, _INK if name in ("amber", "lime", "orange", "yellow") else "#ffffff")
            for name, colour in (
        ("red", "#ff1a47"), ("pink", "#f50056"), ("purple", "#df41fb"),
        ("deep purple", "#7c4dff"), ("indigo", "#526cfe"), ("blue", "#4287ff"),
        ("light blue", "#0091eb"), ("cyan", "#00bad6"), ("teal", "#00bda4"),
        ("green", "#00c753"), ("light green", "#63de17"), ("lime", "#b0eb00"),
        ("yellow", "#ffd600"), ("amber", "#ffaa00"), ("orange", "#ff9100"),
        ("deep orange", "#ff6e42"))},
    light_link={"black": "#4051b5", "white": "#4051b5"},
    dark_link={"pink": "#ed5487", "purple": "#c46fd3", "deep purple": "#a47bea",
               "indigo": "#5488e8", "teal": "#00ccb8", "green": "#71c174",
               "deep orange": "#ff764d", "brown": "#c1775c", "black": "#5e8bde",
               "blue grey": "#5e8bde", "grey": "#5e8bde", "white": "#5e8bde"},
)
"""What Material's palette names paint (its palette.css, 9.x), for the contrast checks."""
