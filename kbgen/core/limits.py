"""Markdown that would hang or crash the renderer fails its own file quickly instead.

Python-Markdown is recursive (nested lists, quotes, emphasis, HTML blocks with `markdown`)
and some of its work grows with the square of a count (inline markup in one paragraph,
references to one footnote, abbreviations times text). Each limit below was measured: at the
limit one file renders in well under a second, beyond it the time or the nesting soon runs
away (a RecursionError, or minutes). The same limits apply to every Markdown field (article
bodies, team bios). Builds also stop any one page that still takes too long
(`kbgen.site.time_budget`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kbgen.core.markdown_code import (
    MAX_FENCE_HEADER,
    MAX_FENCE_QUOTES,
    Block,
    Kind,
    code_map,
    risky_fence_header,
)
from kbgen.core.repeated_text import MAX_REPEATED_TEXT, repeated_text

MAX_ARTICLE_BYTES = 1_000_000
"""Larger articles are refused: split them, or move data to a linked file."""
MAX_DATA_BYTES = 256_000
"""Team profiles and data files (`_data/*.yml`) are refused above this size."""
MAX_LIST_INDENT = 160
"""Columns of indentation for a list item (40 levels of 4 spaces); deeper nesting crashes."""
MAX_LIST_DEPTH = 40
"""Levels of list nesting, by indentation and markers on one line (`- - - x`) together."""
MAX_INDENT = 160
"""Columns of indentation of any line (nested notes and details recurse like lists)."""
MAX_QUOTE_DEPTH = 50
"""Nested `>` quotes."""
MAX_NESTING = 60
"""Quotes and lists nested in each other."""
MAX_BRACKETS_PER_BLOCK = 500
"""`[` characters in one paragraph; a flood makes link parsing run for minutes."""
MAX_INLINE_PER_BLOCK = 2000
"""Inline markup (entities, HTML tags, code spans, escapes, emphasis) in one paragraph."""
MAX_EMPHASIS_DEPTH = 100
"""Emphasis (`*`, `_`, `==`, `~~`) opened and not yet closed in one paragraph."""
MAX_HTML_DEPTH = 50
"""HTML elements open inside each other."""
MAX_BLOCKS = 10_000
"""Paragraphs, list items, headings and table rows of one file."""
MAX_HEADINGS = 1000
"""Headings of one file (each goes into the table of contents)."""
MAX_FOOTNOTES = 200
"""Footnote definitions (`[^1]: ...`)."""
MAX_FOOTNOTE_REFERENCES = 300
"""Footnote references (`[^1]`); each adds a back link to its footnote."""
MAX_ABBREVIATIONS = 50
"""Abbreviation definitions (`*[HTML]: ...`); each is looked for in all the text."""
MAX_FENCED_BLOCKS = 1000
"""Fenced code blocks of one file. pymdownx.superfences makes a highlighter for each and puts
them back into the page in time that grows with the square of their count: 5,000 empty ones
(60 kB) took 1.9 CPU s, 20,000 took 13.8 and 40,000 (440 kB, under the size limit) outran the
build's time budget, while `kbgen check` passed them (retry68); 1,000 take 0.3 s."""

