"""kbgen's own texts put together as each language writes them: a list of items with the
language's separators and its "and" (Babel's CLDR list patterns: `日本語、英語、フランス語`,
`English, French and German`, `العربية والإنجليزية`), and sentences (or a label and what it
labels) one after another with a space, except after full-width punctuation (`。`, `？`,
`：`), which Chinese and Japanese follow with no space."""

from __future__ import annotations

import re
from collections.abc import Iterable

from babel import Locale
from babel.lists import format_list

CLOSED = frozenset("。．！？」』）】：；、，")
"""Full-width punctuation ending a sentence, a quotation or a label (`対象：`): what follows
it comes with no space (the punctuation's width is its space)."""


def join_list(items: Iterable[str], locale: Locale) -> str:
    """`items` as a list in `locale`'s words: CLDR's "standard" (and) pattern; one item as
    it is, none as ""."""
    shown = [item for item in items if item]
    return format_list(shown, style="standard", locale=locale) if shown else ""


def join_series(items: Iterable[str], locale: Locale) -> str:
    """`items` as a series with no "and" (a timetable's `09:00–12:00, 13:00–17:00`): every
    pair joined by the middle of CLDR's "standard" pattern (`、` in Japanese)."""
    middle = locale.list_patterns["standard"]["middle"]
    text = ""
    for item in items:
        text = middle.format(text, item) if text else item
    return text


_END_TAGS = re.compile(r"(?:\s*</[a-z]+>)+\s*$")
"""Closing HTML tags at the end of a text (`対象：</strong>`): read past."""


def sentence_gap(before: str) -> str:
    """What goes between a sentence (text or HTML) ending in `before` and the next: "" after
    full-width punctuation, else a space."""
    return "" if _END_TAGS.sub("", before).rstrip()[-1:] in CLOSED else " "


def join_sentences(sentences: Iterable[str]) -> str:
    """Non-empty `sentences` one after another, each gap as `sentence_gap` says."""
    text = ""
    for sentence in sentences:
        if sentence:
            text = f"{text}{sentence_gap(text)}{sentence}" if text else sentence
    return text
