"""Private key blocks: whether a `BEGIN … PRIVATE KEY` line holds key material or only names a
key."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PRIVATE_KEY

_KEY_MATERIAL = re.compile(r"[A-Za-z0-9+/=]{16,}")

_KEY_CHUNK = re.compile(r"[A-Za-z0-9+/=]+")

_PROSE_WORD = re.compile(r"[a-z]{1,15}|[A-Z][a-z]{1,15}|[A-Z]{1,6}")

MIN_KEY_CHARACTERS = 16


def _key_material(between: str) -> bool:
    """Base64 between a key's header and footer, however it is broken up (short lines,
    spaces, hyphens): every chunk that is not a plain word counts."""
    return _key_characters(between) >= MIN_KEY_CHARACTERS


def _key_characters(text: str) -> int:
    return sum(len(chunk) for chunk in _KEY_CHUNK.findall(text)
               if not _PROSE_WORD.fullmatch(chunk))


def _key_chunks_between(line: str, start: int, end: int) -> tuple[bool, int] | None:
    """For `line[start:end]`: whether it holds a run of key material (_KEY_MATERIAL) and its
    _key_characters, from tables of the line's chunks made once (a line of thousands of key
    headers read the rest of the line for each); None when a chunk runs across `start` or
    `end`, where the slice's chunks are not the line's."""
    starts, ends, characters, runs = _key_chunk_table(line)
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if first > 0 and ends[first - 1] > start or last > 0 and ends[last - 1] > end:
        return None
    return runs[last] > runs[first], characters[last] - characters[first]


@lru_cache(maxsize=64)
def _key_chunk_table(line: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The starts and ends of `line`'s chunks (_KEY_CHUNK), and running totals of their
    _key_characters and of the chunks as long as a _KEY_MATERIAL run."""
    starts, ends, characters, runs = [], [], [0], [0]
    for chunk in _KEY_CHUNK.finditer(line):
        starts.append(chunk.start())
        ends.append(chunk.end())
        text = chunk.group()
        characters.append(characters[-1] + (0 if _PROSE_WORD.fullmatch(text) else len(text)))
        runs.append(runs[-1] + (len(text) >= _KEY_RUN))
    return starts, ends, characters, runs


_KEY_RUN = 16
"""The shortest run _KEY_MATERIAL finds."""


@lru_cache(maxsize=64)
def _key_ends(line: str) -> list[int]:
    """Where `line`'s key footers (`-----END `) start."""
    return [found.start() for found in re.finditer("-----END ", line)]


MAX_KEY_LINES = 120
"""A private key block is read this many lines at most for its end."""


def _key_named_only(lines: list[str], index: int, hit: _Hit, context: _Context) -> bool:
    """A private key block with no key in it: its header and footer named in a sentence, or a
    placeholder between them (`...`). A header with no footer may start a truncated key, and
    stays a finding."""
    if hit.kind != PRIVATE_KEY:
        return False
    line = lines[index]
    ends = _key_ends(line)
    place = bisect.bisect_left(ends, hit.end)
    end = ends[place] if place < len(ends) else -1
    if end >= 0:
        between = ""
    else:
        between = ""
        for number in range(index + 1, min(len(lines), index + MAX_KEY_LINES)):
            end = lines[number].find("-----END ")
            between += "\n" + lines[number][:max(end, 0) if end >= 0 else None]
            if end >= 0:
                break
        else:
            return False
        end = len(line)
    on_line = _key_chunks_between(line, hit.end, end)
    if on_line is None:  # a chunk runs across the value's end: read it all, as written
        between = line[hit.end:end] + between
        on_line = (False, 0)
    if on_line[0] or _KEY_MATERIAL.search(between) or (
            on_line[1] + _key_characters(between) >= MIN_KEY_CHARACTERS):
        return False
    context.accept(index, hit, "a private key block with no key in it")
    return True
