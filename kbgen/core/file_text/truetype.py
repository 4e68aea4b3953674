"""Which character each glyph of an embedded TrueType or OpenType font draws, by the font's own
character map (`cmap`): what a PDF's `/ToUnicode` map claims is checked against it.

A PDF reader draws a composite font's codes as glyph numbers and copies text through the
`/ToUnicode` map; nothing ties the two, so a file can show `jane@gmail.com` and copy as
`Contact us`. The font program's `cmap` is written by the font's maker and kept by the
subsetters of Chromium (Skia), LibreOffice and Word: reading it gives the glyphs' own text.
"""

from __future__ import annotations

import struct

MAX_TABLES = 64
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
    if program[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
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
