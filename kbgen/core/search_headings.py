"""Many of the query's words in one section's heading: an FAQ's question, evidence for ranking.

A long page of questions (an FAQ, a troubleshooting page) answers a customer's question under
a heading that asks it in nearly the same words, while its title (`FAQ`) holds none of them;
BM25's length normalisation puts it below a shorter page that holds the words scattered. Among
the first results, when one section holds HEADING_MIN or more of the query's words that the
page's headings hold too (`best_heading`), and more of them than the page's title and summary
hold, a rank is multiplied by (HEADING_BASE + those words) / (HEADING_BASE + the words of the
title and summary): a page already named by its title gains nothing. Read from what the index
has already: a term's sections (`search_sections`) and its postings in the `headings` field (a
word of a section that is also a heading word is taken to be in that section's heading).
The browser's worker ranks the same way (`headingRank` in kb-search.js). Measured on the
tuning sets (bench/RESULTS.md, rel48): 3 words or a base of 4 lose queries, 4 and 8 none.
"""

from __future__ import annotations

from collections.abc import Sequence

from kbgen.core.search_sections import SECTION_BITS

HEADING_BASE = 8
"""With 8, a section whose heading holds 4 of the query's words, in a page whose title holds
none of them, multiplies the page's rank by 1.5."""
HEADING_MIN = 4
"""Fewer of the query's words in one heading are no evidence: a heading of two words matches
two words of many queries."""


def best_heading(masks: Sequence[int], in_headings: Sequence[bool]) -> int:
    """How many of the query's words one section holds that the page's headings hold too:
    word k is in the sections of `masks[k]`, in a heading when `in_headings[k]`; a page of one
    section (no masks): its words in headings."""
    every = 0
    for mask in masks:
        every |= mask
    if not every:
        return sum(in_headings)
    return max(sum(1 for mask, heading in zip(masks, in_headings) if heading and mask >> bit & 1)
               for bit in range(SECTION_BITS) if every >> bit & 1)


def heading_rank(ranked: float, best: int, in_page: int) -> float:
    """A rank times (HEADING_BASE + best) / (HEADING_BASE + in_page) when `best` (the words of
    `best_heading`) is HEADING_MIN or more and more than `in_page` (the words of the title and
    summary), in doubles, one step at a time as the worker's `headingRank`."""
    if best < HEADING_MIN or best <= in_page:
        return ranked
    return ranked * (HEADING_BASE + best) / (HEADING_BASE + in_page)
