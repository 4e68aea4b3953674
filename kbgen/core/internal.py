"""Notes for the team inside articles: `!!! internal` blocks, never published.

```markdown
!!! internal "Escalation"
    Check the hub logs in the admin console first.
```
`???` (collapsible) works too. The whole indented block is the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = re.compile(r"^(?:!!!|\?\?\?\+?)\s+internal\b.*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")


@dataclass(frozen=True)
class Note:
    """An internal note: its first line in the file and its text."""

    line: int
    text: str


def split_internal(markdown: str, first_line: int = 1) -> tuple[str, list[Note]]:
    """The public Markdown (notes replaced by blank lines, so line numbers hold) and the notes."""
    lines = markdown.split("\n")
    public: list[str] = []
    notes: list[Note] = []
    index = 0
    while index < len(lines):
        if not _OPENING.match(lines[index]):
            public.append(lines[index])
            index += 1
            continue
        start, body = index, [lines[index]]
        index += 1
        while index < len(lines) and (_INDENTED.match(lines[index]) or not lines[index].strip()):
            body.append(lines[index])
            index += 1
        while body and not body[-1].strip():  # trailing blank lines belong to the page
            body.pop()
            index -= 1
        notes.append(Note(first_line + start, "\n".join(body)))
        public.extend("" for _ in body)
    return "\n".join(public), notes
