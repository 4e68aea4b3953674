"""Which character each glyph of an embedded TrueType or OpenType font draws, by the font's own
character map (`cmap`): what a PDF's `/ToUnicode` map claims is checked against it.

A PDF reader draws a composite font's codes as glyph numbers and copies text through the
`/ToUnicode` map; nothing ties the two, so a file can show `jane@gmail.com` and copy as
`Contact us`. The font program's `cmap` is written by the font's maker and kept by the
subsetters of Chromium (Skia), LibreOffice and Word: reading it gives the glyphs' own text.
"""

from __future__ import annotations

import struct
import zlib

from kbgen.core.file_text.base import FileText
from kbgen.core.file_text.encodings import field_text
from kbgen.core.file_text.web_fonts import WOFF2, woff2_table

MAX_TABLES = 64
FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"wOFF", b"wOF2")
"""First bytes of TrueType, OpenType, WOFF 1.0 and WOFF 2 fonts (WOFF 2's tables are
Brotli-compressed: `web_fonts`)."""
_UNICODE_TABLES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))
"""(platform, encoding) of Unicode subtables, the fullest first."""


def glyph_characters(program: bytes, limit: int) -> dict[int, str]:
    """Glyph number -> the character the font's Unicode `cmap` gives it (the first, where
    several share a glyph), reading at most `limit` codes; empty for a font without one, or a
    damaged one."""
    try:
        table = _table(program, b"cmap")
        if table is None:
            return {}
        count = struct.unpack_from(">H", table, 2)[0]
        records = {struct.unpack_from(">HH", table, 4 + 8 * index):
                   struct.unpack_from(">I", table, 8 + 8 * index)[0]
                   for index in range(min(count, MAX_TABLES))}
        glyphs: dict[int, str] = {}
        for key in _UNICODE_TABLES:
            if key in records:
                pairs = _subtable(table, records[key], limit)
                limit -= len(pairs)
                for code, glyph in pairs:
                    if glyph and glyph not in glyphs:
                        glyphs[glyph] = chr(code)
        return glyphs
    except (struct.error, ValueError, OverflowError):
        return {}


def _table(program: bytes, tag: bytes) -> bytes | None:
    """One table of a TrueType/OpenType font (`\\0\\1\\0\\0`, `true`, `OTTO`), or None."""
    if program[:4] not in FONT_MAGIC[:3]:
        return None
    count = struct.unpack_from(">H", program, 4)[0]
    for index in range(min(count, MAX_TABLES)):
        name, _, offset, length = struct.unpack_from(">4sIII", program, 12 + 16 * index)
        if name == tag:
            return program[offset:offset + length]
    return None


def _subtable(table: bytes, offset: int, limit: int) -> list[tuple[int, int]]:
    """(character, glyph) pairs of one `cmap` subtable (formats 4, 12, 6 and 0), at most
    `limit`."""
    kind = struct.unpack_from(">H", table, offset)[0]
    if kind == 4:
        return _format4(table, offset, limit)
    pairs: list[tuple[int, int]] = []
    if kind == 12:
        groups = struct.unpack_from(">I", table, offset + 12)[0]
        for index in range(groups):
            first, last, glyph = struct.unpack_from(">III", table, offset + 16 + 12 * index)
            for code in range(first, min(last, first + limit - len(pairs) - 1, 0x10FFFF) + 1):
                pairs.append((code, glyph + code - first))
            if len(pairs) >= limit:
                break
    elif kind == 6:
        first, count = struct.unpack_from(">HH", table, offset + 6)
        pairs = [(first + index, struct.unpack_from(">H", table, offset + 10 + 2 * index)[0])
                 for index in range(min(count, limit))]
    elif kind == 0:
        pairs = list(enumerate(table[offset + 6:offset + 262]))[:max(limit, 0)]
    return pairs


def _format4(table: bytes, offset: int, limit: int) -> list[tuple[int, int]]:
    """A format 4 subtable's segments: codes to glyphs by delta or through its glyph array."""
    segments = struct.unpack_from(">H", table, offset + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", table, offset + 14)
    starts_at = offset + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", table, starts_at)
    deltas = struct.unpack_from(f">{segments}h", table, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack_from(f">{segments}H", table, ranges_at)
    pairs: list[tuple[int, int]] = []
    for index in range(segments):
        for code in range(starts[index], min(ends[index], 0xFFFE,
                                             starts[index] + limit - len(pairs) - 1) + 1):
            if ranges[index]:
                at = ranges_at + 2 * index + ranges[index] + 2 * (code - starts[index])
                glyph = struct.unpack_from(">H", table, at)[0]
                glyph = (glyph + deltas[index]) % 65536 if glyph else 0
            else:
                glyph = (code + deltas[index]) % 65536
            pairs.append((code, glyph))
    return pairs


MAX_NAMES = 2000
"""Name records read from one font (a full font has a few dozen per language)."""
MAX_NAME_TABLE = 256 * 1024
"""Bytes of a WOFF font's `name` table inflated (the 87 fonts of the work machine: 16 kB at
most)."""
LICENCE = 13


def font_names(font: bytes, found: FileText | None = None, where: str = "") -> str:
    """The text of a TrueType/OpenType font's `name` table (family, designer, copyright,
    vendor's and designer's addresses), one record a line; a WOFF font's table inflated first.
    The licence's text (name 13) is left out: a public licence's boilerplate (DejaVu's names
    its foundation's mailbox in words: `fonts at gnome dot org`)."""
    try:
        table = (_woff_table(font, b"name") if font[:4] == b"wOFF" else
                 woff2_table(font, b"name", found or FileText(), where) if font[:4] == WOFF2
                 else _table(font, b"name"))
        if not table:
            return ""
        count, strings = struct.unpack_from(">HH", table, 2)
        lines = []
        for index in range(min(count, MAX_NAMES)):
            platform, _, _, name, length, offset = struct.unpack_from(">6H", table,
                                                                       6 + 12 * index)
            if name == LICENCE:
                continue
            raw = table[strings + offset:strings + offset + length]
            lines.append(raw.decode("utf-16-be", errors="replace") if platform in (0, 3)
                         else field_text(raw, "mac-roman"))  # or Shift_JIS, Big5, GB2312...
        return "\n".join(dict.fromkeys(lines))
    except (struct.error, ValueError, zlib.error):
        return ""


def _woff_table(font: bytes, tag: bytes) -> bytes | None:
    """One table of a WOFF 1.0 font, inflated (bounded by its stated original size)."""
    count = struct.unpack_from(">H", font, 12)[0]
    for index in range(min(count, MAX_TABLES)):
        name, offset, packed, length, _ = struct.unpack_from(">4sIIII", font, 44 + 20 * index)
        if name == tag:
            data = font[offset:offset + packed]
            if packed >= length:
                return data
            return zlib.decompressobj().decompress(data, min(length, MAX_NAME_TABLE))
    return None
