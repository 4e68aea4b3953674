"""The redirects an MkDocs site declared with the mkdocs-redirects plugin (`plugins: [redirects:
{redirect_maps: {old.md: new.md}}]`): each old page's address becomes an old address of the
article it led to, so links to pages the site had already moved keep working too."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

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


def old_address(markdown_path: str, directory_urls: bool = True) -> str:
    """The address MkDocs gave the page `markdown_path` (`upgrading.md` -> `/upgrading/`,
    `setup/index.md` -> `/setup/`, `old page.md` -> `/old%20page/`; with `use_directory_urls:
    false`, `/upgrading.html` and `/setup/index.html`)."""
    path = PurePosixPath(markdown_path.strip("/")).with_suffix("")
    index = path.name.lower() in SECTION_PAGES
    folder = path.parent if index else path
    if str(folder) in ("", "."):
        return "/"
    if directory_urls:
        return f"/{folder.as_posix()}/".replace(" ", "%20")
    page = folder / "index" if index else path
    return f"/{page.as_posix()}.html".replace(" ", "%20")


def is_external(target: str) -> bool:
    """A target on another site (`https://mkdocs-macros-plugin.readthedocs.io/`)."""
    return bool(urlsplit(target).scheme or target.startswith("//"))
