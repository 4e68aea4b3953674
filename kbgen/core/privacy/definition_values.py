"""A secret given as a definition of the term naming it (issue 19, branch leak39).

`<dt>SSO_CLIENT_SECRET</dt><dd>Kq8vNz3Lw2Pd</dd>`, the same over two lines, and Markdown's
definition list (`Token` / `:   hunter2024`): no key syntax joins the name and the value, so
the rules reading `NAME: value` saw a name alone and a value alone. Here each term and its
definition are read as `<term>: <definition>` by the rules that read a key before its value,
and what they find in the definition is placed at it. A term naming nothing secret
(`<dt>Version</dt><dd>2.4.1</dd>`) finds nothing, as `Version: 2.4.1` does."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key

_INLINE = r"(?:[^<>\n]|</?(?:code|b|strong|em|i|kbd|samp|span|var|tt|mark)\b[^<>\n]{0,80}>)"
"""A text's character or an inline element's tag (`<dt><code>NAME</code></dt>`)."""
_TAG = re.compile(r"<[^<>\n]*>")

_PAIR = re.compile(rf"(?i)<dt\b[^>]*>[ \t]*(?P<term>{_INLINE}{{1,160}}?)[ \t]*</dt>[ \t]*"
                   rf"<dd\b[^>]*>[ \t]*(?P<value>{_INLINE}{{1,240}}?)[ \t]*(?:</dd>|$)")
"""A term and its definition on one line."""

_TERM_END = re.compile(rf"(?i)<dt\b[^>]*>[ \t]*(?P<term>{_INLINE}{{1,160}}?)[ \t]*</dt>[ \t]*$")
"""A line ending with a term (its definition on a next line)."""

_DEFINITION = re.compile(rf"(?i)[ \t]*<dd\b[^>]*>[ \t]*(?P<value>{_INLINE}{{1,240}}?)[ \t]*"
                         r"(?:</dd>|$)")
"""A line opening with a definition."""

_MARKDOWN_DEFINITION = re.compile(r"[ \t]{0,3}:[ \t]+(?P<value>\S.{0,199}?)[ \t]*$")
"""Markdown's definition (`:   value`)."""

_MARKDOWN_TERM = re.compile(r"[ \t]{0,3}(?![*+-][ \t])(?P<term>[^\s:|<>#`][^|<>`\n]{0,79}?)[ \t]*$")
"""A Markdown term: a short line that is no heading, list item, table row or code."""

Judge = Callable[[str], list[_Hit]]


def _judged(term: str, value: str, start: int, judge: Judge) -> Iterator[_Hit]:
    """Hits in `value` (at `start` of its line) of `<term>: <value>` as `judge` reads it;
    inline tags are left out of both (the value's place is its text's, after its tags)."""
    if "<" in value:
        raw, value = value, _TAG.sub("", value)
        start += max(raw.find(value), 0)
    yield from judged_as_key(_TAG.sub("", term).strip("*_` "), value, start, judge,
                             value_only=True)


def defined_in_line(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each `<dt>term</dt><dd>value</dd>` of one line."""
    for match in _PAIR.finditer(line):
        yield from _judged(match.group("term"), match.group("value"), match.start("value"),
                           judge)


def defined_below(lines: list[str], judge: Judge) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of definitions on the line under their term (HTML's `<dt>` then
    `<dd>`, Markdown's term then `:   value`; one blank line may stand between)."""
    for index in range(len(lines) - 1):
        row = index + 1 if lines[index + 1].strip() or index + 2 >= len(lines) else index + 2
        below = lines[row]
        if "<dd" in below.lower() and (term := _TERM_END.search(lines[index])):
            value = _DEFINITION.match(below)
        elif below.lstrip().startswith(":") and not lines[index].lstrip().startswith(":"):
            term, value = _MARKDOWN_TERM.fullmatch(lines[index]), _MARKDOWN_DEFINITION.fullmatch(
                below)
        else:
            continue
        if term is not None and value is not None:
            yield from ((row, hit) for hit in _judged(term.group("term"), value.group("value"),
                                                      value.start("value"), judge))


def needs(text: str) -> bool:
    """A text may hold a definition (a cheap superset)."""
    return "<dd" in text or "<DD" in text or "\n:" in text or "\n :" in text or "\n  :" in text
