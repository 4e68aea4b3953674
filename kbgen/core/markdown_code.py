"""Which parts of a Markdown text are code, as the site's renderer sees them.

One scanner for every check that must tell code from text (links, limits, unsafe HTML, the
search text). It follows what Python-Markdown with `pymdownx.superfences` renders, and
`tests/core/test_markdown_code.py` holds it to the real renderer case by case:

- fenced blocks as superfences finds them: three or more backticks or tildes, closed only by
  the same fence at the same indentation (a longer fence holds shorter ones), in lists, notes
  and `>` quotes; a fence that is never closed is no fence at all (its lines are text);
- indented code blocks: a block indented four columns deeper than the list item, note,
  definition or footnote it belongs to (or than the page), after a blank line;
- inline code spans of one or more backticks, matched as Python-Markdown matches them.

Raw HTML blocks (a block-level tag at the start of a line) are neither code nor Markdown: no
code is found inside them. Where the scanner cannot be sure, it says "text", so a check reads
too much rather than too little. Every step is linear in the size of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache

from pymdownx.superfences import RE_HL_LINES, RE_LINENUMS, RE_NESTED_FENCE_START, RE_OPTIONS

TAB_LENGTH = 4
"""Python-Markdown's tab length: tabs expand to it, and each level of nesting indents by it."""
MAX_FENCE_HEADER = 200
"""Characters after a code block's opening fence (its language and options) that the scanner
reads; `kbgen.core.limits` refuses longer ones."""
MAX_FENCE_QUOTES = 12
"""Quotes in those options (`title="setup.py"` has two). superfences' header pattern takes
exponential time on many (24 options of `a="b"` stall a build for minutes)."""
MAX_QUOTE_DEPTH = 60
"""Deeper `>` quotes are not looked into (such files are refused by `limits` anyway)."""

_PREFIX = " \t>"
"""What superfences allows before a fence: indentation and quote markers."""
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body canvas center colgroup dd details div dl dt"
    " fieldset figcaption figure footer form group h1 h2 h3 h4 h5 h6 header hgroup hr html"
    " iframe legend li main map math menu nav noscript object ol option output p pre progress"
    " script section style summary table tbody td textarea tfoot th thead tr ul video".split())
"""Python-Markdown's block-level elements: at the start of a line they open raw HTML."""
_RAW_OPENING = re.compile(r" {0,3}<(?:(!--)|([A-Za-z][A-Za-z0-9-]*)|[?!/])")
_QUOTE = re.compile(r" {0,3}> ?")
_CONTAINER = re.compile(
    r" *(?:[-*+] |\d{1,9}[.)] |!!!|\?\?\?|\[\^[^\]\n]+\]:|: )")
"""A line that opens a list item, a note (`!!!`, `???`), a footnote or a definition."""
_OWN_LINE = re.compile(r" *(?:#|\[[^\]\n]+\]:)|.*\|| *(?:=+|-+) *$")
"""Lines that inline code never spans: headings, references, table rows, underlines."""
_TICKS = re.compile(r"`+")
_QUOTED_LINE = re.compile(r"\n[ ]*(?:>[ ]?)+")
"""A line break in inline code inside a quote, with the quote markers of the next line."""


class Kind(Enum):
    """What a line of Markdown is."""

    TEXT = "text"
    FENCE = "fence"
    """In a fenced code block, its opening and closing fences included."""
    INDENTED = "indented"
    """In an indented code block."""


@dataclass(frozen=True)
class Block:
    """A code block: its lines (0-based, fences included) and the margin its code is
    written after (indentation and quote markers that are not part of the code)."""

    first: int
    last: int
    kind: Kind
    margin: int = 0


@dataclass(frozen=True)
class Span:
    """Inline code: from its opening backticks to its closing ones, as offsets in the text."""

    start: int
    end: int
    content_start: int
    content_end: int


