"""Find relative links in Markdown, with their lines, outside code."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote

from markdown.extensions.toc import slugify, slugify_unicode
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from kbgen.core.markdown_code import code_map, code_spans

_OPENING = re.compile(r"(!?)\[(?!\^)")
"""Where a link or image may start (`[^1]` is a footnote)."""
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|//)", re.I)
_REFERENCE = re.compile(r"^\s{0,3}\[(?!\^)([^\]]+)\]:\s*(?:<([^>\s]*)>|([^\s<]\S*))(?:\s|$)")
"""A reference definition; `<>` is an empty target (`[//]: <> (a comment)`, a common way to
write a comment in Markdown that no page shows); `<my page.md>` is none (`_UNREAD`)."""
_UNREAD = re.compile(r"^ {0,3}\[(?!\^)([^\[\]\n]+)\]:[ \t]*<([^<>\n]*\s[^<>\n]*)>")
"""A definition whose address in `<>` holds a space (CommonMark's `[my label]: <my page.md>`):
Python-Markdown reads none, and shows the line as text."""
_LABEL_USE = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\[([^\]]*)\])?")
"""A reference link's label: `[text][label]`, `[label][]` or the shortcut `[label]`."""


@dataclass(frozen=True)
class Link:
    """A link target found in a Markdown body."""

    target: str
    """The URL as written, without any `#anchor`."""
    anchor: str
    """The part after `#`, or empty."""
    line: int
    """1-based line in the file."""
    image: bool = False
    """True for `![alt](src)`."""

    @property
    def is_relative(self) -> bool:
        """True for links inside the site (no scheme, not absolute, not mailto), including
        `#anchor` links to a heading of the same page."""
        if not self.target:
            return bool(self.anchor)
        return not _EXTERNAL.match(self.target)


def find_links(body: str, first_line: int) -> Iterator[Link]:
    """Links and images of `body` outside code, whose first line is file line `first_line`
    (a link's text may wrap: `[a long\ntext](page.md)` is on the line where it starts)."""
    if "](" not in body and "]:" not in body:
        return  # no inline link and no definition (blanking code adds neither): no code map
    lines = code_map(body).blanked().split("\n")
    used = _used_labels(lines)
    for start, block in _blocks(lines):
        found: list[tuple[int, str, bool]] = []
        if "](" in block:
            breaks = [m.start() for m in re.finditer("\n", block)]  # a line per link, found
            for link in inline_link_spans(block):  # by halving: linear in a long block
                found.append((start + bisect_left(breaks, link.start), link.href, link.image))
                found += [(start + bisect_left(breaks, link.start + 1 + inner.start),
                           inner.href, True) for inner in images_in_text(link)]
        for offset, line in enumerate(block.split("\n")):
            reference = _REFERENCE.match(line) if "]:" in line else None
            if reference and (reference.group(2) or reference.group(3)) and (
                    _label(reference.group(1)) in used):
                found.append((start + offset, reference.group(2) or reference.group(3), False))
        for number, target, image in sorted(found, key=lambda item: item[0]):
            path, _, anchor = target.partition("#")
            yield Link(path, anchor, first_line + number, image)


_BLOCK_START = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]|^ {0,3}#{1,6}(?:[ \t]|$)")
"""A line that starts a list item or a heading: a new block, which no link's text before it
continues into."""
_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
"""A heading is a block of one line: no link's text continues from it either."""


