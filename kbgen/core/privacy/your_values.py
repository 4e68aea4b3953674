"""A secret dressed as a `your-…` stand-in (issue 19, branch leak54): `API_KEY=your-sunflower-key`,
`DB_PASSWORD=your-sunflower-2024`, `password: your_tiger_piano_river`. A value holding `your`
was a placeholder when the rest of it held no password of its own (mixed case and a digit:
kbgen.core.placeholder_words), so a real value that begins with `your-` was published.

A stand-in describes what goes there: every word after `your` names a field, a thing, a role, a
vendor or says which (`your-api-key`, `your-openai-api-key`, `your-very-long-random-secret`,
`your-gmail-app-password`, `your-domain.com`). Here, after a secret's key, a `your-` value with a
word of its own (a dictionary word that describes nothing: `sunflower`, `tiger`) or a number of
three or more digits (`2024`) is a password."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.stand_in_words import own_word

_KEYED = re.compile(
    r"(?i)(?<![\w.-])(?P<key>[\w.-]{0,60}?(?:pass(?:word|phrase|wd)?|pwd|secret|token|key|auth"
    r"|cred)[\w.-]{0,20})[\"'`]?[ \t]*(?:[:=]|=>)[ \t]*[\"'`]?"
    r"(?P<value>(?-i:[Yy]our)(?:[-_.][A-Za-z0-9]+){1,8}|(?-i:YOUR)(?:[-_.][A-Z0-9]+){1,8}"
    r"|(?-i:your)[A-Z][A-Za-z0-9]{2,100})"
    r"(?![\w.-])")
"""A secret's key and a `your…` value (`your-…`, `your_…`, `yourSunflowerKey`, in capitals
`YOUR-BLACK-CAT-SLEEPS`: main's `YOUR_…` passed whatever its words, branch fixstar67)."""

def needs(text: str, folded: str) -> bool:
    """A text holding `your` (a cheap superset)."""
    return "your" in folded


def your_values(line: str, context: _Context) -> Iterator[_Hit]:
    """Each secret written as a `your-…` stand-in after a secret's key."""
    for match in _KEYED.finditer(line):
        value = match.group("value")
        if own_word(value):
            hit = _famous_or_hit(line, match.start("value"), value)
            if not hit.allowed:
                hit = _clearly_example(line, hit, context.default_region)
            if not hit.allowed:
                yield hit


REASON = "a `your-…` stand-in whose words the page itself speaks of (`your-enrollment-key`)"

_YOUR_VALUE = re.compile(r"(?<![\w.-])(?:(?:[Yy]our|YOUR)[-_.][\w.-]*|your[A-Z]\w*)")
_PAGE_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


class _PageWords:
    """The words a page speaks, outside its `your…` values (read once, when first asked)."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._words: frozenset[str] | None = None

    def speaks_of(self, value: str) -> bool:
        """Every word of `value` after `your` is one the page uses elsewhere."""
        if self._words is None:
            self._words = frozenset(
                word.lower() for line in self._lines
                for word in _PAGE_WORD.findall(_YOUR_VALUE.sub(" ", line)))
        return all(word in self._words for word in
                   (word.lower() for word in _PAGE_WORD.findall(value)[1:]))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but `your…` values whose own words the page speaks of elsewhere: a stand-in
    describes the page's own things (`your-existing-relay-secret` on a page about relays);
    `your-sunflower-key` on a page that never says sunflower stays a finding."""
    page = _PageWords(lines)
    return line_rules.accepted(
        found, context, REASON,
        lambda _, line, hit: own_word(line[hit.start:hit.end])
        and page.speaks_of(line[hit.start:hit.end]),
        lambda _, line: True)
