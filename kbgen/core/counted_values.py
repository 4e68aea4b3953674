"""Secrets counted out as filler: `1234567890abcdefghifjkl`, `this_is_a_secret_abc123abc123abc`
(issue 19, branch fp37).

Authelia's docs give Duo's `secret_key: '1234567890abcdefghifjkl'` and an HMAC secret that
must be 32 characters long, `'this_is_a_secret_abc123abc123abc'`: the digits and the alphabet
typed in order, then repeated to reach a length. A value is counted out when nearly every
character continues a run of at least RUN characters each one after the last (`0123`, `abc`,
`9` to `0` wrapping, letters in either case) or repeats such a run; at most FREE characters
stand alone (Authelia's typo `…ghifjkl`): a value with more has something of its own in it.
Accepted as a placeholder are

- a filler of at least LONGEST characters holding both a run of digits and one of letters
  (a short one, `123456`, `abcd1234`, is someone's weak password as often as an example), and
- a password that spells out that it is one (`this_is_a_secret`, examples.py) followed, after a
  separator, by a filler of any length.

`1234567890abcdefXq7Lm9Zk`, `this_is_a_secret_Xk93hQ7pLm2`, `12345678901234567890` (digits
only) stay findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

RUN = 3
"""Characters in order that make a run (`abc`, `123`)."""
FREE = 2
"""Characters outside runs a filler may hold (about 12 bits: no secret)."""
LONGEST = 16
"""A filler standing alone as the whole value is at least this long."""

REASON = "a placeholder typed as runs of digits and letters in order (`1234567890abcdef`)"

_TAIL = re.compile(r"^(?P<words>.+)[-_.](?P<filler>[A-Za-z0-9]+)$")


def _next(before: str, char: str) -> bool:
    """`char` follows `before` in counting: a digit (9 wraps to 0) or a letter of the same
    case."""
    if before.isdigit() and char.isdigit():
        return (int(before) + 1) % 10 == int(char)
    if before.isalpha() and char.isalpha() and before.islower() == char.islower():
        return ord(char) - ord(before) == 1
    return False


_STARTS = "01aA"
"""Where a count starts: a run starting elsewhere must go on from the run before it of its
kind (`…ghi` `f` `jkl`), so where runs start and end carries no text of its own."""


def _runs(text: str) -> list[str]:
    """`text` cut into its maximal runs of characters in counting order."""
    runs: list[str] = []
    for char in text:
        if runs and _next(runs[-1][-1], char):
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def filler(text: str) -> bool:
    """Every character of `text` but FREE continues a run of RUN or more characters, each
    run counting from its start (`0`, `1`, `a`, `A`) or on from the last run of its kind."""
    if not text.isascii() or not text.isalnum():
        return False
    free = 0
    last: dict[bool, str] = {}  # digits or letters: the last run's last character
    for run in _runs(text):
        if len(run) < RUN:
            free += len(run)
            continue
        before = last.get(run[0].isdigit())
        if run[0] not in _STARTS and (before is None or not _next(before, run[0])):
            return False
        last[run[0].isdigit()] = run[-1]
    return free <= FREE and free < len(text) // 2


def counted_placeholder(value: str, spelt: Callable[[str], bool]) -> bool:
    """`value` is a long filler of digits and letters, or a spelt placeholder password
    (`spelt`: examples' judgement) then a filler."""
    if (len(value) >= LONGEST and filler(value) and any(ch.isdigit() for ch in value)
            and any(ch.isalpha() for ch in value)):
        return True
    tail = _TAIL.match(value)
    return (tail is not None and filler(tail.group("filler"))
            and len(tail.group("filler")) >= RUN and spelt(tail.group("words")))
