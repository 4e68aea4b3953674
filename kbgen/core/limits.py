"""Markdown that would hang or crash the renderer fails its own file quickly instead."""

from __future__ import annotations

import re

MAX_ARTICLE_BYTES = 1_000_000
"""Larger articles are refused: split them, or move data to a linked file."""
MAX_LIST_INDENT = 160
"""Columns of indentation for a list item (40 levels of 4 spaces); deeper nesting crashes."""
MAX_QUOTE_DEPTH = 50
"""Nested `>` quotes."""
MAX_BRACKETS_PER_BLOCK = 500
"""`[` characters in one paragraph; a flood makes link parsing run for minutes."""

_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])\s")
_QUOTES = re.compile(r"^\s*((?:>\s*)+)")


def pathology(text: str) -> tuple[int, str] | None:
    """(line, message) for the first construct the renderer cannot handle, or None."""
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        return 1, (f"the file is {size / 1e6:.1f} MB; articles are limited to"
                   f" {MAX_ARTICLE_BYTES / 1e6:.0f} MB: split it into several articles")
    brackets, block_start, in_fence = 0, 1, False
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or not line.strip():
            brackets, block_start = 0, number + 1
            continue
        brackets += line.count("[")
        if brackets > MAX_BRACKETS_PER_BLOCK:
            return block_start, (f"more than {MAX_BRACKETS_PER_BLOCK} '[' in one paragraph;"
                                 " put such text in a code block (```)")
        item = _LIST_ITEM.match(line)
        if item and len(item.group(1).expandtabs(4)) > MAX_LIST_INDENT:
            return number, ("list nested more than 40 levels deep; flatten it"
                            " (deeper nesting crashes the Markdown renderer)")
        quotes = _QUOTES.match(line)
        if quotes and quotes.group(1).count(">") > MAX_QUOTE_DEPTH:
            return number, f"quotes nested more than {MAX_QUOTE_DEPTH} levels deep; flatten them"
    return None