class CodeMap:
    """The code of one Markdown text: its code blocks by line, its inline code by offset."""

    def __init__(self, markdown: str) -> None:
        self.markdown = markdown
        self.lines = markdown.split("\n")
        self.kinds: list[Kind] = [Kind.TEXT] * len(self.lines)
        """The kind of each line (0-based)."""
        self.blocks: list[Block] = []
        """The code blocks, in order."""
        self.runs: list[int] = [-1] * len(self.lines)
        """The run of inline text each line belongs to (-1: none, as in raw HTML or code)."""
        _Scanner(self).scan()

    def is_code(self, index: int) -> bool:
        """True when line `index` (0-based) is in a code block."""
        return self.kinds[index] is not Kind.TEXT

    @cached_property
    def spans(self) -> list[Span]:
        """The inline code spans, in order."""
        found: list[Span] = []
        if "`" not in self.markdown:
            return found
        starts = _line_starts(self.lines)
        index = 0
        while index < len(self.lines):
            run, last = self.runs[index], index
            while run >= 0 and last + 1 < len(self.lines) and self.runs[last + 1] == run:
                last += 1
            if run >= 0:
                text = "\n".join(self.lines[index:last + 1])
                if "`" in text:
                    found += [Span(*(starts[index] + offset for offset in span))
                              for span in code_spans(text)]
            index = last + 1
        return found

    def blanked(self) -> str:
        """The text with every piece of code (fences included) replaced by spaces: the same
        length, so lines, columns and offsets stay where they were."""
        text = "\n".join(" " * len(line) if self.is_code(i) else line
                         for i, line in enumerate(self.lines))
        pieces: list[str] = []
        at = 0
        for span in self.spans:
            pieces += [text[at:span.start], re.sub(r"[^\n]", " ", text[span.start:span.end])]
            at = span.end
        return "".join(pieces) + text[at:]

    def pieces(self) -> Iterator[tuple[str, bool]]:
        """The text in order as (piece, is_code). A code block is one piece (without its
        fences) in place of its lines; inline code is its content, without backticks."""
        starts = _line_starts(self.lines)
        spans = iter(self.spans)
        span = next(spans, None)
        at = 0
        for block in [*self.blocks, Block(len(self.lines), len(self.lines), Kind.TEXT)]:
            first, last = block.first, block.last
            end = starts[first] if first < len(self.lines) else len(self.markdown)
            while span is not None and span.start < end:
                yield self.markdown[at:span.start], False
                content = self.markdown[span.content_start:span.content_end]
                yield _QUOTED_LINE.sub("\n", content).strip(), True
                at, span = span.end, next(spans, None)
            yield self.markdown[at:end], False
            if first < len(self.lines):
                body = self.lines[first + 1:last] if block.kind is Kind.FENCE else \
                    self.lines[first:last + 1]
                yield "\n".join(line.expandtabs(TAB_LENGTH)[block.margin:] for line in body), True
                at = starts[last] + len(self.lines[last])


def _line_starts(lines: list[str]) -> list[int]:
    """The offset of each line in the text."""
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


@lru_cache(maxsize=64)  # links, anchors, unsafe HTML and search read the same body in turn
def code_map(markdown: str) -> CodeMap:
    """The code of `markdown` (cached: every check of an article asks for it)."""
    return CodeMap(markdown)


# ---------------------------------------------------------------------------------------------
# Fences, as pymdownx.superfences finds them (its preprocessor, line by line)
# ---------------------------------------------------------------------------------------------


def _fence_opening(line: str) -> tuple[str, str] | None:
    """(indentation with quote markers, fence) when superfences opens a fence on `line`."""
    prefix = len(line) - len(line.lstrip(_PREFIX))
    if line[prefix:prefix + 3] not in ("```", "~~~") or risky_fence_header(line[prefix:]):
        return None
    match = RE_NESTED_FENCE_START.match(line, prefix)
    if match is None or match.group("unrecognized"):
        return None
    if match.group("options") and not match.group("attrs"):
        for option in RE_OPTIONS.finditer(match.group("options")):
            key, value = option.group("key"), option.group("value")
            valid = {"hl_lines": RE_HL_LINES, "linenums": RE_LINENUMS}.get(key)
            if value is None or key not in ("hl_lines", "linenums", "title", "title_mode") or \
                    (valid is not None and valid.match(value) is None):
                return None  # superfences turns such a header down: the line is text
    return line[:prefix], match.group("fence")


