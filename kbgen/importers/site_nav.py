"""An MkDocs site's `nav:` (mkdocs.yml): where each page stands and the title the nav gives
it, which MkDocs shows before the page's own (many pages have no heading of their own)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kbgen.importers.htmltext import plain_text


@dataclass(frozen=True)
class NavEntry:
    """One page of the nav."""

    position: int
    """Its place in the nav, from 0."""
    title: str | None
    """The nav's title for it (`- 'Install': setup/install.md`), None for a bare path."""
    section: str | None = None
    """The title of the nav's first-level section that lists it (`Getting started`), None
    for a page at the nav's first level."""


def mkdocs_nav(nav: Any) -> dict[str, NavEntry]:
    """Docs-relative path (`main/index.md`) -> its entry; links to other sites left out.
    Titles are plain text (`The &nbsp<samp>pihole</samp>&nbsp Command` -> `The pihole
    Command`)."""
    found: dict[str, NavEntry] = {}

    def walk(items: Any, section: str | None, top: bool) -> None:
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, str):
                add(item, None, section)
            elif isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, str):
                        add(value, str(title), section)
                    else:
                        walk(value, plain_text(str(title)) or None if top else section, False)

    def add(path: str, title: str | None, section: str | None) -> None:
        path = path.strip().lstrip("/")
        if "://" in path or path in found \
                or not path.endswith((".md", ".markdown", ".mdx", ".mdoc")):
            return
        found[path] = NavEntry(len(found), plain_text(title) or None if title else None,
                               section)

    walk(nav, None, True)
    return found


def folder_position(nav: dict[str, NavEntry], folder: str) -> int | None:
    """The place of a folder's first page in the nav, None when the nav lists none."""
    positions = [e.position for path, e in nav.items() if path.startswith(f"{folder}/")]
    return min(positions) if positions else None


def folder_section(nav: dict[str, NavEntry], folder: str) -> str | None:
    """The first-level section that lists every page of a folder the nav lists (GitBook's
    `## Writing Plugins` over `plugin-docs/`), None when they stand in several or none."""
    sections = {e.section for path, e in nav.items() if path.startswith(f"{folder}/")}
    return next(iter(sections)) if len(sections) == 1 else None
