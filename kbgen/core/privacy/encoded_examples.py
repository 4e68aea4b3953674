"""A value a page shows beside its own base64, in a section it calls an example (issue 19,
branch fp48).

Configuration docs teach an encoding by showing a value twice: Authelia's Kubernetes page
gives its `String Data Example` secrets (`JWT_SECRET: NwsVsXv4…`) and then, under `Base64
Data Example`, "the same manifest as above but encoded in base64" (`Tndz…` is base64 of
`NwsV…`); Kanboard's API page writes `Example with PHP: base64_encode('jsonrpc:19ffd9…')` and
then the header that call makes (`X-API-Auth: anNvbnJwYzox…`). The token rules read both as
keys. Nothing in a random value says it is made up, and a heading alone says little (anyone
can title a section `Example`); what these pages add is a demonstration: the same value taken
through an encoding in front of the reader, inside a section or a sentence that calls it an
example. A pasted configuration holds one form; a reader-facing lesson holds both.

Accepted only when all of these hold: a token or password (never a service's key: `ghp_…`,
a JWT) of 12 characters or more, and another on the same page whose base64 (standard or
URL-safe) decodes to text containing it; the section holding either (its heading or the one
above it, `##### String Data Example` over `##### secret.yml`), or the sentence of either
(`Example with PHP: …`), calls it an example; and no line showing either, its headings nor the
line introducing its list or block says whose the value is (a customer's, ours, production,
a company's, someone's: surroundings.names_whose), nor names a person.
"""

from __future__ import annotations

import base64
import binascii
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from kbgen.core import scenarios, surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a value the page shows beside its own base64, in a section it calls an example"

MIN_LENGTH = 12
"""The shortest value read as half of a pair (a shorter one is contained by chance)."""
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_EXAMPLE = re.compile(r"(?i)(?<![.@/-])\b(?:examples?|beispiel\w*|exemples?|ejemplos?|esempi[oi]"
                      r"|voorbeeld\w*)\b(?![.@/-]\w)")
"""A heading or a sentence calling what it shows an example (never a name's part: `mail for
example.com`, rev48)."""

_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values shown beside their own base64 in an example's section."""
    candidates = [(index, line, hit) for index, line, hit in found
                  if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                  and hit.end - hit.start >= MIN_LENGTH]
    paired = _paired({line[hit.start:hit.end] for _, line, hit in candidates})
    if not paired:
        yield from found
        return
    headings, blocks = _Headings(lines), Blocks(lines)
    candidate_hits = {id(hit) for _, _, hit in candidates}
    framed: set[str] = set()
    placed: set[str] = set()
    for index, line, hit in candidates:
        value = line[hit.start:hit.end]
        if value in paired:
            if _framed(index, line, hit.start, headings):
                framed.add(value)
            if _placed(index, line, blocks, headings):
                placed.add(value)
    for index, line, hit in found:
        value = line[hit.start:hit.end]
        pair = paired.get(value, set())
        if pair and id(hit) in candidate_hits and pair & framed and not pair & placed:
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _paired(values: set[str]) -> dict[str, set[str]]:
    """Each value whose base64 another value is, or that is base64 of another: with itself,
    every value it is paired with. The decoded text is cut at what no key holds, and its
    pieces looked up: one pass, however many values a page holds."""
    paired: dict[str, set[str]] = {}
    for value in values:
        if not _BASE64.fullmatch(value):
            continue
        decoded = _decoded(value)
        for plain in {decoded, *_PIECE_END.split(decoded)} if decoded else ():
            if plain != value and len(plain) >= MIN_LENGTH and plain in values:
                paired.setdefault(value, {value}).add(plain)
                paired.setdefault(plain, {plain}).add(value)
    return paired


_PIECE_END = re.compile(r"[^A-Za-z0-9+/_=.~$-]+")
"""What ends a key inside decoded text (`jsonrpc:19ffd9…`: the colon)."""


def _decoded(value: str) -> str:
    """`value` decoded from base64 (standard or URL-safe) as UTF-8 text, or ""."""
    padded = value.rstrip("=")
    padded += "=" * (-len(padded) % 4)
    try:
        text = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        return text.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


class _Headings:
    """For each line, its section's heading and the heading above that one (one pass)."""

    def __init__(self, lines: list[str]) -> None:
        self.above: list[tuple[str, str]] = []
        last = previous = ""
        fenced = False
        for line in lines:
            if _FENCE.match(line):
                fenced = not fenced
            elif not fenced and line.lstrip().startswith("#"):  # a comment in code is none
                last, previous = line, last
            self.above.append((last, previous))

    def of(self, index: int) -> str:
        """The two headings over line `index`, one per line."""
        return "\n".join(self.above[index])


def _framed(index: int, line: str, start: int, headings: _Headings) -> bool:
    """The value's section, or its sentence, calls it an example."""
    return bool(_EXAMPLE.search(headings.of(index))
                or scenarios.supposed(_sentence(line, start))
                or _EXAMPLE.search(_sentence(line, start)))


def _placed(index: int, line: str, blocks: Blocks, headings: _Headings) -> bool:
    """The line, its headings or what introduces it say whose the value is."""
    lines = blocks.lines
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    introduction = lines[above] if above >= 0 and lines[above].rstrip().endswith(":") else ""
    return surroundings.names_whose(f"{line}\n{headings.of(index)}\n{introduction}") \
        or blocks.introduction_says_whose(index)


class Blocks:
    """A page's fenced code blocks, its fences found once: a page of many values asks for the
    block of each (finding it from the lines above each value's made a page's work grow with
    its values squared)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.fences = [number for number, line in enumerate(lines) if _FENCE.match(line)]
        self._whose_introductions: dict[int, bool] = {}

    def span(self, index: int) -> tuple[int, int] | None:
        """(first, end) of the lines of the block holding line `index` (fences left out); None
        outside one."""
        above = bisect_left(self.fences, index)
        if above % 2 == 0:
            return None
        after = bisect_right(self.fences, index)
        end = self.fences[after] if after < len(self.fences) else len(self.lines)
        return self.fences[above - 1] + 1, end

    def introduction(self, index: int) -> str:
        """The paragraph before the block holding line `index` ("" outside one)."""
        span = self.span(index)
        if span is None:
            return ""
        above = span[0] - 2
        while above >= 0 and not self.lines[above].strip():
            above -= 1
        first = above
        while first > 0 and self.lines[first - 1].strip():
            first -= 1
        return " ".join(self.lines[first:above + 1]) if above >= 0 else ""

    def introduction_says_whose(self, index: int) -> bool:
        """The paragraph before the block holding line `index` says whose, read once a block (a
        long one was read again for each line of its block: rev52)."""
        span = self.span(index)
        if span is None:
            return False
        if span[0] not in self._whose_introductions:
            self._whose_introductions[span[0]] = surroundings.names_whose(
                self.introduction(index))
        return self._whose_introductions[span[0]]


def _sentence(line: str, start: int) -> str:
    """The sentence holding `start` in `line` (from the last full stop before it)."""
    before = line[:start]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return before[cut + 2:] if cut >= 0 else before
