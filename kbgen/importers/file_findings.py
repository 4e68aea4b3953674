"""The publishing gate's findings in files an import copied (an Inkscape SVG holding base64
pictures and `<feImage>` filters gave 424 lines, 7 times over with its translations): said
once per file with a count of each kind, and what to do with the file."""

from __future__ import annotations

import re
from collections import Counter

from kbgen.errors import Problem

_MARKDOWN = (".md", ".markdown")
_KIND = re.compile(r"^(.*?)(?: \(|:| would be published)")


def _kind(message: str) -> str:
    found = _KIND.match(message)
    return found.group(1) if found else message[:60]


def folded(gate: list[Problem]) -> list[str]:
    """The summary's lines for the gate's findings: an article's one by one (each has its
    line and its marker), a copied file's once, counted by kind."""
    lines: list[str] = []
    files: dict[str, Counter[str]] = {}
    for problem in gate:
        if problem.path.lower().endswith(_MARKDOWN):
            lines.append(f"  {problem}")
        else:
            kind = f"{problem.level}: {_kind(problem.message)}"
            files.setdefault(problem.path, Counter())[kind] += 1
    for path, kinds in files.items():
        counted = ", ".join(f"{kind} ×{count}" for kind, count in kinds.most_common())
        lines.append(f"  {path}: {sum(kinds.values())} findings ({counted}): a copied file the"
                     " build refuses as it is; replace it (an SVG by its PNG export, or without"
                     " its embedded pictures and filters), or remove it and its links;"
                     " `kbgen check` lists each line")
    return lines
