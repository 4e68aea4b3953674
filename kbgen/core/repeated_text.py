"""Text Markdown copies into a page at every use of a definition (issue 19, hostile53).

A link reference (`[r]: /a-long-address "and title"`) is written once and its address and
title are copied into each link that uses it (`[see][r]`, `[r]`, `![](r)`); an abbreviation
(`*[HTML]: a long title`) is copied into a `title` at every word it names. The page therefore
grows with the uses times the definition: 38 kB of Markdown (an 8,000-character address and
4,000 uses) rendered a 32 MB page, and an article under the size limit (a 500 kB address, 70,000
uses) would need tens of gigabytes before any later check saw it. `repeated_text` counts what
the definitions would copy, in one pass over the text, so `kbgen.core.limits` can refuse the
file before it is rendered.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MAX_REPEATED_TEXT = 1_000_000
"""Characters that link references and abbreviations may copy into one page at their uses:
as much as one article (`limits.MAX_ARTICLE_BYTES`) may hold."""

_REFERENCE = re.compile(r"^[ \t>]*\[([^\[\]\n]*)\]:[ \t]*(.*)$", re.MULTILINE)
"""A link reference definition (also inside quotes and list items; a label on one line)."""
_TITLE_LINE = re.compile(r"[ \t>]*[\"'(]")
"""A line that continues a definition with its title."""
_ABBREVIATION = re.compile(r"^[ \t>]*\*\[([^\\\n]*?)\][ ]?:[ ]*(.*)$", re.MULTILINE)
"""An abbreviation definition (`*[HTML]: Hyper Text Markup Language`)."""
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
"""Every bracketed text of a page: each may use a reference by its label (`[text][label]`,
`[label][]`, `[label]`); no nesting, so each character is read at most twice."""
_ESCAPED = re.compile(r"[&\"<>]")
"""Characters an attribute or text writes as an entity of up to six characters."""


@dataclass(frozen=True)
class Repeated:
    """The definition that copies the most text into a page, and the total for all."""

    line: int
    """Line of the definition (1-based, in the text given)."""
    name: str
    """The definition as written: `[label]` or `*[ABBR]`."""
    uses: int
    """How often the page uses it."""
    copied: int
    """Characters it copies into the page (its length as written in HTML, times its uses)."""
    total: int
    """Characters all definitions copy."""


def repeated_text(text: str, max_abbreviations: int) -> Repeated | None:
    """The definition of `text` (Markdown, code blanked) that copies the most into its page,
    with the total all copy, or None when the text defines nothing; abbreviations are counted
    only up to `max_abbreviations` of them (a reading of the text for each: more are refused
    for themselves)."""
    if "]:" not in text and "] :" not in text:
        return None
    found = [*_references(text), *_abbreviations(text, max_abbreviations)]
    if not found:
        return None
    total = sum(item.copied for item in found)
    top = max(found, key=lambda item: item.copied)
    return Repeated(top.line, top.name, top.uses, top.copied, total)


class _Lines:
    """Line numbers of offsets asked in increasing order, counted once through the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def at(self, offset: int) -> int:
        """The line (1-based) of `offset`, no smaller than the last one asked."""
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _written_length(value: str) -> int:
    """Characters `value` takes in HTML (an entity for each `&"<>`)."""
    return len(value) + 5 * len(_ESCAPED.findall(value))


def _label(value: str) -> str:
    """A reference label as Markdown matches it: case and spacing ignored."""
    return " ".join(value.split()).lower()


def _references(text: str) -> list[Repeated]:
    definitions: dict[str, tuple[int, int]] = {}
    defined: Counter[str] = Counter()  # a definition's own `[label]` is no use of it
    lines = _Lines(text)
    for match in _REFERENCE.finditer(text):
        value = match.group(2)
        end = text.find("\n", match.end() + 1)
        following = text[match.end() + 1:end if end >= 0 else len(text)]
        if not value.strip() or _TITLE_LINE.match(following):  # address or title below
            value += following
        label = _label(match.group(1))
        if label.startswith("^"):
            continue  # a footnote: its text is shown once, below the page
        defined[label] += 1
        length = _written_length(value)
        if length > definitions.get(label, (0, 0))[1]:
            definitions[label] = (lines.at(match.start()), length)
    if not definitions:
        return []
    uses = Counter(label for label in (_label(m.group(1)) for m in _BRACKETED.finditer(text))
                   if label in definitions) - defined
    return [Repeated(line, f"[{label}]", uses[label], length * uses[label], 0)
            for label, (line, length) in definitions.items() if uses[label]]


def _abbreviations(text: str, most: int) -> list[Repeated]:
    definitions: dict[str, tuple[int, int]] = {}
    named: Counter[str] = Counter()
    lines = _Lines(text)
    for match in _ABBREVIATION.finditer(text):
        name = match.group(1)
        if name:
            named[name] += 1
            definitions[name] = (lines.at(match.start()), _written_length(match.group(2)))
    if not definitions or len(definitions) > most:
        return []
    # Each name's occurrences, words or not (str.count reads the text once, in C; a pattern of
    # the names, as Markdown's, takes the square of a long name in a text that repeats it).
    uses = Counter({name: text.count(name) for name in definitions}) - named  # less their own
    return [Repeated(line, f"*[{name}]", uses[name], length * uses[name], 0)
            for name, (line, length) in definitions.items() if uses[name]]
