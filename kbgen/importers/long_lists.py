"""A tight list with more `[` than one paragraph may hold (Paperless-ngx's changelog: each of
300 items links its author and pull request) is refused whole by the build, which counts a
tight list as one paragraph (kbgen.core.limits). Made loose, a blank line before each item,
each item is a paragraph of its own: the same list, every item kept."""

from __future__ import annotations

import re

from kbgen.core.limits import MAX_BRACKETS_PER_BLOCK
from kbgen.core.markdown_code import code_map

_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")


def loosened(body: str) -> tuple[str, int]:
    """`body` with each over-full tight list made loose, and how many lists were."""
    code = code_map(body)
    out: list[str] = []
    block: list[str] = []
    count = 0

    def flush() -> None:
        nonlocal count
        if sum(line.count("[") for line in block) > MAX_BRACKETS_PER_BLOCK \
                and any(_ITEM.match(line) for line in block[1:]):
            count += 1
            for index, line in enumerate(block):
                if index and _ITEM.match(line):
                    out.append("")
                out.append(line)
        else:
            out.extend(block)
        block.clear()

    for number, line in enumerate(code.lines):
        if code.is_code(number) or not line.strip():
            flush()
            out.append(line)
        else:
            block.append(line)
    flush()
    return "\n".join(out), count