_FENCE_LINE = re.compile(r"^[ \t>]*((?:`{3,}|~{3,})[^\n]*)", re.M)
_QUOTES = re.compile(r"^\s*((?:>\s*)+)")
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])\s")
_CONTAINERS = re.compile(r"(?:(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)+")
_MARKER = re.compile(r">|[-*+]|\d{1,9}[.)]")
_HEADING = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$")
_TABLE_RULE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$")
"""A table's delimiter row; no two `[ \\t]*` side by side (a line of spaces was quadratic)."""
_FOOTNOTE_DEF = re.compile(r"^[ \t]*(?:>[ \t]?)*\[\^[^\]\n]+\]:")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
_ABBREVIATION = re.compile(r"^[ \t]*\*\[[^\]\n]+\]:")
_INLINE = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);|<[A-Za-z/!?]|`+|\\[^\s\w]|[*_=~^+]+")
_EMPHASIS = re.compile(r"[*_=~]+")
_HAS_EMPHASIS = re.compile(r"[*_=~]")
_TAG = re.compile(r"<(/?)([A-Za-z][^<>@\s/]*)(?:\s[^<>]*?)?(/?)>")
"""An HTML tag as Python-Markdown reads one (its name runs to a space, `/` or `>`), not an
autolink: `<mail@host>` and `<https://…>` are links (rclone's authors page, a list of names
with `<mail@host>`, was refused as HTML nested more than 50 deep: find61)."""
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


@dataclass
class _Block:
    """Counts of the paragraph being read."""

    start: int = 1
    lines: int = 0
    brackets: int = 0
    inline: int = 0
    emphasis: int = 0
    table: bool = False


@dataclass
class _Scan:
    """Counts of the whole text, and the first line of each problem found (by kind)."""

    problems: dict[str, tuple[int, str]] = field(default_factory=dict)
    blocks: int = 0
    headings: int = 0
    footnotes: int = 0
    references: int = 0
    abbreviations: int = 0
    html_depth: int = 0

    def add(self, kind: str, line: int, message: str) -> None:
        """Keep the first problem of each kind."""
        self.problems.setdefault(kind, (line, message))


def size_problem(size: int, limit: int = MAX_ARTICLE_BYTES, what: str = "articles"
                 ) -> str | None:
    """The message for a file of `size` bytes over `limit`, or None."""
    if size <= limit:
        return None
    if limit >= 1_000_000:
        return (f"the file is {size / 1e6:.1f} MB; {what} are limited to {limit / 1e6:.0f} MB:"
                " split it into several articles")
    return f"the file is {size / 1e3:.0f} kB; {what} are limited to {limit / 1e3:.0f} kB"


def pathology(text: str) -> tuple[int, str] | None:
    """(line, message) for the first construct the renderer cannot handle, or None."""
    found = pathologies(text)
    return found[0] if found else None


def pathologies(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for each kind of construct the renderer cannot handle, in line order."""
    trouble = size_problem(len(text.encode("utf-8")))
    if trouble:
        return [(first_line, trouble)]
    header = _fence_header(text, first_line)
    if header:
        return [header]
    copies = _copies(text, first_line)
    if _within_limits(text):
        return copies
    scan = _Scan()
    block = _Block(first_line)
    code = code_map(text)
    kinds = code.kinds  # fenced code is never parsed: nothing in it can hang
    _fenced(scan, code.blocks, first_line)
    previous = ""
    for number, line in enumerate(text.split("\n"), first_line):
        if kinds[number - first_line] is Kind.FENCE or not line.strip():
            block = _Block(number + 1)
            previous = ""
            continue
        block = _line(scan, block, number, line, previous)
        previous = line
        if scan.blocks > MAX_BLOCKS:  # enough to refuse the file; stop reading it
            break
    _totals(scan, first_line)
    return sorted([*scan.problems.values(), *copies])


def _copies(text: str, first_line: int) -> list[tuple[int, str]]:
    """(line, message) when link references and abbreviations would copy more than
    MAX_REPEATED_TEXT characters into the page at their uses (kbgen.core.repeated_text)."""
    if "]" not in text:
        return []
    repeated = repeated_text(code_map(text).blanked(), MAX_ABBREVIATIONS)  # code is shown
    if repeated is None or repeated.total <= MAX_REPEATED_TEXT:
        return []
    return [(first_line + repeated.line - 1,
             f"{repeated.name} is used {repeated.uses:,} times and each use copies it into the"
             f" page: {repeated.total / 1e6:.1f} million characters in all from link references"
             f" and abbreviations, more than the {MAX_REPEATED_TEXT / 1e6:.0f} million a page"
             " may copy; use it fewer times or shorten it (a long address: link to a page"
             " that holds it)")]


