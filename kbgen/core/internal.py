"""Notes for the team inside articles: `!!! internal` blocks, never published.

```markdown
!!! internal "Escalation"
    Check the hub logs in the admin console first.
```
`???` and `???+` (collapsible) work too, in any case (`!!! Internal`), with other classes
(`!!! note internal`), with or without a space after the marker, and wherever Markdown renders
a block: indented, in a list step, in a `>` quote, in another note. The opening line and every
line below it that is blank or indented deeper is the note.

`split_internal` removes notes from the source (the pages, the search index and the
publishing gate all read what it leaves). `unrecognised_notes` then finds what looks like an
internal note in what is left (a misspelt class, a marker in the middle of a line, an HTML
element or attribute list with the class `internal`): the loader refuses those, so a note is
either removed or the article fails. A look-alike has a note's shape (`_header_classes`):
the marker after a blank, a quote's `>` or the line's start, then class words that end the
line, come before a title or end a clause (`!!! private "x"`, `??? staff`, `Agents only !!!
internal`, `!!! hiden, agents`). A word glued to code (`!!!hidden()` in mdBook's hidden
lines, `x.!!!hidden`, `foo!!!hidden`) is no note in any syntax, and mid-line only the word
after the marker is a class (`Use !!!hidden-lines to hide lines` is a sentence). Both read
code too (a note shown in a code block is still removed, a look-alike there still refused):
code is published as well, and reading it keeps them right whatever the fences around them.
`kbgen.core.internal_markdown` removes, while rendering, anything with the class `internal`
that got past both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

INTERNAL_CLASS = "internal"
_QUOTE = re.compile(r"[ ]{0,3}>[ ]?")
_CONTAINERS = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|:|\[\^[^\]\s]+\]:)[ \t]+)*")
_MARKER = re.compile(r"(!!!|\?\?\?\+?)[ \t]*([^\"'\n]*)")
_WORD = re.compile(r"[\w\-]+")
_HTML_CLASS = re.compile(r"""class\s*=\s*["']?[^"'>\n]*?(?<![\w-])internal(?![\w-])""",
                         re.IGNORECASE)
_ATTR_LIST = re.compile(r"\{:?(?:[^}\n]*\s)?\.internal(?![\w-])[^}\n]*\}", re.IGNORECASE)
"""`{: .internal}`, `{.note .internal}`: a class starts the list or follows a space (a host
name in a JSON example, `{url: "https://host.docker.internal:9200"}`, is no class)."""
_BLOCK_HEADER = re.compile(r"^\s*(?:>\s*)*/{3,}.*", re.IGNORECASE)
_BLOCK_TYPE = re.compile(r"^\s*(?:>\s*)*type:\s*[\"']?internal\b", re.IGNORECASE)
LOOKALIKES = frozenset({"private", "confidential", "secret", "staff", "staffonly", "agents",
                        "agentsonly", "agentonly", "teamonly", "hidden"})
"""Classes an author may use meaning "internal": refused, so the author writes `internal`."""


@dataclass(frozen=True)
class Note:
    """An internal note: its first line in the file and its text."""

    line: int
    text: str


def visible(text: str) -> str:
    """`text` without invisible format characters (zero-width spaces and joiners, soft
    hyphens, direction marks), which split a word for Markdown but not for a reader."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def fold(word: str) -> str:
    """A class word compared loosely: compatibility forms, case, `-` and `_` ignored."""
    return unicodedata.normalize("NFKC", word).casefold().replace("-", "").replace("_", "")


def is_internal_class(classes: str) -> bool:
    """True when a class list (as Markdown writes it) holds `internal` in any case."""
    return any(unicodedata.normalize("NFKC", word).casefold() == INTERNAL_CLASS
               for word in classes.split())


def _columns(text: str) -> int:
    """Width of the leading whitespace of `text` (tabs to 4 columns)."""
    return len(text[: len(text) - len(text.lstrip(" \t"))].expandtabs(4))


def _unquote(line: str, limit: int | None = None) -> tuple[int, str]:
    """(quote markers removed, rest) for a line, removing at most `limit` markers."""
    depth = 0
    while limit is None or depth < limit:
        match = _QUOTE.match(line)
        if not match:
            break
        line, depth = line[match.end():], depth + 1
    return depth, line


def _opening(line: str) -> tuple[int, int] | None:
    """(quote depth, indentation) when `line` opens an internal note, else None."""
    depth, rest = _unquote(line)
    start = _CONTAINERS.match(rest)
    marker = _MARKER.match(rest, start.end() if start else 0)
    if marker is None or not is_internal_class(" ".join(_WORD.findall(visible(marker.group(2))))):
        return None
    return depth, _columns(rest)


def split_internal(markdown: str, first_line: int = 1) -> tuple[str, list[Note]]:
    """The public Markdown (notes replaced by blank lines, so line numbers hold) and the notes."""
    if "!!!" not in markdown and "???" not in markdown:  # most articles: no note at all
        return markdown, []
    lines = markdown.split("\n")
    public: list[str] = []
    notes: list[Note] = []
    index = 0
    while index < len(lines):
        opening = _opening(lines[index])
        if opening is None:
            public.append(lines[index])
            index += 1
            continue
        depth, indent = opening
        start, body = index, [lines[index]]
        index += 1
        while index < len(lines):
            rest = _unquote(lines[index], depth)[1]
            if rest.strip() and _columns(rest) <= indent:
                break
            body.append(lines[index])
            index += 1
        while len(body) > 1 and not _unquote(body[-1], depth)[1].strip():
            body.pop()  # trailing blank lines belong to the page
            index -= 1
        notes.append(Note(first_line + start, "\n".join(body)))
        public.extend("" for _ in body)
    return "\n".join(public), notes


HOW = ("kbgen hides only notes opened by `!!! internal` or `??? internal` at the start of a"
       " line, with their text indented by 4 spaces below")


def unrecognised_notes(public: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for what looks like an internal note in `public` (Markdown that
    `split_internal` already cleared of notes): it would be published."""
    whole = public if public.isascii() else unicodedata.normalize("NFKC", visible(public))
    if not any(sign in whole for sign in ("!!!", "???", "///")) and \
            INTERNAL_CLASS not in whole.casefold():  # most articles: nothing to look at
        return []
    found: list[tuple[int, str]] = []
    after_block_header = False
    for number, line in enumerate(public.split("\n"), first_line):
        message = _lookalike(line, after_block_header)
        if message:
            found.append((number, message))
        if line.strip():
            after_block_header = bool(_BLOCK_HEADER.match(line))
    return found


