"""Which version of a versioned Docusaurus site is the one its readers saw: `lastVersion` in
`docusaurus.config`, else the newest of `versions.json` (Docusaurus' default), served at the
docs' own address (`/docs/...`); `docs/` itself is then the unreleased "next" version
(`/docs/next/...`). Importing `docs/` would publish unreleased text under the released pages'
addresses (OpenCloud's docs: `docs/` is next, 7.2 is what `/docs/` showed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kbgen.core.nested_data import json_loads

CURRENT = "current"
_NAME = re.compile(r"[\w.+-]{1,100}")
"""A version's name as a folder's (`7.2`, `v2-beta`): never a path out of the site."""
_LAST_VERSION = re.compile(r"""\blastVersion\s*:\s*["'`]([^"'`\n]+)["'`]""")


@dataclass(frozen=True)
class DocsVersion:
    """The version imported, and the others left out."""

    name: str
    """`current` (the `docs/` folder) or a released version (`7.2`)."""
    others: tuple[str, ...] = ()
    last: bool = True
    """The version shown at the docs' own address (the others are under their own path)."""

    @classmethod
    def of(cls, root: Path, config_text: str) -> DocsVersion:
        """The version a Docusaurus site at `root` shows at its docs' address."""
        try:
            listed = json_loads((root / "versions.json").read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            return cls(CURRENT)
        versions = [v for v in listed if isinstance(v, str) and _NAME.fullmatch(v)
                    and ".." not in v] if isinstance(listed, list) else []
        found = _LAST_VERSION.search(config_text)
        wanted = found.group(1) if found and found.group(1) in [CURRENT, *versions] \
            else versions[0] if versions else CURRENT
        if wanted != CURRENT and not cls(wanted).docs(root).is_dir():
            wanted = CURRENT
        others = tuple(v for v in [CURRENT, *versions] if v != wanted)
        return cls(wanted, others if versions else ())

    @property
    def folder(self) -> str:
        """Its folder name under `versioned_docs/` and a translation's plugin folder."""
        return CURRENT if self.name == CURRENT else f"version-{self.name}"

    def docs(self, root: Path) -> Path:
        """Its docs folder."""
        return root / "docs" if self.name == CURRENT else root / "versioned_docs" / self.folder

    def sidebars(self, root: Path) -> Path | None:
        """Its sidebars file, for a released version (`versioned_sidebars/...json`)."""
        path = root / "versioned_sidebars" / f"{self.folder}-sidebars.json"
        return path if self.name != CURRENT and path.is_file() else None

    def note(self) -> str | None:
        """What the summary says of the versions left out."""
        if not self.others:
            return None
        left = ", ".join("next (docs/)" if v == CURRENT else v for v in self.others)
        return (f"Docusaurus versions: imported {self.name if self.name != CURRENT else 'docs/'},"
                f" the version the old site showed as its last; left out: {left}.")
