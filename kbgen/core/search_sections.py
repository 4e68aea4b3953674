"""The query's words together in one section of a page: best-passage evidence for ranking.

A long page (an FAQ of forty questions, a getting-started guide) holds most words of a
question somewhere, each in another section, and the cube of words matched puts it above the
short page that answers the question in one place. Passage retrieval's remedy is to score a
page by its best passage too. Here a passage is a section of the body (a heading and the text
up to the next heading; the text before the first heading is one too; a question block, from
its opening to its end, is one too: kbgen.core.search_questions), with the page's title and
summary counted in every section. Among the first results, a rank is multiplied by
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
from kbgen.core.search_questions import question_ids, questions
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
    """The plain text of each section of a Markdown body (`asked_sections`)."""
    return [text for text, _ in asked_sections(markdown)]


def asked_sections(markdown: str) -> list[tuple[str, str]]:
    """The plain text of each section of a Markdown body, with the id of the question it asks
    ("" for any other): the text before the first heading (when it has any words), then each
    heading (`#` to `######`, outside code) and each question block
    (kbgen.core.search_questions) with the text up to the next one; the text after a question
    block's end up to the next is a section of its own."""
    code = code_map(markdown)
    asked = questions(markdown)
    ids = question_ids([question.title for question in asked])
    starts: dict[int, str] = {0: ""}
    for number, line in enumerate(code.lines):
        if number and not code.is_code(number) and _HEADING.match(line):
            starts[number] = ""
    for question, made in zip(asked, ids):
        if question.end < len(code.lines):
            starts.setdefault(question.end, "")
        starts[question.start] = made
    offsets = [0]
    for line in code.lines:
        offsets.append(offsets[-1] + len(line) + 1)
    lines = sorted(starts)
    found = ((plain_text(markdown[offsets[start]:offsets[end] if end < len(code.lines)
                                  else len(markdown)]), starts[start])
             for start, end in zip(lines, [*lines[1:], len(code.lines)]))
    return [(text, made) for text, made in found if text]


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


def question_places(ids: Sequence[str]) -> str:
    """Where a page's questions are among its sections (`asked_sections`' ids, section by
    section): `position id` pairs, space-separated, for the sections of their own bit (below
    SECTION_BITS - 1); "" for a page that asks none there."""
    return " ".join(f"{at} {made}" for at, made in enumerate(ids)
                    if made and at < SECTION_BITS - 1)


def question_anchor(places: str, masks: Sequence[int]) -> str:
    """The id of the page's best section (the first that holds the most of the query's words,
    word k in the sections of `masks[k]`) when it asks a question (`question_places`); ""
    when it does not or no section holds a word: a result then links to its page. The
    worker's `questionAnchor` does the same."""
    every = 0
    for mask in masks:
        every |= mask
    if not places or not every:
        return ""
    counts = [sum(mask >> bit & 1 for mask in masks) for bit in range(SECTION_BITS)]
    first = str(counts.index(max(counts)))
    pairs = places.split(" ")
    return next((made for at, made in zip(pairs[::2], pairs[1::2]) if at == first), "")
