"""markdown-include's `{!file!}` expanded as the extension expands it, for `kbgen check`.

`kbgen check` scans what a page includes for values its source does not hold, as the build
does (kbgen.site.included); for markdown-include it reads the statements itself, so check
needs no installed extension: a file named relative to `base_path` (the project's folder by
default), read with `encoding`, its `{!file!}` expanded in turn, `lines=2-4 7` keeping those
lines; a file it cannot read is left out, as the extension leaves it out with a warning.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STATEMENT = re.compile(r"\{!\s*+([^!{}\n]+?)\s*+!(?:lines=([0-9 -]++))?\}")
"""`{!file!}` or `{!file!lines=1-3 5}`: group 1 the file, group 2 the lines."""
MAX_DEPTH = 20
"""Includes read inside includes (the extension recurses without a limit)."""
EXTENSION = "markdown_include.include"


@dataclass(frozen=True)
class IncludeOptions:
    """markdown-include's options as the site sets them."""

    base_path: Path
    encoding: str = "utf-8"


def include_options(extensions: Any, folder: Path) -> IncludeOptions | None:
    """markdown-include's options in mkdocs.yml's `markdown_extensions` (a relative
    `base_path` from the project's `folder`), or None when the site does not use it."""
    for entry in extensions if isinstance(extensions, list) else []:
        name, given = (entry, {}) if isinstance(entry, str) else (
            next(iter(entry.items())) if isinstance(entry, Mapping) and len(entry) == 1
            else ("", {}))
        if name != EXTENSION:
            continue
        given = given if isinstance(given, Mapping) else {}
        base = given.get("base_path", ".")
        encoding = given.get("encoding", "utf-8")
        return IncludeOptions(folder / str(base), str(encoding))
    return None


def expanded(text: str, options: IncludeOptions, depth: int = 0) -> str:
    """`text` with each `{!file!}` replaced by the file's text as markdown-include puts it."""
    if "{!" not in text:
        return text
    return STATEMENT.sub(lambda match: _included(match, options, depth), text)


def _included(match: re.Match[str], options: IncludeOptions, depth: int) -> str:
    if depth >= MAX_DEPTH:
        return ""
    path = options.base_path / os.path.expanduser(match[1])
    try:
        lines = expanded(path.read_text(options.encoding), options, depth + 1).split("\n")
    except (OSError, UnicodeError, LookupError):
        return ""  # the extension prints a warning and leaves the statement out
    if match[2]:
        lines = [line for block in match[2].split() for line in _picked(lines, block)]
    return "\n".join(line.rstrip("\r") for line in lines).strip()


def _picked(lines: list[str], block: str) -> list[str]:
    """The lines `block` (`3` or `2-5`, 1-based, cut to the file) names."""
    start, _, end = block.partition("-")
    if not start.isdigit() or (end and not end.isdigit()):
        return []
    first, last = int(start), min(int(end or start), len(lines))
    first = max(first, 1)
    return lines[first - 1:last] if end else lines[first - 1:first]
