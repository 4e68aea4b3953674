"""Display math (`$$` on the lines around a formula, or around it on one line), which GitBook,
MkDocs' arithmatex, Docusaurus' remark-math and kramdown draw as a formula: kbgen's pages
draw none, and as text the `$$` stayed and Markdown read the formula's `*` and `_` as
emphasis. Each is kept exactly as written in a `latex` code block."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import protected

_BLOCK = re.compile(
    r"^([ \t]{0,3})\$\$[ \t]*\n((?:(?![ \t]*\$\$[ \t]*$)[^\n]*\n){1,200}?)[ \t]*\$\$[ \t]*$"
    r"|^([ \t]{0,3})\$\$((?:(?!\$\$)[^\n])+)\$\$[ \t]*$", re.M)
"""A formula between `$$` lines (at most 200 lines: an unclosed `$$` looks no further), or
between `$$` and `$$` alone on a line."""


def math_as_code(body: str) -> tuple[str, int]:
    """`body` with each display formula a `latex` code block, and how many were."""
    if "$$" not in body:
        return body, 0
    count = 0

    def code(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        indent = match.group(1) if match.group(1) is not None else match.group(3)
        formula = match.group(2) if match.group(2) is not None else match.group(4).strip() + "\n"
        lines = "".join(f"{indent}{line[len(indent):] if line.startswith(indent) else line}\n"
                        for line in formula.splitlines())
        return f"\n{indent}```latex\n{lines}{indent}```\n"  # a block of its own

    return protected(body, lambda part: _BLOCK.sub(code, part)), count
