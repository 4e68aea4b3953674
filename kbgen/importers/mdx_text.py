"""What an MDX page's text is that Markdown reads otherwise (Docusaurus `.mdx` pages): MDX has
no indented code blocks, so text indented four spaces (a tab's text under `<TabItem>`, a
paragraph inside a component) is text, where kbgen's Markdown shows it as code; and a JSX
string in braces (`Click Add {"->"} Group`, `permissions:{" "}`, `href={"https://…"}`) is the
string. Homarr's docs (Apache-2.0): 13 passages in 9 pages were shown as code, and the braces
printed as written."""

from __future__ import annotations

import re

from kbgen.core.markdown_code import TAB_LENGTH, Kind, code_map
from kbgen.importers.markdown_text import protected

_ATTRIBUTE_STRING = re.compile(r"""=\{\s*(?:"([^"\n{}]*)"|'([^'\n{}]*)')\s*\}""")
"""`href={"https://…"}`: an attribute's value written as a JSX string."""
_TEXT_STRING = re.compile(r"""\{\s*(?:"([^"\n{}]*)"|'([^'\n{}]*)')\s*\}""")
"""`{"->"}`, `{" "}`: a JSX string in text."""
MAX_DEPTH = 4
"""Indented code made text at most this many levels deep (16 spaces)."""


def mdx_text(text: str) -> tuple[str, int, int]:
    """`text` (an MDX page's, its components removed) as MDX reads it: indented code blocks
    made text, JSX strings made their text; with how many of each."""
    strings = 0

    def unbrace(part: str) -> str:
        nonlocal strings
        part, attributes = _ATTRIBUTE_STRING.subn(lambda m: f'="{_string(m)}"', part)
        part, texts = _TEXT_STRING.subn(_string, part)
        strings += attributes + texts
        return part

    text = protected(text, unbrace)
    found = 0
    for _ in range(MAX_DEPTH):  # text indented 8 spaces is code again once 4 are taken
        text, blocks = _unindented(text)
        found = found or blocks
        if not blocks:
            break
    return text, found, strings


def _unindented(text: str) -> tuple[str, int]:
    """`text` with each indented code block's lines four spaces less indented; how many."""
    code = code_map(text)
    blocks = [block for block in code.blocks if block.kind is Kind.INDENTED]
    lines = list(code.lines)  # the map is cached: its lines are not ours to change
    for block in blocks:
        for index in range(block.first, block.last + 1):
            line = lines[index].expandtabs(TAB_LENGTH)
            cut = block.margin - 4
            if cut >= 0 and line[cut:block.margin] == "    ":
                lines[index] = line[:cut] + line[block.margin:]
    return "\n".join(lines), len(blocks)


def _string(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)
