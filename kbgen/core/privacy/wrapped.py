"""Values a paragraph wraps over two lines (`Call +44 7911` + `123456 today`).

Markdown joins the lines of a paragraph with a space, so a reader sees one phone number, card
number, IBAN or e-mail address where each line alone holds only half of it. Keys split over two
lines are `split`'s; this module joins the two lines as shown and keeps only what crosses the
line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.detectors import _hits_in_line, _may_find
from kbgen.core.privacy.emails import _emails
from kbgen.core.privacy.payments import _cards, _ibans
from kbgen.core.privacy.phones import _phones

WRAPPED_DETECTORS = frozenset({_cards, _ibans, _emails, _phones})
"""Values a reader recognises across a wrapped line; keys are `split`'s."""

WINDOW = 64
"""Characters kept of each line's side of the break: more than any of these values spans."""

_JOINT_CHARACTERS = frozenset("0123456789+(@")
"""A value of WRAPPED_DETECTORS crosses the break only where a digit, `+`, `(` or `@` meets it
(an IBAN's letters follow or precede digits): most lines end and start with other text."""


_LOCAL_PART_AT_END = re.compile(r"(?:^|\s)[A-Za-z0-9._%+-]+$")
"""A word that can be the local part of an address, ending the line (`jane.doe`, then
`@gmail.com`): not the end of an address or a handle (`<user>@host`, then `@host's`)."""


def _shown_end(line: str) -> str:
    """A line without what ends it unseen: spaces and a hard line break's backslash."""
    return line.rstrip().removesuffix("\\").rstrip()


def _shown_start(line: str) -> str:
    """A paragraph's next line without what opens it unseen: indentation and quote marks."""
    return line[len(line) - len(line.lstrip(" \t>")):]


def _joint(tail: str, head: str) -> str | None:
    """What the reader sees between the two lines (`""` around an `@`, else a space), or None
    when no value can cross the break."""
    if not tail or not head:
        return None
    if tail[-1] == "@" or head[0] == "@" and _LOCAL_PART_AT_END.search(tail):
        return ""
    if tail[-1] in "-." and tail[-2:-1].isdigit() and head[0].isdigit():
        return ""  # `4111-1111-` + `1111-1111`: the reader sees one hyphenated number
    if tail[-1] in _JOINT_CHARACTERS or head[0] in _JOINT_CHARACTERS:
        return " "
    return None


def _wrapped_values(lines: list[str], views: list[str], skip: set[int],
                    found: set[tuple[int, str, str]], context: _Context
                    ) -> Iterator[tuple[int, str, _Hit]]:
    """(line index, joined line, hit) of each value that crosses the break after its line
    (lines as shown, `views`; up to MAX_LINES lines joined), at the line where it starts;
    `found` holds the (index, kind, excerpt) found on single lines, not told twice."""
    for index in range(len(views) - 1):
        if index in skip:
            continue
        tail = _shown_end(views[index])
        in_tag = _OPEN_TAG.search(tail)
        tail = tail[:in_tag.start()] if in_tag else tail
        near = tail[-WINDOW:]
        after, spanned, first_joint = _following(lines, views, index, skip, tail,
                                                 in_tag is not None)
        if not after:
            continue
        window = near + after[:WINDOW]
        detectors = _may_find(window, WRAPPED_DETECTORS)
        if not detectors:
            continue
        offset = len(tail) - len(near)
        for hit in _hits_in_line(window, context, detectors):
            if not hit.start < len(near) < hit.end - first_joint:
                continue  # all of it on one line: found there
            if any((line, hit.kind, hit.excerpt) in found
                   for line in range(index, index + spanned)):
                continue
            yield index, tail + after, replace(hit, start=hit.start + offset,
                                               end=hit.end + offset, viewed=True)


MAX_LINES = 5
"""Lines joined at most (`+44` / `7911` / `123456`; a card's four groups on four lines)."""


_OPEN_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}$")
"""An HTML tag the line ends inside (`jane.private@<span`, then `class="x">gmail.com`)."""
_TAG_REST = re.compile(r"[^<>\n]{0,300}>")


def _following(lines: list[str], views: list[str], index: int, skip: set[int], tail: str,
               in_tag: bool = False) -> tuple[str, int, int]:
    """What the reader sees after line `index` ends (`tail`): up to WINDOW characters of the
    next lines, each with what joins it to the one before ("" when no value can cross the
    first break); how many lines that spans, with line `index`; the first joint's length.
    A line that shows nothing but is not blank (`<span></span>`, `<!-- x -->`) is passed
    over: the reader sees the lines around it side by side. A break inside a tag (`in_tag`:
    line `index` ends inside one) shows nothing: the tag's rest is dropped, nothing joins."""
    after, end, spanned, first_joint = "", tail, 1, 0
    for following in range(index + 1, min(len(views), index + MAX_LINES)):
        if following in skip:
            break
        spanned += 1
        joint: str | None = None
        if in_tag:
            view = views[following].lstrip(" \t")
            rest = _TAG_REST.match(view)
            if rest is None:
                continue  # the tag's attributes go on
            head, in_tag, joint = view[rest.end():], False, ""
        else:
            head = _shown_start(views[following])
        if not head and lines[following].strip():
            continue
        joint = _joint(end, head) if joint is None else joint
        if joint is None:
            break
        end = _shown_end(head)
        first_joint = len(joint) if not after else first_joint
        after += joint + end[:WINDOW]
        if len(after) >= WINDOW or len(end) > WINDOW:
            break
    return after, spanned, first_joint
