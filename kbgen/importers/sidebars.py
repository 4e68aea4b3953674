"""A Docusaurus site's sidebars (`sidebars.js`, code, read as text) and its translated labels
(`i18n/<code>/docusaurus-plugin-content-docs/current.json`): where each doc stands, and each
category folder's label in English and in a translation."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

SIDEBAR_FILES = ("sidebars.js", "sidebars.ts", "sidebars.mjs", "sidebars.cjs")
CONFIG_FILES = ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs")

_TOKEN = re.compile(r"""\b(?P<key>label|dirName|id)\s*:\s*"""
                    r"""(?P<q>["'`])(?P<value>(?:(?!(?P=q))[^\\\n])+)(?P=q)"""
                    r"""|(?P<q2>["'])(?P<short>[^"'\n]+)(?P=q2)\s*:\s*\["""
                    r"""|(?P<q3>["'`])(?P<doc>\w[\w.-]*(?:/[\w.-]+)+)(?P=q3)""")
"""`label: "Installation"`, the shorthand `'Getting Started': [...]`, `dirName: 'guides'`,
`id: "a/b"` or a bare `"a/b"` doc id."""
_LABEL_KEY = re.compile(r"^sidebar\.[^.]+\.category\.(.+)$")


@dataclass
class Sidebars:
    """What a site's sidebars say."""

    positions: dict[str, int] = field(default_factory=dict)
    """Doc id (`installation/docker`) -> its place in the sidebars, from 0."""
    labels: dict[str, str] = field(default_factory=dict)
    """First-level folder (`dev`) -> the label of the category that holds it (`Development`)."""

    def folder_position(self, folder: str) -> int | None:
        """The place of a folder's first doc in the sidebars, None when they list none."""
        found = [place for doc, place in self.positions.items() if doc.startswith(f"{folder}/")]
        return min(found) if found else None


def read_sidebars(site_root: Path) -> Sidebars:
    """The sidebars file of a Docusaurus site (none: empty). A category's label is given to
    the folder of the first doc after it, so a nested category never renames its parent."""
    found = Sidebars()
    path = next((site_root / n for n in SIDEBAR_FILES if (site_root / n).is_file()), None)
    if path is None:
        return found
    text = re.sub(r"/\*.*?\*/|(?<![:\"'])//[^\n]*", "", path.read_text(encoding="utf-8",
                                                                         errors="replace"),
                  flags=re.S)
    label: str | None = None
    for match in _TOKEN.finditer(text):
        key, value = match["key"], match["value"] or match["doc"]
        if key == "label" or match["short"]:
            label = value or match["short"]
            continue
        if key == "dirName":
            value = value.strip("/") + "/"
        else:
            found.positions.setdefault(value.strip("/"), len(found.positions))
        folder = value.strip("/").split("/")[0]
        if label is not None:
            found.labels.setdefault(folder, label)
            label = None
    return found


def site_root_of(docs: Path) -> Path | None:
    """The Docusaurus site a folder of docs belongs to: the folder itself, or the site around
    `i18n/<code>/docusaurus-plugin-content-docs[/current]`."""
    for folder in [docs, *docs.parents][:5]:
        if any((folder / name).is_file() for name in CONFIG_FILES):
            return folder
    return None


def translated_labels(docs: Path) -> dict[str, str]:
    """A translation's category labels (English label -> translated), from the `current.json`
    beside or above `docs` (`i18n/fr/docusaurus-plugin-content-docs/current.json`)."""
    for folder in [docs, *docs.parents][:2]:
        path = folder / "current.json"
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8-sig"))
            except (ValueError, OSError):
                return {}
            return {key.group(1): str(value["message"]) for name, value in data.items()
                    if (key := _LABEL_KEY.match(name)) and isinstance(value, dict)
                    and isinstance(value.get("message"), str) and value["message"].strip()}
    return {}
