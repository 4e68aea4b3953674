"""How Docusaurus reads a page's Markdown, per its documentation ("MDX vs. CommonMark"):
Docusaurus v3 compiles `.md` and `.mdx` pages alike with MDX (v3), which has no indented code
blocks, unless the site's `markdown: {format: 'md'}` or `'detect'` (then `.md` pages are
CommonMark), or a page's front matter `format: md` (`mdx: {format: md}` in 3.0-3.5), says
otherwise; Docusaurus v2 used MDX v1, which kept indented code. A page whose indented lines are
code keeps them as written; a page read by MDX v2+ has its indented lines made text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kbgen.importers.docusaurus_docs import object_at

FORMATS = ("mdx", "md", "detect")
_MARKDOWN = re.compile(r"\bmarkdown\s*:\s*\{")
_FORMAT = re.compile(r"""\bformat\s*:\s*["'`](mdx|md|detect)["'`]""")
_MAJOR = re.compile(r"\D*(\d+)")


def site_format(config_text: str) -> str:
    """The configuration's `markdown.format` (`mdx`, Docusaurus' default, when unset)."""
    found = _MARKDOWN.search(config_text)
    chosen = _FORMAT.search(object_at(config_text, found.end() - 1)) if found else None
    return chosen.group(1) if chosen else "mdx"


def core_major(root: Path) -> int | None:
    """The major version of `@docusaurus/core` the site's package.json asks for (`^2.4.3`
    -> 2) under `dependencies`, `devDependencies` or `peerDependencies` (the first that
    lists it), None when none does."""
    try:
        package = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    wanted = next((version for key in ("dependencies", "devDependencies", "peerDependencies")
                   if isinstance(package, dict)
                   and isinstance(found := package.get(key), dict)
                   and (version := found.get("@docusaurus/core")) is not None), None)
    major = _MAJOR.match(wanted) if isinstance(wanted, str) else None
    return int(major.group(1)) if major else None


def has_indented_code(path: Path, meta: dict[str, Any], chosen: str,
                      major: int | None) -> bool:
    """Whether Docusaurus reads the page at `path` (front matter `meta`) with indented code
    blocks: as CommonMark, or with Docusaurus v2's MDX v1."""
    if major is not None and major <= 2:
        return True
    own = meta.get("format")
    mdx = meta.get("mdx")
    if own not in FORMATS and isinstance(mdx, dict):
        own = mdx.get("format")
    chosen = own if own in FORMATS else chosen
    if chosen == "detect":
        return path.suffix.lower() != ".mdx"
    return chosen == "md"
