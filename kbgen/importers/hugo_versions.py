"""Which version of a Hugo site's versioned docs its readers saw: a theme's `params.versions`
lists each section's versions newest first (KEDA's `docs = ["2.20", "2.19", ...]`, its pages
under `content/docs/2.20/`), and `params.unreleased` the ones still being written. The newest
released version that has a folder is imported; the others would publish every page once per
version (KEDA: 2,088 articles for about 120 pages, 23 categories named by version)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_NAME = re.compile(r"[\w.+-]{1,100}")
"""A version's name as a folder's (`2.20`, `v1`): never a path out of the site."""


@dataclass(frozen=True)
class HugoVersions:
    """Per versioned section, the version imported and the versions left out."""

    shown: dict[str, str] = field(default_factory=dict)
    """Section folder (`docs`) -> the version imported (`2.20`)."""
    left: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Section folder -> the versions left out (older, and unreleased ones)."""

    @classmethod
    def of(cls, content: Path, config: dict[str, Any]) -> HugoVersions:
        """The versions of the Hugo site whose pages are in `content`."""
        params = config.get("params")
        params = params if isinstance(params, dict) else {}
        listed, unreleased = params.get("versions"), params.get("unreleased")
        if not isinstance(listed, dict):
            return cls()
        unreleased = unreleased if isinstance(unreleased, dict) else {}
        shown, left = {}, {}
        for section, versions in listed.items():
            folder = content / str(section)
            if not _NAME.fullmatch(str(section)) or ".." in str(section) \
                    or not folder.is_dir() or not isinstance(versions, list):
                continue
            names = [str(v) for v in versions if _valid(v)]
            present = [v for v in names if (folder / v).is_dir()]
            if not present:
                continue
            later = [str(v) for v in unreleased.get(section) or [] if _valid(v)]
            shown[str(section)] = present[0]
            left[str(section)] = tuple(v for v in [*later, *names]
                                       if v != present[0] and (folder / v).is_dir())
        return cls(shown, left)

    def left_out(self, relative: Path) -> bool:
        """Whether the page at `relative` (to the content folder) is of a version left out."""
        parts = relative.parts
        return len(parts) > 2 and parts[1] in self.left.get(parts[0], ())

    def root(self, relative: Path) -> str | None:
        """The folder (relative to the content folder) of the version a page is in, which its
        categories start from (`docs/2.20`: `docs/2.20/scalers/kafka.md` is in `scalers`)."""
        parts = relative.parts
        if len(parts) > 2 and self.shown.get(parts[0]) == parts[1]:
            return f"{parts[0]}/{parts[1]}"
        return None

    def other_product(self, relative: Path) -> str | None:
        """The version folder of a page of a versioned section other than the first listed
        (KEDA's `http-add-on/0.15`, beside its `docs`): another product's docs, whose folders
        are kept apart from the main docs' ones of the same name."""
        root = self.root(relative)
        main = next(iter(self.shown), None)
        return root if root is not None and not root.startswith(f"{main}/") else None

    def note(self) -> str | None:
        """What the summary says of the versions left out."""
        if not any(self.left.values()):
            return None
        said = "; ".join(f"{section}/: imported {self.shown[section]}, left out"
                         f" {', '.join(left)}" for section, left in self.left.items() if left)
        return (f"Hugo versions (params.versions): {said}. The newest released version is"
                " the one a reader saw; the others' addresses are not redirected.")


def _valid(value: object) -> bool:
    """A version name that can be a folder of the site (a text or a whole number: the float
    `2.10` would read as `2.1`, another version)."""
    return isinstance(value, (str, int)) and not isinstance(value, bool) \
        and bool(_NAME.fullmatch(str(value))) and ".." not in str(value)
