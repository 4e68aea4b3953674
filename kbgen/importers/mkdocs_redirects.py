"""The redirects an MkDocs site declared with the mkdocs-redirects plugin (`plugins: [redirects:
{redirect_maps: {old.md: new.md}}]`): each old page's address becomes an old address of the
article it led to, so links to pages the site had already moved keep working too."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

from kbgen.importers.exports import text_of
from kbgen.importers.mkdocs_plugins import plugin_settings

PLUGIN = "redirects"
SECTION_PAGES = frozenset({"index", "readme"})


def redirect_maps(config: dict[str, Any]) -> dict[str, str]:
    """`redirect_maps` of the site's `redirects` plugin (plugins as a list or a mapping), old
    Markdown path -> target (a Markdown path, maybe with `#anchor`, or a URL)."""
    settings = plugin_settings(config, frozenset({PLUGIN}))
    maps = settings.get("redirect_maps") if settings else None
    if not isinstance(maps, dict):
        return {}
    return {text_of(old): text_of(new) for old, new in maps.items()
            if text_of(old) and text_of(new)}


def old_address(markdown_path: str) -> str:
    """The address MkDocs gave the page `markdown_path` (`upgrading.md` -> `/upgrading/`,
    `setup/index.md` -> `/setup/`, `old page.md` -> `/old%20page/`)."""
    path = PurePosixPath(markdown_path.strip("/")).with_suffix("")
    if path.name.lower() in SECTION_PAGES:
        path = path.parent
    return "/" if str(path) in ("", ".") else f"/{quote(path.as_posix())}/"  # `old%20page`


def is_external(target: str) -> bool:
    """A target on another site (`https://mkdocs-macros-plugin.readthedocs.io/`)."""
    return bool(urlsplit(target).scheme or target.startswith("//"))