def _fence_header(text: str, first_line: int) -> tuple[int, str] | None:
    """(line, message) for the first fence whose options superfences cannot read quickly."""
    if "```" not in text and "~~~" not in text:
        return None
    for match in _FENCE_LINE.finditer(text):
        if risky_fence_header(match.group(1)):
            return (first_line + text.count("\n", 0, match.start()),
                    f"a code block's first line has more than {MAX_FENCE_HEADER} characters or"
                    f" {MAX_FENCE_QUOTES} quotes after its fence; keep only the language and a"
                    " few options (such as title=\"setup.py\")")
    return None


_PLAIN = re.compile(r"[^\W\d_]")
"""A line starting with a letter opens no list, quote, heading or definition."""


_DEEP_PREFIX = re.compile(r"^[ \t>*+\-\d.)]{40,}", re.MULTILINE)
"""Any line nested too deep starts with at least this much indentation and markers."""


def _within_limits(text: str) -> bool:
    """True when whole-text counts (fast, in C) show no limit can be reached: most files."""
    return (text.count("\n") < min(MAX_BLOCKS, MAX_HEADINGS)
            and text.count("[") <= min(MAX_BRACKETS_PER_BLOCK, MAX_FOOTNOTES,
                                       MAX_ABBREVIATIONS)
            and sum(text.count(c) for c in "*_=~") <= MAX_EMPHASIS_DEPTH
            and text.count("<") <= MAX_HTML_DEPTH
            and sum(text.count(c) for c in "&<`\\*_=~^+") <= MAX_INLINE_PER_BLOCK
            and not _DEEP_PREFIX.search(text))


def _line(scan: _Scan, block: _Block, number: int, line: str, previous: str) -> _Block:
    """Count one line outside code fences; returns the block it belongs to."""
    if block.lines and _PLAIN.match(line):  # most lines: the fast path
        block.lines += 1
    else:
        block = _structure(scan, block, number, line, previous)
    if "[" in line:
        block.brackets += line.count("[")
        scan.references += len(_FOOTNOTE_REF.findall(line)) if "[^" in line else 0
    _inline(scan, block, line)
    if "<" in line:
        _html(scan, number, line)
    return block


def _structure(scan: _Scan, block: _Block, number: int, line: str, previous: str) -> _Block:
    """Blocks, nesting and headings that a line starts."""
    quotes = _QUOTES.match(line)
    rest = line[quotes.end():] if quotes else line
    _nesting(scan, number, rest, quotes.group(1).count(">") if quotes else 0)
    starts_item = bool(_LIST_ITEM.match(rest))
    heading = bool(_HEADING.match(line))
    if block.lines == 1 and _TABLE_RULE.match(line) and "|" in line + previous:
        block.table = True
    if block.lines == 0 or starts_item or block.table or heading:
        scan.blocks += 1
        if block.lines and (starts_item or block.table):  # a new run of inline text
            block = _Block(number, lines=block.lines, brackets=block.brackets,
                           table=block.table)
    block.lines += 1
    if heading or (_SETEXT.match(line) and previous.strip()):
        scan.headings += 1
    scan.footnotes += bool(_FOOTNOTE_DEF.match(line))
    scan.abbreviations += bool(_ABBREVIATION.match(line))
    return block


