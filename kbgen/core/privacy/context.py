"""What the detectors share: the scan's `_Context`, a value found (`_Hit`), masking and the
allow-list's patterns."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kbgen.core import fediverse, published_passwords
from kbgen.core.examples import Acceptance
from kbgen.core.privacy.model import ADVICE, PASSWORD, Allowed, Finding


@dataclass(frozen=True)
class _Context:
    """What every detector needs besides the line."""

    allowed: Allowed
    default_region: str | None
    accepted: list[Acceptance] | None = None
    """Where values accepted for a reason are told, when the caller asks (line indexes)."""
    example_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    """Where each line holds a value accepted as an example: no half of a split key."""
    fediverse: fediverse.Page = fediverse.NOT_FEDIVERSE
    """What makes `@user@server` a handle in the text (kbgen.core.fediverse)."""
    written: tuple[str, ...] = ()
    """The text's lines as written, when normalize_text changed them (it reads `7O03` as
    `7003`): what is decoded byte for byte (kbgen.core.pem_blocks) reads these."""

    told: dict[tuple[int, str, str], list[tuple[int, int]]] = field(default_factory=dict)
    """Where each line's values accepted were told, by (line, kind, reason)."""

    def accept(self, index: int, hit: _Hit, reason: str) -> None:
        """Note `hit` of line `index` accepted for `reason`, and tell it when asked: once for
        a place, where a line read again (its marks blanked: `_Q34…_`, then `Q34…`) or a
        rule of several lines accepts the value at that place again."""
        self.example_spans.setdefault(index, []).append((hit.start, hit.end))
        if self.accepted is None:
            return
        places = self.told.setdefault((index, hit.kind, reason), [])
        if not any(start < hit.end and hit.start < end for start, end in places):
            self.accepted.append(Acceptance(index, hit.kind, hit.excerpt, reason))
        places.append((hit.start, hit.end))


@dataclass(frozen=True)
class _Hit:
    """A value found at [start, end) of a line; `allowed` hits only block weaker detectors."""

    start: int
    end: int
    kind: str
    excerpt: str
    advice: str = ""
    allowed: bool = False
    viewed: bool = False
    """Found in the line as shown (`rendered_line`), where start and end point."""
    vendor: bool = False
    """A key that detect-secrets names as a service's (`ghp_…`, a JWT)."""
    reason: str = ""
    """Why an allowed hit is harmless, for reviewers (kbgen.core.examples)."""
    advisory: bool = False
    """Reported as advice, not as a leak (Finding.advisory)."""


Detector = Callable[[str, _Context], Iterator[_Hit]]


def judged_as_key(key: str, value: str, start: int, judge: Callable[[str], list[_Hit]],
                  *, value_only: bool = False) -> Iterator[_Hit]:
    """The hits `judge` finds in `<key>: <value>`, placed where `value` starts (`start`) in
    its own line; with `value_only`, none that start in the key's part."""
    prefix = f"{key}: "
    shift = start - len(prefix)
    for hit in judge(prefix + value):
        if not value_only or hit.start >= len(prefix):
            yield replace(hit, start=hit.start + shift, end=hit.end + shift, viewed=False)


def _finding(line: int, hit: _Hit) -> Finding:
    return Finding(line, hit.kind, hit.excerpt, hit.advice or ADVICE[hit.kind], hit.advisory,
                   vendor=hit.vendor)


def _famous_or_hit(line: str, start: int, value: str) -> _Hit:
    """The password hit for `value` at `start`, allowed if it is a famous published example
    (kbgen.core.published_passwords)."""
    famous = published_passwords.famous_example(line, start)
    return _Hit(start, start + len(value), PASSWORD, _mask_secret(value), allowed=famous,
                reason=published_passwords.REASON if famous else "")


def _pattern_allows(line: str, hit: _Hit, patterns: tuple[str, ...]) -> bool:
    """A match of an allowed pattern covers the hit. Each pattern's matches in a line are
    found once (not once per hit: quadratic on a line of many values); they do not overlap,
    so the only candidate is the last one starting at or before the hit."""
    for pattern in patterns:
        starts, ends = _pattern_spans(line, pattern)
        place = bisect.bisect_right(starts, hit.start) - 1
        if place >= 0 and hit.end <= ends[place]:
            return True
    return False


@lru_cache(maxsize=256)
def line_holds(line: str, needle: str) -> bool:
    """`needle in line`, once per line: judging each of a line's thousand findings must not
    read the whole line again (a 1 MB line of `secretName:` values took 51 s)."""
    return needle in line


@lru_cache(maxsize=256)
def _pattern_spans(line: str, pattern: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    matches = list(re.finditer(pattern, line))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def _mask(value: str, keep_start: int = 1, keep_end: int = 0) -> str:
    """Letters and digits replaced by `*`, except the first and last few; punctuation stays."""
    last = len(value) - keep_end
    return "".join(
        ch if i < keep_start or i >= last or not ch.isalnum() else "*"
        for i, ch in enumerate(value)
    )


def _mask_secret(value: str) -> str:
    """A few leading characters (a key's prefix such as `ghp_`) and eight stars."""
    return value[: min(4, len(value) // 4)] + "*" * 8

_CASE_TWINS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
"""Letters that re.I matches with i or s, but that str.lower() turns into something else."""


def _fold(text: str) -> str:
    """text.lower(), in which a lower-case ASCII word is found wherever re.I finds it.

    re.I also matches `K` (Kelvin sign, which lower() makes `k`) and the three letters of
    _CASE_TWINS; lower() turns no other non-ASCII character into ASCII.
    """
    if not text.isascii():
        for twin, letter in _CASE_TWINS:
            text = text.replace(twin, letter)
    return text.lower()

MAX_SPLIT_PART = 200
"""Only the last (first) this many characters of a line are taken for the half of a key."""
