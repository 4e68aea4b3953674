"""The query's words together in one section of a page: best-passage evidence for ranking.

A long page (an FAQ of forty questions, a getting-started guide) holds most words of a
question somewhere, each in another section, and the cube of words matched puts it above the
short page that answers the question in one place. Passage retrieval's remedy is to score a
page by its best passage too. Here a passage is a section of the body (a heading and the text
up to the next heading; the text before the first heading is one too), with the page's title
and summary counted in every section. Among the first results, a rank is multiplied by
(SECTION_BASE + the query's words the best section holds) / (SECTION_BASE + the query's words
the page holds in its sections, title and summary): 1 when one section holds them all (or the
page has one section), less the more they are scattered.

The index knows, for each term of a page of two sections or more, the sections that hold it
(`section_masks`, a bit per section), written beside the term's postings, so a query reads
them with its words' postings and nothing else. The browser's worker ranks the same way
(`sectionRank` in kb-search.js). Measured on the tuning sets (bench/RESULTS.md, rel37).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from kbgen.core.markdown_code import code_map
from kbgen.core.search_text import plain_text

SECTION_BASE = 1
"""The best section's words and the page's words are each counted plus SECTION_BASE: with 1,
a page whose three words are in three sections keeps (1 + 1) / (1 + 3), half its rank."""
SECTION_BITS = 52
"""Sections a page's masks tell apart: the sections from the 52nd on share the last bit (a
mask stays exact in a double: the worker reads it in two halves of 26 bits). Measured on
Ente's FAQ pages of up to 60 questions: 30 bits lost a little of the gain (bench/RESULTS.md)."""
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")


def sections(markdown: str) -> list[str]:
    """The plain text of each section of a Markdown body: the text before the first heading
    (when it has any words), then each heading (`#` to `######`, outside code) and the text up
    to the next one."""
    code = code_map(markdown)
    starts, offset = [0], 0
    for number, line in enumerate(code.lines):
        if offset and not code.is_code(number) and _HEADING.match(line):
            starts.append(offset)
        offset += len(line) + 1
    starts.append(len(markdown))
    found = (plain_text(markdown[start:end]) for start, end in zip(starts, starts[1:]))
    return [text for text in found if text]


def section_masks(per_section: Sequence[Iterable[str]], held: Collection[str]) -> Counter[str]:
    """Each term of `held` (the page's body and heading terms) with the sections of
    `per_section` (each section's terms) that hold it, as a mask: bit k for section k (the
    last bit for every section from SECTION_BITS on). None for a page of fewer than two
    sections: its one section holds all its words."""
    masks: Counter[str] = Counter()
    if len(per_section) < 2:
        return masks
    for at, terms in enumerate(per_section):
        bit = 1 << min(at, SECTION_BITS - 1)
        for term in set(terms):
            if term in held:
                masks[term] |= bit
    return masks


def best_section(masks: Sequence[int], in_page: Sequence[bool]) -> tuple[int, int]:
    """How many of the query's words the best section holds, and how many the page holds in
    its sections, title and summary: word k is in the sections of `masks[k]` (OR of its
    terms' masks), and in the title or summary when `in_page[k]`."""
    best = total = 0
    every = 0
    for mask, page in zip(masks, in_page):
        every |= mask
        if page or mask:
            total += 1
    for bit in range(SECTION_BITS):
        if every >> bit & 1:
            best = max(best, sum(1 for mask, page in zip(masks, in_page)
                                 if page or mask >> bit & 1))
    if not every:
        best = total
    return best, total


def section_rank(ranked: float, best: int, total: int) -> float:
    """A rank times (SECTION_BASE + best) / (SECTION_BASE + total), in doubles, one step at a
    time as the worker's `sectionRank`."""
    return ranked * (SECTION_BASE + best) / (SECTION_BASE + total)
