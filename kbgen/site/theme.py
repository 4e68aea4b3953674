"""kbgen's templates and assets ship in the package, between the site's own and Material's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
ARTICLE_TEMPLATE = "article.html"
"""The template of article pages (kbgen's, in THEME_DIR)."""


def use_kbgen_theme(config: MkDocsConfig) -> None:
    """Look up templates in the site's custom_dir first, then kbgen's, then Material's."""
    dirs = config.theme.dirs
    if str(THEME_DIR) in dirs:
        return
    custom = config.theme.custom_dir
    position = 1 if custom and dirs and Path(dirs[0]) == Path(custom) else 0
    dirs.insert(position, str(THEME_DIR))
