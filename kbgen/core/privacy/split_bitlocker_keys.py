"""A BitLocker recovery key written over two or more lines (hostile round 26): the key's
eight groups of six digits broken after the fourth (`123453-123464-654291-055033` /
`222233-446446-000077-345345`), as a narrow window, a phone's screen or a ticket's wrapping
shows it. kbgen.core.privacy.bitlocker_keys reads eight groups on one line, so main published
the halves.

Read by structure, with bitlocker_keys' checks: the groups ending a line (after markup, maybe a
trailing `-`) and those opening the next lines (up to MAX_LINES, blank lines and markup
between allowed) make eight groups of six digits, each a multiple of 11 below 720,896, not all
alike; a line's groups must be the whole of what follows its last word, and the continuing
lines nothing but groups (a table of numbers or an ID list breaks it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.bitlocker_keys import _checked
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_TAIL = re.compile(r"(?<![\d-])(?<!\d )(?P<groups>\d{6}(?:[- ]\d{6}){0,6})[- ]?[ \t`*|<>/a-z]*$")
"""Groups ending a line (a code mark, a cell's pipe, a closing tag after them)."""
_WHOLE = re.compile(r"^[ \t>`*|-]*(?:<[a-z]+>)*[ \t`]*(?P<groups>\d{6}(?:[- ]\d{6}){0,6})"
                    r"[- ]?[ \t`*|<>/a-z]*$")
"""A line of nothing but groups."""
GROUPS = 8
MAX_LINES = 4
"""Lines one key may be spread over."""


def needs(text: str) -> bool:
    """Whether a text may hold a split key: six digits, a separator, six digits."""
    return re.search(r"\d{6}[- ]\d{6}", text) is not None


def _count(groups: str) -> int:
    return len(re.split(r"[- ]", groups))


def split_bitlocker_keys(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each line holding part of a key spread over lines."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        tail = _TAIL.search(line) if re.search(r"\d{6}", line) else None
        if tail is None or _count(tail.group("groups")) >= GROUPS:
            continue
        parts = [(index, tail)]
        total = _count(tail.group("groups"))
        below = index + 1
        while total < GROUPS and below < len(lines) and below - index < MAX_LINES + 2:
            if not lines[below].strip():
                below += 1
                continue
            whole = _WHOLE.match(lines[below])
            if whole is None:
                break
            parts.append((below, whole))
            total += _count(whole.group("groups"))
            below += 1
        if total != GROUPS or len(parts) < 2:
            continue
        key = "-".join(re.sub(r"[- ]", "-", match.group("groups")) for _, match in parts)
        if not _checked(key):
            continue
        for at, match in parts:
            yield at, _Hit(match.start("groups"), match.end("groups"), PASSWORD,
                           _mask_secret(match.group("groups")))
