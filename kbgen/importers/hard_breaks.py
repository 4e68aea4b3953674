r"""CommonMark's hard line break written as a backslash at a line's end (`gateway server.\`
then the next line): kbgen's Markdown has no such break and published the backslash (77 in 22
of LANraragi's GitBook pages). A `<br>` now, outside code and only inside a paragraph (a
backslash before a blank line or at the text's end is text in CommonMark too)."""

from __future__ import annotations

import re

from kbgen.core.markdown_code import code_map

_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\$")
"""A line ending in one backslash (an escaped one, `\\\\`, is a backslash shown)."""


_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_NOT_PARAGRAPH = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|\||<[A-Za-z/!])")
"""A heading, a table row or an HTML block: a backslash at its end is text."""
_NEW_BLOCK = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|>|`{3}|~{3}|\||"
                        r"(?:[-*_][ \t]*){3,}$|=+[ \t]*$|<[A-Za-z/!])")
"""A line that starts another block (a heading, list item, quote, fence, table, rule, an
underline or HTML): the backslash before it ends the paragraph and is text."""


def hard_breaks(text: str) -> tuple[str, int]:
    """`text` with each backslash line break a `<br>`; how many."""
    if "\\\n" not in text:
        return text, 0
    code = code_map(text)
    lines = list(code.lines)
    found = 0
    for index, line in enumerate(lines[:-1]):
        own, after = line, lines[index + 1]
        if _depth(own) and _depth(own) == _depth(after):  # in a quote: its lines without
            own, after = _QUOTE.sub("", own), _QUOTE.sub("", after)  # their markers
        if code.is_code(index) or code.is_code(index + 1) or not after.strip() \
                or not line.rstrip().endswith("\\") or _NOT_PARAGRAPH.match(own) \
                or _NEW_BLOCK.match(after):
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


def _depth(line: str) -> int:
    """How many `>` quote markers open the line."""
    found = _QUOTE.match(line)
    return found.group(0).count(">") if found else 0
