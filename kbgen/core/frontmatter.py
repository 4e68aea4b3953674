"""Split a Markdown file into YAML front matter and body."""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENING = re.compile(r"\A---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


@dataclass(frozen=True)
class Split:
    """Front matter text (None when absent or unclosed) and the body that follows."""

    front_matter: str | None
    body: str
    body_line: int
    """1-based line of the file where the body starts."""
    unclosed: bool = False
    """True when the file opens front matter with `---` but never closes it."""


def split_front_matter(text: str) -> Split:
    """Split `text`; front matter starts on line 2 of the file when present."""
    opening = _OPENING.match(text)
    if not opening:
        return Split(None, text, 1)
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        return Split(None, text, 1, unclosed=True)
    front_matter = text[opening.end():closing.start()]
    body_start = text.find("\n", closing.end())
    body = "" if body_start < 0 else text[body_start + 1:]
    return Split(front_matter, body, text.count("\n", 0, closing.end()) + 2)