def _nesting(scan: _Scan, number: int, rest: str, quotes: int) -> None:
    """Quotes, list levels and indentation of one line (`rest`: after its leading quotes)."""
    lead = len(rest) - len(rest.lstrip(" \t"))
    indent = len(rest[:lead].expandtabs(4))
    prefix = _CONTAINERS.match(rest, lead)
    levels = inner_quotes = 0
    if prefix and prefix.end() > lead:
        containers = prefix.group(0)
        inner_quotes = containers.count(">")
        levels = len(_MARKER.findall(containers)) - inner_quotes
    quotes += inner_quotes
    if quotes > MAX_QUOTE_DEPTH:
        scan.add("quotes", number, f"quotes nested more than {MAX_QUOTE_DEPTH} levels deep;"
                 " flatten them")
    if levels and (indent > MAX_LIST_INDENT or indent // 4 + levels - 1 > MAX_LIST_DEPTH):
        scan.add("lists", number, f"list nested more than {MAX_LIST_DEPTH} levels deep; flatten"
                 " it (deeper nesting crashes the Markdown renderer)")
    elif indent > MAX_INDENT:
        scan.add("indent", number, f"indented more than {MAX_INDENT} columns (notes, details or"
                 " lists nested 40 levels deep); flatten it")
    if quotes + levels + indent // 4 > MAX_NESTING:
        scan.add("nesting", number, f"quotes and lists nested more than {MAX_NESTING} levels"
                 " deep; flatten them")


def _inline(scan: _Scan, block: _Block, line: str) -> None:
    if block.brackets > MAX_BRACKETS_PER_BLOCK:
        scan.add("brackets", block.start, f"more than {MAX_BRACKETS_PER_BLOCK} '[' in one"
                 " paragraph; put such text in a code block (```)")
    block.inline += len(_INLINE.findall(line))
    if block.inline > MAX_INLINE_PER_BLOCK:
        scan.add("inline", block.start, f"more than {MAX_INLINE_PER_BLOCK:,} pieces of inline"
                 " markup (entities, HTML tags, code spans, escapes, emphasis) in one"
                 " paragraph; split it, or put such text in a code block (```)")
    if not _HAS_EMPHASIS.search(line):
        return
    for run in _EMPHASIS.finditer(line):  # openers after a space, closers before one;
        # `*` and `_` open a level each, `==` and `~~` one per pair
        before = line[run.start() - 1] if run.start() else " "
        after = line[run.end()] if run.end() < len(line) else " "
        opens = not after.isspace() and not before.isalnum()
        closes = not before.isspace() and not after.isalnum()
        levels = len(run.group(0)) if run.group(0)[0] in "*_" else len(run.group(0)) // 2 or 1
        if opens and not closes:
            block.emphasis += levels
            if block.emphasis > MAX_EMPHASIS_DEPTH:
                scan.add("emphasis", block.start, "emphasis (*, _, ==, ~~) nested more than"
                         f" {MAX_EMPHASIS_DEPTH} levels deep in one paragraph; close it or"
                         " write the characters in a code span")
                return
        elif closes and not opens:
            block.emphasis = max(0, block.emphasis - levels)


_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
"""An inline code span: its `<camera_name>` is text, never an HTML element."""


def _html(scan: _Scan, number: int, line: str) -> None:
    if "<" not in line:
        return
    if "`" in line:
        line = _CODE_SPAN.sub("", line)
    for tag in _TAG.finditer(line):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            scan.html_depth = max(0, scan.html_depth - 1)
        elif not self_closing and name not in _VOID:
            scan.html_depth += 1
            if scan.html_depth > MAX_HTML_DEPTH:
                scan.add("html", number, f"HTML elements nested more than {MAX_HTML_DEPTH}"
                         " levels deep; close them or flatten the HTML")


def _fenced(scan: _Scan, blocks: list[Block], first_line: int) -> None:
    """Too many fenced code blocks, named at the first one past MAX_FENCED_BLOCKS."""
    fenced = [block for block in blocks if block.kind is Kind.FENCE]
    if len(fenced) > MAX_FENCED_BLOCKS:
        scan.add("fenced code blocks", first_line + fenced[MAX_FENCED_BLOCKS].first,
                 f"more than {MAX_FENCED_BLOCKS:,} fenced code blocks (```), too many for one"
                 " page to render quickly; split it into several articles")


def _totals(scan: _Scan, first_line: int) -> None:
    for count, limit, what in (
            (scan.blocks, MAX_BLOCKS, "paragraphs, list items, headings and table rows"),
            (scan.headings, MAX_HEADINGS, "headings"),
            (scan.footnotes, MAX_FOOTNOTES, "footnotes"),
            (scan.references, MAX_FOOTNOTE_REFERENCES, "footnote references"),
            (scan.abbreviations, MAX_ABBREVIATIONS, "abbreviations (*[ABBR]: ...)")):
        if count > limit:
            scan.add(what, first_line, f"more than {limit:,} {what}, too many for one page to"
                     " render quickly; split it into several articles")
