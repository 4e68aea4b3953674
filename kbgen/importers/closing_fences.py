"""Code fences closed as CommonMark closes them: a closing fence may stand up to three spaces
in (` ```` `), where Python-Markdown's fences only close at the opening fence's indent. Left as
it is, the code block runs on to the next fence and swallows the headings and text between
(BookStack's "Migrating to Secure Images" section was code on the imported page)."""

from __future__ import annotations

import re

_OPENING = re.compile(r"^( {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*)(`{3,}|~{3,})([^\n]*)$")
"""An opening fence, at the start of a line or of a list item's text (`1. ```bash`)."""
_CLOSING = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*$")


def closing_fences(text: str) -> tuple[str, int]:
    """`text` with each closing fence at its opening fence's indent; how many were moved.
    Only a block opened at the start of a line is changed; one opened in a list item is
    followed, so that its closing fence is not read as an opening one."""
    lines = text.split("\n")
    opened: tuple[str, str] | None = None  # (indent, fence) of the open code block
    moved = 0
    for index, line in enumerate(lines):
        if opened is None:
            found = _OPENING.match(line)
            if found and not (found.group(2)[0] == "`" and "`" in found.group(3)):
                opened = (found.group(1), found.group(2))
            continue
        closing = _CLOSING.match(line)
        indent, fence = opened
        if closing and closing.group(2)[0] == fence[0] and len(closing.group(2)) >= len(fence):
            if not indent.strip() and closing.group(1) != indent:  # opened at a line's start
                lines[index] = indent + closing.group(2)
                moved += 1
            opened = None
    return "\n".join(lines), moved
