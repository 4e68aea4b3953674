"""Questions an article asks inside its body, each a section of the search index of its own.

An FAQ often asks its questions not as headings but as Material's blocks: a collapsible one
(`??? question "How do I …?"`, `???+ note "…"`, pymdownx.details), a titled note (`!!! question
"…"`), or a paragraph that is one bold question (`**Why is it so slow?**`) followed by its
answer. Each starts a section of its page (kbgen.core.search_sections), its title is read as
a heading (kbgen.core.search_text.headings), and the site gives its block an id
(`question_ids`, kbgen.site.question_anchors) that a result links to, opening it (kb.js).

What makes a block a question is its shape, not its words: its title asks (it ends with a
question mark of any script, before closing quotes or brackets), or its kind is Material's
question kind (`question` and its aliases `help`, `faq`) and it has a title. A note titled
`Tip` or a caption `??? note "Dithering - 1x"` stays body text of its section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kbgen.core.markdown_code import TAB_LENGTH, code_map
from kbgen.core.sanitize import content_id
from kbgen.core.search_text import plain_text

QUESTION_KINDS = frozenset({"question", "help", "faq"})
"""Material's question admonition and its aliases (its documentation's "Supported types")."""
QUESTION_MARKS = "?\uff1f\u037e\u061f\u055e\u2047\u2048\u2049"
"""A question's last mark in any script: `?`, fullwidth `？`, Greek `;`, Arabic `؟`, Armenian
`՞`, and `⁇`, `⁈`, `⁉`."""
_CLOSERS = " \t\"'`*_)]}»”’›」』）"
"""What may follow a question's mark at the end of its title: quotes, emphasis, brackets."""
ID_WORDS = 10
"""The words of a title an id keeps: enough to tell a page's questions apart."""
_BLOCK = re.compile(r'([ \t]*)(?:!!!|\?\?\?\+?)[ \t]*([\w-]+)?(?:[ \t]+[\w-]+)*[ \t]+"(.*)"[ \t]*$')
"""A note's or a collapsible block's opening with a title (Python-Markdown's admonition,
pymdownx.details): indentation, kind, further classes, the title in quotes."""
_BOLD = re.compile(r"[ \t]{0,3}(\*\*|__)(?!\*|_)(.+)\1[ \t]*$")
"""A line that is one bold run (`**…**` or `__…__`)."""
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_WORD = re.compile(r"[^\W_]+")
"""A word of an id: letters and digits (an id then starts with one, as `content_id` keeps it)."""


@dataclass(frozen=True)
class Question:
    """A question block of a body: its lines (`start` to `end`, end excluded) and title."""

    start: int
    end: int
    """The first line after the block (a note's indented body; a bold question's answer runs
    to the next heading or question)."""
    title: str
    """As a reader sees it (plain text)."""


def asks(title: str) -> bool:
    """Whether a title ends with a question mark (of any script), before closing quotes,
    emphasis or brackets; a Greek title's `;` too (Greek's question mark, which Unicode
    normalises to the semicolon and keyboards type as one)."""
    end = title.rstrip(_CLOSERS)
    return end.endswith(tuple(QUESTION_MARKS)) or end.endswith(";") and bool(_GREEK.search(end))


def _width(line: str) -> int:
    """A line's indentation in columns (tabs to TAB_LENGTH)."""
    expanded = line.expandtabs(TAB_LENGTH)
    return len(expanded) - len(expanded.lstrip(" "))


def questions(markdown: str) -> list[Question]:
    """The question blocks of a Markdown body, in order, outside code (see the module)."""
    code = code_map(markdown)
    lines = code.lines
    found: list[Question] = []
    ends: list[int] | None = None
    for number, line in enumerate(lines):
        if code.is_code(number) or not line.strip():
            continue
        block = _BLOCK.match(line)
        if block is not None:
            title = plain_text(block.group(3))
            kind = (block.group(2) or "").lower()
            if title and (kind in QUESTION_KINDS or asks(title)):
                ends = _block_ends(lines) if ends is None else ends
                found.append(Question(number, ends[number], title))
            continue
        bold = _BOLD.match(line)
        if (bold is not None and "**" not in bold.group(2) and "__" not in bold.group(2)
                and _alone(lines, number)):
            title = plain_text(bold.group(2))
            if title and asks(title):
                found.append(Question(number, len(lines), title))
    return found


def _alone(lines: list[str], number: int) -> bool:
    """Whether line `number` is a paragraph of its own followed by more text: a blank line
    (or the start) before it, a blank line after it and something after that."""
    before = number == 0 or not lines[number - 1].strip()
    after = number + 2 < len(lines) and not lines[number + 1].strip()
    return before and after and any(line.strip() for line in lines[number + 2:number + 40])


def _block_ends(lines: list[str]) -> list[int]:
    """For each line with text, the first line after the indented body of a block opened
    there: the next line with text indented no deeper (the end of the text for none). One
    pass from the end, the lines still open kept by depth, so many blocks take linear time."""
    ends = [len(lines)] * len(lines)
    after: list[tuple[int, int]] = []  # (width, line) of lines below, widths rising
    for number in range(len(lines) - 1, -1, -1):
        if not lines[number].strip():
            continue
        width = _width(lines[number])
        while after and after[-1][0] > width:
            after.pop()
        if after:
            ends[number] = after[-1][1]
        after.append((width, number))
    return ends


def question_id(title: str) -> str:
    """The id of a question's block: the first ID_WORDS words of its title, lowercase,
    joined by `-`, as the site publishes it (`content_id`); "" for a title of no word.
    kbgen.site.question_anchors gives the rendered block the same (`-2`, `-3`... for a title
    again on the page: `question_ids`)."""
    made = "-".join(_WORD.findall(title.lower())[:ID_WORDS])
    return content_id(made) if made else ""


def question_ids(titles: list[str]) -> list[str]:
    """Each title's `question_id`, made unique in the page by `-2`, `-3`... in order ("" for
    a title of no word)."""
    seen: dict[str, int] = {}
    ids = []
    for title in titles:
        made = question_id(title)
        if made:
            seen[made] = seen.get(made, 0) + 1
            if seen[made] > 1:
                made = f"{made}-{seen[made]}"
        ids.append(made)
    return ids