def risky_fence_header(fence_line: str) -> bool:
    """True when the first line of a fence (from its backticks or tildes) has options too long
    or too quoted for superfences to read in reasonable time."""
    header = fence_line.lstrip(fence_line[:1])
    return len(header) > MAX_FENCE_HEADER or \
        header.count('"') + header.count("'") > MAX_FENCE_QUOTES


def find_fences(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first line, last line, indentation) of each closed fenced block; `lines` have their
    tabs expanded, as Python-Markdown does before superfences runs."""
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        opening = _fence_opening(lines[index])
        if opening is None:
            index += 1
            continue
        ws, fence = opening
        end, after = _fence_end(lines, index, ws, fence)
        if end is not None:
            found.append((index, end, ws))
        index = after
    return found


def _fence_end(lines: list[str], start: int, ws: str, fence: str) -> tuple[int | None, int]:
    """(closing line or None, next line to look at) for the fence opened on line `start`.
    A line that breaks the fence (indented less, or quoted differently) abandons it, and
    superfences looks for a new fence only from the line after."""
    quotes = ws.count(">")
    width = len(ws)
    blank_seen = False
    for index in range(start + 1, len(lines)):
        line = lines[index]
        taken = 0
        while taken < len(line) and taken < width and line[taken] in _PREFIX:
            taken += 1
        prefix, content = line[:taken], line[taken:]
        level = prefix.count(">")
        if quotes:
            if level > quotes or (content and taken < width) or \
                    (content and blank_seen and level < quotes):
                return None, index + 1
            if not content:
                blank_seen = True
                continue
            if _closes(content, fence):
                return index, index + 1
            blank_seen = False
        elif level:
            return None, index + 1
        elif not line.strip():
            continue
        elif taken != width:
            return None, index + 1
        elif _closes(content, fence):
            return index, index + 1
    return None, len(lines)


def _closes(content: str, fence: str) -> bool:
    """True when `content` is `fence` exactly, then only spaces or tabs."""
    return content.startswith(fence) and not content[len(fence):].strip(" \t")


# ---------------------------------------------------------------------------------------------
# Blocks: indented code, raw HTML, and the runs of text that inline code may span
# ---------------------------------------------------------------------------------------------


class _Line:
    """A line as the block parser sees it: a fenced block is one line (superfences leaves one
    placeholder in its place). `at` is where it starts inside the quotes it is in."""

    __slots__ = ("at", "blank", "first", "indent", "last", "rest", "text")

    def __init__(self, first: int, last: int, text: str, at: int = 0) -> None:
        self.first, self.last, self.text, self.at = first, last, text, at
        self.rest = text[at:] if at else text
        content = self.rest.lstrip(" ")
        self.blank = not content.strip()
        self.indent = len(self.rest) - len(content)


class _Scanner:
    """Fills a CodeMap's kinds, blocks and runs of inline text."""

    def __init__(self, target: CodeMap) -> None:
        self.target = target
        self.run = 0

    def scan(self) -> None:
        """Fences first, then raw HTML, then blocks, as Python-Markdown reads them."""
        target = self.target
        expanded = [line.expandtabs(TAB_LENGTH) if "\t" in line else line
                    for line in target.lines]
        fences = find_fences(expanded) if "```" in target.markdown or \
            "~~~" in target.markdown else []
        lines: list[_Line] = []
        index = 0
        for first, last, ws in fences:
            lines += [_Line(i, i, expanded[i]) for i in range(index, first)]
            lines.append(_Line(first, last, ws + "\x02"))  # superfences' placeholder
            target.kinds[first:last + 1] = [Kind.FENCE] * (last + 1 - first)
            index = last + 1
        lines += [_Line(i, i, expanded[i]) for i in range(index, len(expanded))]
        if "<" in target.markdown:
            lines = _without_raw_html(lines)
        self.indented: list[Block] = []
        self._blocks(lines, 0)
        self._list_blocks(fences)

    def _list_blocks(self, fences: list[tuple[int, int, str]]) -> None:
        blocks = sorted([*(Block(first, last, Kind.FENCE, len(ws)) for first, last, ws in fences),
                         *self.indented], key=lambda block: block.first)
        merged: list[Block] = []
        for block in blocks:  # a fence inside indented code is part of that code
            if merged and block.first <= merged[-1].last:
                previous = merged[-1]
                merged[-1] = Block(previous.first, max(block.last, previous.last),
                                   Kind.INDENTED, previous.margin)
            else:
                merged.append(block)
        self.target.blocks = merged

    def _blocks(self, lines: list[_Line], quote_depth: int) -> None:
        """Mark indented code and runs of inline text in `lines` (the content of the page, or
        of one `>` quote)."""
        containers: list[int] = []  # the indentation of each open container's content
        index = 0
        block_start = True
        while index < len(lines):
            line = lines[index]
            if line.blank:
                index += 1
                block_start = True
                self.run += 1
                continue
            indent = line.indent
            while containers and containers[-1] > indent:
                containers.pop()
            base = containers[-1] if containers else 0
            if block_start and indent >= base + TAB_LENGTH:
                index = self._indented(lines, index, base + TAB_LENGTH)
                continue
            block_start = False
            if indent < base + TAB_LENGTH and _QUOTE.match(line.text, line.at):
                index = self._quote(lines, index, base, quote_depth)
                block_start = True
                continue
            rest = line.rest
            if rest[indent:indent + 1].isalpha() and "|" not in rest:  # most lines: plain text
                if quote_depth <= MAX_QUOTE_DEPTH:
                    self.target.runs[line.first] = self.run
                index += 1
                continue
            if _CONTAINER.match(rest):
                containers.append((indent // TAB_LENGTH + 1) * TAB_LENGTH)
                self.run += 1
            if line.first != line.last:  # a fenced block: inline code does not span it
                self.run += 1
            elif _OWN_LINE.match(rest):
                self.target.runs[line.first] = self.run = self.run + 1
                self.run += 1
            elif quote_depth <= MAX_QUOTE_DEPTH:
                self.target.runs[line.first] = self.run
            index += 1

    def _indented(self, lines: list[_Line], index: int, width: int) -> int:
        """Mark the indented code block from `index` (its lines, and blank lines between
        them); returns the line after it."""
        kinds = self.target.kinds
        start = index
        while index < len(lines):
            line = lines[index]
            if line.blank:
                following = _next_filled(lines, index)
                if following == len(lines) or lines[following].indent < width:
                    break
                for blank in lines[index:following]:
                    kinds[blank.first] = Kind.INDENTED
                index = following
                continue
            if line.indent < width:
                break
            for number in range(line.first, line.last + 1):
                if kinds[number] is Kind.TEXT:
                    kinds[number] = Kind.INDENTED
            index += 1
        self.indented.append(Block(lines[start].first, lines[index - 1].last, Kind.INDENTED,
                                   lines[start].at + width))
        self.run += 1
        return index

    def _quote(self, lines: list[_Line], index: int, base: int, quote_depth: int) -> int:
        """Read the `>` quote from `index` (quoted and lazy lines, and further quoted blocks
        after blank lines) as a page of its own; returns the line after it."""
        inner: list[_Line] = []
        while index < len(lines):
            line = lines[index]
            if line.blank:
                following = _next_filled(lines, index)
                if following == len(lines) or lines[following].indent >= base + TAB_LENGTH \
                        or not _QUOTE.match(lines[following].text, lines[following].at):
                    break
                inner += lines[index:following]
                index = following
                continue
            marker = _QUOTE.match(line.text, line.at) \
                if line.indent < base + TAB_LENGTH else None
            inner.append(_Line(line.first, line.last, line.text,
                               marker.end() if marker else line.at))
            index += 1
        self.run += 1
        if quote_depth < MAX_QUOTE_DEPTH:
            self._blocks(inner, quote_depth + 1)
        self.run += 1
        return index


def _next_filled(lines: list[_Line], index: int) -> int:
    """The first line at or after `index` that is not blank (or len(lines))."""
    while index < len(lines) and lines[index].blank:
        index += 1
    return index


_COMMENT_END = re.compile(r"-->")
_TAG_END = re.compile(r">")


def _without_raw_html(lines: list[_Line]) -> list[_Line]:
    """`lines` with each raw HTML block blanked: Python-Markdown passes such blocks through
    untouched, so nothing in them is code (fences excepted: superfences ran first)."""
    kept: list[_Line] = []
    open_block: _RawBlock | None = None
    for line in lines:
        if open_block is None and line.first == line.last:
            open_block = _RawBlock.opened_by(line.text)
        if open_block is None:
            kept.append(line)
            continue
        kept.append(_Line(line.first, line.last, ""))  # blank: it ends the block before it
        if open_block.read(line.text):
            open_block = None
    return kept


class _RawBlock:
    """A raw HTML block being read: the element (or comment) that opened it, still open."""

    def __init__(self, opening: re.Pattern[str], closing: re.Pattern[str]) -> None:
        self.opening = opening
        self.closing = closing
        self.depth = 0

    @classmethod
    def opened_by(cls, text: str) -> _RawBlock | None:
        """The block that line `text` opens, if any."""
        match = _RAW_OPENING.match(text)
        if match is None:
            return None
        if match.group(1):
            return cls(re.compile(r"<!--"), _COMMENT_END)
        name = match.group(2)
        if name is None or name.lower() == "hr":
            return cls(re.compile(r"<"), _TAG_END)
        if name.lower() not in _BLOCK_TAGS:
            return None
        escaped = re.escape(name)
        return cls(re.compile(rf"<{escaped}(?![\w-])", re.I),
                   re.compile(rf"</{escaped}\s*>", re.I))

    def read(self, text: str) -> bool:
        """Count a line of the block; True when the block ends with it."""
        if self.closing in (_COMMENT_END, _TAG_END):
            return self.closing.search(text) is not None
        self.depth += len(self.opening.findall(text)) - len(self.closing.findall(text))
        return self.depth <= 0


# ---------------------------------------------------------------------------------------------
# Inline code, as Python-Markdown's BacktickInlineProcessor pairs backticks
# ---------------------------------------------------------------------------------------------


def code_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, content start, content end) of each code span in `text`, one run of
    inline text: an opening run of backticks closes at the next run of the same length, else
    (shortened) at the first of the longest shorter runs after it; a backtick after an odd
    number of backslashes opens nothing. Linear: every lookup is a search in sorted lists."""
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text)]
    if len(runs) < 2:
        return []
    by_length: dict[int, list[int]] = {}
    for number, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(number)
    longest_after = [0] * (len(runs) + 1)  # longest run after each run, and where it is first
    first_longest = [-1] * (len(runs) + 1)
    for number in range(len(runs) - 1, -1, -1):
        length = runs[number][1] - runs[number][0]
        longest_after[number] = max(length, longest_after[number + 1])
        first_longest[number] = number if length >= longest_after[number + 1] \
            else first_longest[number + 1]
    found: list[tuple[int, int, int, int]] = []
    number = 0
    while number < len(runs):
        start, end = runs[number]
        before = start
        while before and text[before - 1] == "\\":
            before -= 1
        if (start - before) % 2:
            start += 1  # the first backtick is escaped; the rest of the run may still open
        ticks = end - start
        if ticks == 0:
            number += 1
            continue
        same = by_length.get(ticks, [])
        later = bisect_right(same, number)
        if later < len(same):
            closer = same[later]
            found.append((start, runs[closer][1], end, runs[closer][0]))
            number = closer + 1
            continue
        shorter = longest_after[number + 1]
        if 0 < shorter < ticks:
            closer = first_longest[number + 1]
            found.append((start, runs[closer][1], start + shorter, runs[closer][0]))
            number = closer + 1
            continue
        number += 1
    return found
