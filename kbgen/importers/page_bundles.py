"""Page bundles: one folder per article, one file per language (`ssh-keys/01.en.md`,
`ssh-keys/01.de.md`, as Hetzner's community tutorials and Grav sites lay them out). Such a
file is named after its folder (or its `slug`), sits in the folder above's category, and its
other languages translate it even when their numbers differ (`01.de.md` beside `02.en.md`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_BUNDLE_NAME = re.compile(r"^(?:\d+[-_. ]*)?(?:\.?(?P<code>[a-z]{2,3}(?:[-_][a-z]{2,4})?))?$",
                          re.IGNORECASE)
"""A file stem that names no page, only its order and language (`01.en`, `02`, `01.pt-br`)."""


def bundle_code(path: Path) -> str | None:
    """The language of a bundle page (`en` of `01.en.md`; `""` for `01.md`), None when the
    file's name is a page's own (`install.de.md`, `index.md`)."""
    match = _BUNDLE_NAME.match(path.stem)
    if match is None or not re.match(r"\d", path.stem):
        return None
    return (match.group("code") or "").lower().replace("_", "-")


def is_bundle(folder: Path) -> bool:
    """A folder whose Markdown files are all bundle pages (at least one)."""
    pages = [p for p in folder.iterdir() if p.suffix.lower() in (".md", ".markdown")
             and p.is_file()]
    return bool(pages) and all(bundle_code(p) is not None for p in pages)


def pages_in(folder: Path, code: str, default: str) -> list[Path]:
    """The bundle's pages in one language, in order (no code: the default language)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in
                  (".md", ".markdown") and bundle_code(p) in ({code, ""} if code == default
                                                               else {code}))


def bundle_name(path: Path, meta: dict[str, Any], default: str) -> str:
    """A bundle page's file name: the last part of its `slug`, else its folder's name, with
    its place in the series when the folder holds several pages of its language."""
    slug = meta.get("slug")
    if isinstance(slug, str) and slug.strip("/ "):
        return slug.strip("/ ").rsplit("/", 1)[-1]
    code = bundle_code(path) or ""
    series = pages_in(path.parent, code or default, default)
    place = series.index(path) + 1 if path in series else 1
    return path.parent.name if place == 1 else f"{path.parent.name}-{place}"


def bundle_original(path: Path, default: str) -> Path | None:
    """The default language's page a bundle page translates: the same number, else the
    folder's only page in the default language (`02.en.md` for `01.de.md`)."""
    code = bundle_code(path)
    if code is None or code in ("", default):
        return None
    number = path.stem.split(".")[0]
    originals = pages_in(path.parent, default, default)
    same = [p for p in originals if p.stem.split(".")[0] == number]
    if len(same) == 1:
        return same[0]
    if len(originals) == 1 and len(pages_in(path.parent, code, default)) == 1:
        return originals[0]
    return None
