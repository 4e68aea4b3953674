"""A value listed among an example's assumptions, for the gate (issue 19).

Authelia's trusted-header guides open with "This example makes the following assumptions:"
and a list (`* __Reverse Proxy IP:__ `172.16.0.1``): each item is a value the guide
picked for its example, then repeated in its steps. An item of a list whose introducing
sentence speaks of an example and assumes (`This example assumes`, `In this example we assume
the following`), at most MAX_ITEMS lines below it. An item saying whose the value is, on its
line or its continued lines (`Acme Ltd's proxy`, `Our office router`, `(ours)`, `Office
firewall`, `The customer's server`, `production`) stays a finding, as the caller's guards
judge the item's sentence too, and so does a list whose introduction says whose
(`This example assumes the following about our network:`).
"""

from __future__ import annotations

import re

from kbgen.core.claim_words import CASE, LIVE, OUR, PREMISES, WE, words

MAX_ITEMS = 12
"""Lines between a list's introduction and its item, at most."""

_ITEM = re.compile(r"^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+\S")
_WHOSE = re.compile(r"(?i)\w['’]s\b|(?<![a-z])(?:ours?|my|mine|we|us|customers?|clients?|tenants?"
                    r"|prod|production|live|real|actual|office|company|corporate|hq"
                    r"|headquarters|home|" + words(OUR, WE, CASE, LIVE, PREMISES, english=False)
                    + r")(?![a-z])")
"""Words saying whose a value is, or that it is a real place's: on the item or its continued
lines."""
_OWNED = re.compile(r"(?i)(?<![a-z])(?:ours?|my|mine|customers?|clients?|tenants?|prod|production"
                    r"|live|real|actual|office|company|corporate|hq|headquarters|home|"
                    + words(OUR, CASE, LIVE, PREMISES, english=False) + r")(?![a-z])")
"""The same words but `we`/`us`, for the list's introduction (`In this example we assume`):
an introduction saying whose (`about our network:`) makes no example of its items."""
_ASSUMING = re.compile(r"(?i)\bexample\b[^.!?]*\bassum(?:e|es|ing|ptions?)\b"
                       r"|\bassum(?:e|es|ing|ptions?)\b[^.!?]*\bexample\b")


def assumed(lines: list[str], index: int) -> bool:
    """Line `index` is an item of a list introduced as an example's assumptions."""
    if not _ITEM.match(lines[index]) or any(map(_WHOSE.search, _item_lines(lines, index))):
        return False
    line = introduction(lines, index)
    return bool(_ASSUMING.search(line)) and not _OWNED.search(line)


def introduction(lines: list[str], index: int) -> str:
    """The line ending with `:` that introduces the list whose item is line `index` (at most
    MAX_ITEMS lines above it), or "" when line `index` is no item or nothing introduces it."""
    above = introduction_at(lines, index)
    return "" if above is None else lines[above]


def introduction_at(lines: list[str], index: int) -> int | None:
    """The index of introduction's line, or None."""
    if not _ITEM.match(lines[index]):
        return None
    for above in range(index - 1, max(-1, index - MAX_ITEMS - 1), -1):
        line = lines[above]
        if not line.strip() or _ITEM.match(line):
            continue
        if line.startswith((" ", "\t")):
            continue  # an item's continued line
        return above if line.rstrip().endswith(":") else None
    return None


def _item_lines(lines: list[str], index: int) -> list[str]:
    """Line `index`, an item, and its continued lines (indented, up to a blank line or the next
    item)."""
    end = index + 1
    while end < len(lines) and lines[end].strip() and not _ITEM.match(lines[end]) \
            and lines[end].startswith((" ", "\t")):
        end += 1
    return lines[index:end]
