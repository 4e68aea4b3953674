"""Text in uuencode (`begin 644 notes.txt`, then lines such as `25J86YE+F1O94!G;6%I;"YC;VT`),
which one command decodes (`uudecode`) (issue 19, leak46). In a text holding uuencode's
`begin` line, each line of its alphabet whose first character gives its length is read
decoded, and what that reading finds that the line as written does not is reported at the line.
A value cut between two lines (45 bytes a line) is read in halves: not found whole."""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

_BEGIN = re.compile(r"(?m)^[ \t>]*begin(?:-base64)? [0-7]{3,4} \S")
"""uuencode's first line: `begin`, the file's mode, its name."""
_LINE = re.compile(r"[ \t>]*([!-M][ -`]{8,61})[ \t]*")
"""A data line: a length character (6 to 45 bytes), then up to 60 characters of the alphabet."""
MIN_BYTES = 6


def needs(text: str, folded: str) -> bool:
    """Whether `text` holds uuencode's `begin` line."""
    return "begin" in folded and _BEGIN.search(text) is not None


def line_bytes(line: str) -> tuple[bytes, int, int] | None:
    """A data line's bytes, and where its data is, when its length character matches its
    length."""
    match = _LINE.fullmatch(line)
    if match is None:
        return None
    data = match.group(1)
    size = (ord(data[0]) - 32) & 63
    if size < MIN_BYTES or not 0 <= len(data) - 1 - (size + 2) // 3 * 4 <= 2:
        return None
    try:
        return binascii.a2b_uu(data), match.start(1), match.end(1)
    except binascii.Error:
        return None


def _decoded(line: str) -> tuple[str, int, int] | None:
    """A data line's text, and where its data is, when it decodes to printable text."""
    if (data := line_bytes(line)) is None:
        return None
    try:
        text = data[0].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not all(ch.isprintable() or ch == "\t" for ch in text):
        return None
    return text, data[1], data[2]


def _uuencoded(line: str, context: _Context) -> Iterator[_Hit]:
    """What a uuencoded line decodes to."""
    if (decoded := _decoded(line)) is not None:
        text, start, end = decoded
        yield from decoded_hits(line, line[:start] + text + line[end:], start, end, context,
                                "uuencode")
