"""Web fonts: with `theme.font` set, or not set at all (Material's default, Roboto), Material
writes into every page a `preconnect` to fonts.gstatic.com and a style sheet of
fonts.googleapis.com: every reader's browser would ask Google for them, which the pages'
policy blocks (so the font never shows, and the preconnect still reaches out). kbgen turns web
fonts off when mkdocs.yml does not name them, and refuses a `theme.font` that does. No MkDocs
import outside type checking, so that `kbgen check` checks with it too."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.core.published_settings import Settings, line_in, read_settings
from kbgen.core.sources import Source
from kbgen.errors import Problem

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def font_problems(config_file: Path, read: Settings | None = None) -> list[Problem]:
    """An error when mkdocs.yml's `theme.font` is anything but `false`. `read`: the file as
    `read_settings` read it already."""
    values, lines = read or read_settings(config_file)
    theme = values.get("theme")
    if not isinstance(theme, Mapping) or "font" not in theme or theme["font"] is False:
        return []
    where = Source(config_file.name, config_file.absolute()).display_path
    return [Problem(where, line_in(lines, "theme.font"), "error",
                    "theme.font: Material loads the fonts it names from Google Fonts"
                    " (fonts.googleapis.com, fonts.gstatic.com) on every page, a request to a"
                    " third party with every reader's address, which the pages' policy blocks"
                    " (so the font never shows); write `font: false` (the reader's own fonts),"
                    " or put the font files in content/ and name them in a style sheet of"
                    " extra_css")]


def without_web_fonts(config: MkDocsConfig) -> None:
    """Turn Material's web fonts off (its default loads Roboto from Google)."""
    config.theme["font"] = False
