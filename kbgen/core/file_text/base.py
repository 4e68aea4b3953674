"""What every reader of a copied file shares: the limits of a read, what it found, and why it
stopped."""

from __future__ import annotations

import itertools
import lzma
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

MAX_EXPANDED = 64 * 1024 * 1024
"""Bytes of decompressed data read from one copied file, all members together."""
MAX_RATIO = 200
"""A member that expands more than this many times its compressed size is a bomb."""
MAX_DEPTH = 3
"""Containers inside containers (a zip in a zip in a gzip) read at most this deep."""
MAX_MEMBERS = 5000
"""Members of one archive."""
HEAD = 4096
"""Bytes read first; a file whose first bytes say "binary" and name no known container (a
font, a video) is not read further."""


@dataclass
class FileText:
    """What a copied file says: its pieces of text, and why it cannot be published."""

    pieces: list[tuple[str, str]] = field(default_factory=list)
    """(where, text): `where` is empty for the file's own text, else the part it came from
    (`word/document.xml`, `PNG tEXt Comment`, `PDF content`)."""
    refusals: list[str] = field(default_factory=list)
    """Messages: the file cannot be published as it is, and what to do."""
    expanded: int = 0
    """Bytes decompressed so far (bounded by MAX_EXPANDED)."""


class _Refused(Exception):
    """Reading stops: the message says why and what to do."""


def _named(where: str) -> str:
    return where or "the file itself"


# ---------------------------------------------------------------------------------------------
# Compressed containers
# ---------------------------------------------------------------------------------------------


def _inflate(compressed: bytes, where: str, found: FileText, wbits: int) -> bytes:
    """Decompressed bytes, refused past the ratio or the file's total budget."""
    return _inflate_stream(compressed, _named(where), found, wbits)[0]


def _inflate_stream(compressed: bytes, named: str, found: FileText,
                    wbits: int) -> tuple[bytes, bytes]:
    """The first stream's decompressed bytes and what follows it, refused past the ratio or
    the file's total budget (`named`: how messages name the file)."""
    budget = min(MAX_EXPANDED - found.expanded, max(len(compressed), 1024) * MAX_RATIO)
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(compressed, budget + 1)
    except zlib.error as exc:
        raise _Refused(f"{named} cannot be decompressed ({exc}); save the file again"
                       " or remove it") from None
    if len(out) > budget:
        raise _Refused(_BOMB.format(where=named))
    found.expanded += len(out)
    return out, decompressor.unused_data


_BOMB = ("{where} expands to more than kbgen reads (an archive bomb, or a very large file:"
         f" more than {MAX_RATIO} times its compressed size or {MAX_EXPANDED // 2**20} MB in"
         " all); publish it unpacked or split it, or remove it")


def _stream(decompressor: Any, data: bytes, where: str, found: FileText) -> bytes:
    """Bytes out of a bz2 or lzma decompressor, refused past the ratio or the budget."""
    budget = min(MAX_EXPANDED - found.expanded, max(len(data), 1024) * MAX_RATIO)
    try:
        out: bytes = decompressor.decompress(data, budget + 1)
    except (OSError, EOFError, ValueError, lzma.LZMAError) as exc:
        raise _Refused(f"{_named(where)} cannot be decompressed ({exc}); save the file again"
                       " or remove it") from None
    if len(out) > budget:
        raise _Refused(_BOMB.format(where=_named(where)))
    found.expanded += len(out)
    return out


def _find_all(data: bytes, marker: bytes) -> Iterator[int]:
    start = data.find(marker)
    while start >= 0:
        yield start
        start = data.find(marker, start + 1)


def _read_again(read: int, block: int, label: str) -> None:
    """Refuse a block whose fields (EXIF entries, ICC tags: offsets into the block) have made
    `read` bytes read of its `block` bytes: honest fields point at bytes of their own, and
    fields that point at the same bytes again and again made a 112 kB TIFF 100 MB of text."""
    if read > 2 * block + 65536:
        raise _Refused(f"{label}: its fields point at the same bytes again and again (a"
                       " metadata bomb); export the picture again without metadata (for"
                       " example `exiftool -all= FILE`)")


_PRINTABLE = re.compile(rb"[\x20-\x7e\t]{4,}")
_UTF8_RUN = re.compile(rb"(?:[\x20-\x7e\t]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                       rb"|[\xf0-\xf4][\x80-\xbf]{3}){4,}")
_WIDE_RUN = re.compile("[\t\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff5e]{4,}")
"""A run of UTF-16 text: ASCII, CJK symbols, ideographs, Hangul, full-width forms (`ｊａｎｅ`)."""
_LATIN_OR_WIDE = re.compile("[\x20-\x7e\uff01-\uff5e]")


def _printable(data: bytes) -> str:
    """The runs of text in binary data: ASCII, UTF-8 holding other characters (a caption in
    Chinese or in full-width letters), and UTF-16 either way round from either byte (old
    Office files, a private chunk). A UTF-8 or UTF-16 run is kept when it holds at least four
    ASCII or full-width characters (a value can be written in no other; ASCII read a byte off
    is ideographs), a big-endian one only beside other characters (its ASCII runs are the
    little-endian ones read a byte on)."""
    runs = [m.group().decode("ascii") for m in _PRINTABLE.finditer(data)]
    runs.extend(text for m in _UTF8_RUN.finditer(data)
                if _may_hold_value(text := m.group().decode("utf-8", errors="replace"))
                and not text.isascii())
    windows = itertools.product(range(0, len(data), _WINDOW), ("utf-16-le", "utf-16-be"), (0, 1))
    for at, codec, start in windows:  # a window at a time: a 200 MB Office file is read whole
        piece = data[at + start:at + start + _WINDOW + _WINDOW_OVERLAP]
        runs.extend(text for m in _WIDE_RUN.finditer(piece[:len(piece) // 2 * 2].decode(
            codec, "replace")) if _may_hold_value(text := m.group())
            and (codec == "utf-16-le" or not text.isascii()))
    return "\n".join(dict.fromkeys(runs))


_WINDOW, _WINDOW_OVERLAP = 1 << 20, 512
"""Bytes of binary data decoded as UTF-16 at a time, and how far windows overlap (a run
across two windows is read whole in the first)."""


def _may_hold_value(text: str) -> bool:
    return len(_LATIN_OR_WIDE.findall(text)) >= 4
