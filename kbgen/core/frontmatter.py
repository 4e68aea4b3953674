"""Split a Markdown file into YAML front matter and body."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from pydantic import BaseModel

from kbgen.core.schema import partial_messages
from kbgen.core.strictyaml import ALIASES_REFUSED, YamlProblem, line_for, salvage

FIRST_LINE = 2
"""Front matter starts on line 2 of the file, after the opening `---`."""
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


def broken_front_matter(text: str, error: YamlProblem, model: type[BaseModel],
                        ignored: Collection[str] = ()) -> list[tuple[int | None, str]]:
    """(line in `text`, message) for every problem of front matter that does not parse:
    each broken key's YAML error, then the problems of the keys that can still be read
    (`ignored` keys, such as internal ones, are not validated). Falls back to `error` alone
    when the text is not a list of `key: value` lines, and for aliases (refused anyway)."""
    rescued = salvage(text, FIRST_LINE) if error.message != ALIASES_REFUSED else None
    if rescued is None or not rescued.problems:
        return [(error.line, error.message)]
    found: list[tuple[int | None, str]] = [(p.line, p.message) for p in rescued.problems]
    data = {key: value for key, value in rescued.data.items() if key not in ignored}
    for key, message in partial_messages(model, data, rescued.unread):
        found.append((line_for(rescued.key_lines, key or ""), message))
    return sorted(found, key=lambda item: item[0] or 0)