def _lookalike(line: str, after_block_header: bool) -> str | None:
    if not line.isascii():
        line = unicodedata.normalize("NFKC", visible(line))
    for marker, words in _header_classes(line):
        for word in words:
            if _means_internal(word):
                return (f"'{marker} {word}' looks like an internal note but would be"
                        f" published: {HOW}; fix this line or remove the marker")
    if _HTML_CLASS.search(line) or _ATTR_LIST.search(line):
        return ("the class 'internal' on HTML or an attribute list does not hide text and"
                f" would be published: {HOW}")
    if (_BLOCK_HEADER.match(line) and INTERNAL_CLASS in line.casefold()) or (
            after_block_header and _BLOCK_TYPE.match(line)):
        return f"a `///` block marked internal would be published: {HOW}"
    return None


_HEADER_MARKER = re.compile(r"(?<![^\s>*_~])(!{3,}|\?{3,}\+?)[ \t]*")
"""A note's marker where one may stand: at the line's start or after a blank, a `>` or an
emphasis mark (`foo!!!hidden`, `hidelines=!!!`, `"!!!x"` are no marker)."""
_CLASS_RUN = re.compile(r"[\w\-]+(?:[ \t]+[\w\-]+)*")
_WORD_END = re.compile(r"[*_~]*[,;:.!?]*(?:\s|$)")
"""What may follow a class word: a blank or the line's end, after emphasis marks and a
clause's punctuation; any other character glues it to code (`hidden()`, `hidden.x`,
`hidden=`, a closing backtick)."""


def _header_classes(line: str) -> list[tuple[str, list[str]]]:
    """(marker, class words) of each marker in `line` written as a note's opening: at the
    line's start (after quotes and list markers) every class word Python-Markdown's
    admonition (pymdownx.details') would read, a last one glued to code left out; in the
    middle of a line the word after the marker only. None when the first word is glued."""
    markers = list(_HEADER_MARKER.finditer(line)) if "!!!" in line or "???" in line else []
    if not markers:
        return []
    unquoted = _unquote(line)[1]
    start = _CONTAINERS.match(unquoted)
    opening = len(line) - len(unquoted) + (start.end() if start else 0)
    found = []
    for marker in markers:
        run = _CLASS_RUN.match(line, marker.end())
        if run is None:
            continue
        words = list(re.finditer(r"[\w\-]+", run.group()))
        if not _WORD_END.match(line, run.start() + words[0].end()):
            continue
        if marker.start() != opening:
            words = words[:1]
        elif not _WORD_END.match(line, run.end()):
            words = words[:-1]
        found.append((marker.group(1), [word.group() for word in words]))
    return found


@lru_cache(maxsize=4096)
def _means_internal(word: str) -> bool:
    folded = fold(word)
    return (INTERNAL_CLASS in folded or folded in LOOKALIKES
            or SequenceMatcher(None, folded, INTERNAL_CLASS).ratio() >= 0.8
            or (len(folded) >= 4 and any(_one_typo(folded, other) for other in LOOKALIKES)))


def _one_typo(word: str, other: str) -> bool:
    """True when `word` is `other` with one letter missing, added, changed or two swapped
    (`hiden`, `secert`, `privat`)."""
    if abs(len(word) - len(other)) > 1 or word == other:
        return False
    start = next((i for i, (a, b) in enumerate(zip(word, other)) if a != b),
                 min(len(word), len(other)))
    return (word[start + 1:] == other[start + 1:] or word[start:] == other[start + 1:]
            or word[start + 1:] == other[start:]
            or (word[start + 2:] == other[start + 2:]
                and word[start:start + 2] == other[start:start + 2][::-1]))
