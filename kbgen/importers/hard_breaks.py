r"""CommonMark's hard line break written as a backslash at a line's end (`gateway server.\`
then the next line): kbgen's Markdown has no such break and published the backslash (77 in 22
of LANraragi's GitBook pages). A `<br>` now, outside code and only inside a paragraph (a
backslash before a blank line or at the text's end is text in CommonMark too)."""

from __future__ import annotations

import re

from kbgen.core.markdown_code import code_map

_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\$")
"""A line ending in one backslash (an escaped one, `\\\\`, is a backslash shown)."""


def hard_breaks(text: str) -> tuple[str, int]:
    """`text` with each backslash line break a `<br>`; how many."""
    if "\\\n" not in text:
        return text, 0
    code = code_map(text)
    lines = list(code.lines)
    found = 0
    for index, line in enumerate(lines[:-1]):
        if code.is_code(index) or code.is_code(index + 1) or not lines[index + 1].strip() \
                or not line.rstrip().endswith("\\") or line.lstrip().startswith("|"):
            continue
        changed = _BREAK.sub(r"\1<br>", line.rstrip())
        if changed != line.rstrip() and _outside_inline_code(line):
            lines[index] = changed
            found += 1
    return "\n".join(lines), found


def _outside_inline_code(line: str) -> bool:
    """The line's last backslash is not inside an inline code span (an even number of
    backtick runs before it)."""
    return len(re.findall(r"`+", line)) % 2 == 0