def _blocks(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The text blocks of a body (lines between blank lines; a list item or a heading starts
    a new one, a heading ends its own) with the 0-based line each starts on; blocks without
    a `[` are left out."""
    start, block = 0, list[str]()
    for number, line in enumerate([*lines, ""]):
        if block and (not line.strip() or _BLOCK_START.match(line)):
            yield from _with_bracket(start, block)
            block = []
        if line.strip():
            start = number if not block else start
            block.append(line)
            if _HEADING_LINE.match(line):
                yield from _with_bracket(start, block)
                block = []


def _with_bracket(start: int, block: list[str]) -> Iterator[tuple[int, str]]:
    text = "\n".join(block)
    if "[" in text:
        yield start, text


def unread_definitions(body: str, first_line: int) -> Iterator[tuple[int, str, str]]:
    """(File line, label, address) of each definition outside code that Python-Markdown
    does not read as one (`_UNREAD`)."""
    for offset, line in enumerate(code_map(body).blanked().split("\n")):
        if "]:" in line and (match := _UNREAD.match(line)):
            yield first_line + offset, match.group(1), match.group(2)


class _LinkReader(LinkInlineProcessor):
    """Python-Markdown's own reader of `[text](address "title")`, on a line as written."""

    def unescape(self, text: str) -> str:
        """Nothing is stashed: the text is as written."""
        return text


@cache
def _parser() -> _LinkReader:
    return _LinkReader(LINK_RE)


@dataclass(frozen=True)
class InlineLink:
    """An inline link or image as Python-Markdown reads it, and where it is written."""

    start: int
    end: int
    image: bool
    text: str
    href: str
    title: str | None


def inline_link_spans(text: str) -> Iterator[InlineLink]:
    """The inline links and images of a paragraph as Python-Markdown reads them:
    `[x](my page.md)`, `[x](<my page.md> "title")`, `[x](a(b).md)` are links too; in
    `[see [x](a.md)](b.md)` only `b.md` is."""
    parser, start = _parser(), 0
    last = text.rfind("](")  # no link starts after the last `](`
    closing = _closing_brackets(text) if last >= 0 else {}
    while (match := _OPENING.search(text, start)) and match.end() <= last:
        start = match.end()
        close = closing.get(match.end() - 1)
        if close is None:  # escaped (`\[x](a.md)` is no link), or never closed
            continue
        label, end = text[match.end():close], close + 1
        href, title, end, handled = parser.getLink(text, end)
        if handled:
            yield InlineLink(match.start(), end, bool(match.group(1)), label, href, title)
            start = end


def images_in_text(link: InlineLink) -> Iterator[InlineLink]:
    """The images in a link's text (`[![shot](thumb.png)](shot.png)`), which Python-Markdown
    shows (a link inside a link's text it does not)."""
    if not link.image and "](" in link.text:
        yield from (inner for inner in inline_link_spans(link.text) if inner.image)


def _closing_brackets(text: str) -> dict[int, int]:
    """Each unescaped `[` -> its `]`, nested as Python-Markdown's `getText` counts them (in
    one pass: a flood of `[` would make that scan, run from each, quadratic)."""
    found: dict[int, int] = {}
    opened: list[int] = []
    for match in re.finditer(r"[\[\]]", text):
        index = match.start()
        if _escaped(text, index):
            continue
        if text[index] == "[":
            opened.append(index)
        elif opened:
            found[opened.pop()] = index
    return found


def _escaped(text: str, index: int) -> bool:
    """True when the character at `index` follows an odd number of backslashes."""
    before = index
    while before and text[before - 1] == "\\":
        before -= 1
    return (index - before) % 2 == 1


def inline_links(line: str) -> Iterator[tuple[str, bool]]:
    """The addresses of the inline links and images of a line, and whether each is an
    image (`inline_link_spans`)."""
    return ((link.href, link.image) for link in inline_link_spans(line))


def _label(text: str) -> str:
    """A reference label as Markdown matches it: case and runs of white space ignored."""
    return " ".join(text.split()).casefold()


def _used_labels(lines: list[str]) -> set[str]:
    """Labels that some link of the body refers to; a definition no link uses is shown
    nowhere (`[//]: <old.md> (a comment)`), so its target is no link."""
    used: set[str] = set()
    for line in lines:
        if "[" not in line:
            continue
        if reference := _REFERENCE.match(line):
            line = line[reference.end(1) + 2:]
        for match in _LABEL_USE.finditer(line):
            used.add(_label(match.group(2) or match.group(1)))
            used.update(_label(inner) for inner in re.findall(r"\[([^\[\]]*)\]", match.group(1)))
    return used


def heading_slug(value: str, separator: str) -> str:
    """A heading's id: Python-Markdown's ASCII slug when every letter has an ASCII spelling
    (`Café` -> `cafe`, as before), else its Unicode slug (`Изменить пароль` ->
    `изменить-пароль`), which the ASCII slug would leave empty or partial."""
    if all(not ch.isalpha() or unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
           for ch in value):
        return slugify(value, separator)
    return slugify_unicode(value, separator)


_HEADING = re.compile(r"^#{1,6}\s++(.*)\s*$")
"""An ATX heading; `_heading_text` reads its text. (`(.*?)\\s*#*\\s*$` in one pattern tried
the closing run at every character: 1.35 s on a 12,800-character heading, quadratic.)"""
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_ATTR_ID = re.compile(r"\{(?=[^}]*+\}\s*$)[^}]*#([^\s}=]+)[^}]*\}\s*$")
"""A heading's closing `{ #id }`; the look-ahead fails a line with no closing brace at once
(backtracking between the three runs took `# {` and 3,200 `#` seconds, cubic)."""
_ATTR_LIST = re.compile(r"\{:?[ ]*([^}\n ][^}\n]*)[ ]*\}")
"""An attribute list as Python-Markdown's attr_list reads it (`{ #id .class }`, `{: #id }`)."""


def _heading_text(heading: re.Match[str]) -> str:
    """The heading's text without its closing blanks and `#` run, as `(.*?)\\s*#*\\s*$`
    read it, in one pass."""
    return heading.group(1).rstrip().rstrip("#").rstrip()


@lru_cache(maxsize=64)  # checked once per link: a page with many `#` links reads its body once
def anchors_of(body: str) -> frozenset[str]:
    """Anchors of a Markdown body: its headings', as Python-Markdown's toc makes them (`#` and
    underlined headings; a repeated heading gets `_1`, `_2`...), and the ids attr_list sets on
    other elements (`[draft](#+blog.draft){ #+blog.draft }`, a paragraph's `{: #note }`)."""
    return frozenset(heading_anchors(body).values()) | attr_list_ids(body)


def attr_list_ids(body: str) -> frozenset[str]:
    """The ids attribute lists set outside code (`{ #+blog.draft }`: attr_list takes any
    word after `#` up to a space or `}`)."""
    if "{" not in body:
        return frozenset()
    found: set[str] = set()
    code = code_map(body)
    for number, line in enumerate(code.lines):
        if "{" not in line or code.is_code(number):
            continue
        spans = code_spans(line)
        for match in _ATTR_LIST.finditer(line):
            if any(start <= match.start() < end for start, end, _, _ in spans):
                continue  # `{ #id }` shown in inline code
            found.update(word[1:] for word in match.group(1).split()
                         if word.startswith("#") and len(word) > 1 and "=" not in word)
    return frozenset(found)


def heading_anchors(body: str) -> dict[int, str]:
    """Each heading's anchor (`anchors_of`) by the index of its line in `body` (an underlined
    heading's is its text's line)."""
    anchors: dict[int, str] = {}
    taken: set[str] = set()
    counts: dict[str, int] = {}
    code = code_map(body)
    previous = ""
    for number, line in enumerate(code.lines):
        if code.is_code(number):
            previous = ""
            continue
        heading = _HEADING.match(line)
        text = _heading_text(heading) if heading else None
        at = number
        if text is None and previous.strip() and _SETEXT.match(line) \
                and not previous.startswith((" " * 4, "\t", "-", "*", "+", ">")) \
                and not _HEADING.match(previous):  # `### P0` then `---`: a rule below it
            text, at = previous.strip(), number - 1
        if text is not None:
            custom = _ATTR_ID.search(text)
            anchor = custom.group(1) if custom \
                else _unique(heading_slug(_ATTR_ID.sub("", text), "-"), taken, counts)
            taken.add(anchor)
            anchors[at] = anchor
        previous = line
    return anchors


def _unique(anchor: str, taken: set[str], counts: dict[str, int]) -> str:
    """`steps` -> `steps_1` when taken, as Python-Markdown's toc numbers repeated headings
    (in constant time: `counts` remembers the last number given to each anchor)."""
    candidate = anchor
    while candidate in taken:
        counts[anchor] = counts.get(anchor, 0) + 1
        candidate = f"{anchor}_{counts[anchor]}"
    return candidate


def resolve(src_uri: str, target: str) -> str:
    """The content-relative path a relative link of `src_uri` points to (`my%20page.md` is
    `my page.md`, as MkDocs reads it)."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), unquote(target)))


def with_link_targets(markdown: str, change: Callable[[str], str | None]) -> str:
    """`markdown` with the address of each inline link and reference definition outside
    code that `change` gives a new one for (None: as written)."""
    blanked = code_map(markdown).blanked()
    edits: list[tuple[int, int, str]] = []
    for link in inline_link_spans(blanked):
        new = change(link.href) if link.href else None
        if new is not None:
            opening = blanked.rfind("](", link.start, link.end) + 2
            at = blanked.find(link.href, opening, link.end)
            if at >= 0:
                edits.append((at, at + len(link.href), new))
    offset = 0
    for line in blanked.split("\n"):
        found = _REFERENCE.match(line) if "]:" in line else None
        href = found and (found.group(2) or found.group(3))
        if found and href and (new := change(href)) is not None:
            at = line.find(href, found.start(2) if found.group(2) else found.start(3))
            edits.append((offset + at, offset + at + len(href), new))
        offset += len(line) + 1
    for start, end, new in sorted(edits, reverse=True):
        markdown = markdown[:start] + new + markdown[end:]
    return markdown
