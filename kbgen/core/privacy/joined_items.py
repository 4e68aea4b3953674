"""A list's items joined in text: quoted items on one line (`tags: ["4111 1111", "1111
1111"]`, a JSON `keywords` array) and a YAML block list's items (`- "+44 7911"` / `-
"123456"`): published as adjacent tags or joined keywords, they read one card number, phone
number, IBAN or address (issue 19, branch leak35; parsed front matter is list_fields')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.detectors import _hits_in_line, _may_find
from kbgen.core.privacy.list_fields import MAX_ITEMS
from kbgen.core.privacy.wrapped import WRAPPED_DETECTORS, _joint

_QUOTED = (re.compile(r"\"([^\"\n]{1,64})\""), re.compile(r"'([^'\n]{1,64})'"))
"""An item in double quotes, one in single quotes: looked for apart (`'["a","b"]'`)."""
_BETWEEN = re.compile(r"[ \t]*,[ \t]*")
_BLOCK_ITEM = re.compile(
    r"([ \t]*+)-(?:[ \t]++|[ \t]+?(?=[ \t][\"']?$))[\"']?+([^\"'\n]{1,64}?)[\"']?+[ \t]*+$")
"""A block list item (`- value`). The blanks after the dash are read once, and given back only
for an item that is one blank (`-  ` or `-  "`), the one case where the old `[ \\t]+` gave
back: the same matches, without trying every split of a long blank run against the item
(12,800 blanks took 30 s, quadratic: issue 19, redos55)."""


def _joined(items: list[str]) -> tuple[str, list[int]]:
    """The items joined with a space (none around an `@`: `jane.private` | `@gmail.com`
    read as one address), and where each starts in the joined text."""
    starts, text = [], ""
    for item in items:
        text += "" if not text or _joint(text, item) == "" else " "
        starts.append(len(text))
        text += item
    return text, starts


def _across(items: list[str], context: _Context) -> Iterator[_Hit]:
    """Hits in the joined items that take in more than one item (in the joined text)."""
    text, starts = _joined(items)
    detectors = _may_find(text, WRAPPED_DETECTORS)
    for hit in _hits_in_line(text, context, detectors) if detectors else ():
        if any(hit.start < start < hit.end for start in starts[1:]):
            yield hit


def _quoted_runs(line: str) -> Iterator[tuple[int, list[str]]]:
    """(start of the first, items) of each run of two or more quoted items joined by commas."""
    for quoted in _QUOTED:
        run: list[re.Match[str]] = []
        for match in quoted.finditer(line):
            if run and not _BETWEEN.fullmatch(line, run[-1].end(), match.start()):
                yield from _run(run)
                run = []
            run.append(match)
        yield from _run(run)


OVERLAP = 16
"""Items two chunks of a long run share: a card number of single digits spans 16."""


def _run(run: list[re.Match[str]]) -> Iterator[tuple[int, list[str]]]:
    """A run of two or more items in chunks of MAX_ITEMS, each sharing OVERLAP with the next
    (a value between two chunks is in one of them)."""
    if len(run) < 2:
        return
    for first in range(0, max(len(run) - OVERLAP, 1), MAX_ITEMS - OVERLAP):
        chunk = run[first:first + MAX_ITEMS]
        yield chunk[0].start(), [match.group(1) for match in chunk]


def _block_lists(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(index of the first, items) of each run of two or more block list items of one
    indentation."""
    first, indent = 0, None
    items: list[str] = []
    for index, line in enumerate([*lines, ""]):
        item = _BLOCK_ITEM.fullmatch(line)
        if item and item.group(1) == indent:
            items.append(item.group(2))
            continue
        for offset in range(0, max(len(items) - OVERLAP, 1), MAX_ITEMS - OVERLAP):
            if len(items) > 1:  # in chunks like a quoted run's (leak36: was cut at MAX_ITEMS)
                yield first + offset, items[offset:offset + MAX_ITEMS]
        first, indent, items = (index, item.group(1), [item.group(2)]) if item else (0, None, [])


def _joined_items(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each value a list's items make together, at its first item."""
    for index, line in enumerate(lines):
        if "," not in line or line.count('"') < 4 and line.count("'") < 4:
            continue
        for start, items in _quoted_runs(line):
            for hit in _across(items, context):
                yield index, replace(hit, start=start, end=start + 1)
    for index, items in _block_lists(lines):
        for hit in _across(items, context):
            yield index, replace(hit, start=0, end=1)
