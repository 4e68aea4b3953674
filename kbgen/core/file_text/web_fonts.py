"""What a web font carries beside its glyphs: WOFF 2's tables, the extended metadata (XML:
vendor, credits, licensee) and private data block both WOFF versions may hold, and where a
font ends (bytes after it are read as a file).

WOFF 2 compresses every table in one Brotli stream, which the standard library does not read;
the system's Brotli decoder (`libbrotlidec`, Debian's `libbrotli1`: a dependency of FreeType,
curl and Chromium) is called through `ctypes`, reading no more of the stream than the table
asked for needs. Without it a WOFF 2 font is refused: its names cannot be checked.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import zlib
from functools import cache
from typing import Any

from kbgen.core.file_text.base import (
    _BOMB,
    MAX_EXPANDED,
    FileText,
    _named,
    _printable,
    _Refused,
)
from kbgen.core.file_text.markup import _xml_text

WOFF2 = b"wOF2"
MAX_METADATA = 1 << 20
"""Bytes of a WOFF font's extended metadata read (the XML names a vendor and credits)."""
_KNOWN_TAGS = (
    b"cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC "
    b"gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC "
    b"COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just "
    b"lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill")
"""WOFF 2's table tags by their index in a table's flags (63 means the tag follows)."""
_UNREADABLE = ("{where} is a WOFF 2 font, whose names (designer, vendor, their addresses) are"
               " compressed with Brotli, and {why}, so it cannot be checked for personal data;"
               " publish the font as WOFF or TTF (`woff2_decompress FONT.woff2`), or remove it")


def woff2_table(font: bytes, tag: bytes, found: FileText, where: str = "") -> bytes | None:
    """One table of a WOFF 2 font (`name`), decompressed up to its end (counted into the
    file's budget: a zip of a thousand fonts whose tables expand 64 MB each), or None."""
    count, _, _, packed = struct.unpack_from(">HHII", font, 12)
    position, start, wanted = 48, 0, None
    for _ in range(count):
        flags = font[position]
        position += 1
        if flags & 0x3F == 0x3F:
            name = font[position:position + 4]
            position += 4
        else:
            name = _KNOWN_TAGS[5 * (flags & 0x3F):5 * (flags & 0x3F) + 4]
        length, position = _base128(font, position)
        if (flags >> 6 == 0) == (name in (b"glyf", b"loca")):  # transformed: its own length
            length, position = _base128(font, position)
        if name == tag and wanted is None:
            wanted = (start, length)
        start += length
    if wanted is None:
        return None
    if font[4:8] == b"ttcf":
        raise _Refused(_UNREADABLE.format(where=_named(where), why="it is a font collection"))
    start, length = wanted
    found.expanded += start + length
    if found.expanded > MAX_EXPANDED:
        raise _Refused(_BOMB.format(where=_named(where)))
    return unbrotli(font[position:position + packed], start + length, where)[start:]


def web_font_extras(font: bytes, where: str, found: FileText) -> None:
    """A WOFF font's extended metadata (compressed XML) and private data block, as pieces."""
    label = f"{where} font".strip()
    at = 28 if font[:4] == WOFF2 else 24
    offset, length, original, private, private_length = struct.unpack_from(">5I", font, at)
    if length:
        packed = font[offset:offset + length]
        limit = min(original, MAX_METADATA)
        xml = (unbrotli(packed, limit, where) if font[:4] == WOFF2
               else zlib.decompressobj().decompress(packed, limit))
        found.expanded += len(xml)
        found.pieces.append((f"{label} metadata", _xml_text(xml.decode("utf-8", "replace"))))
    if private_length:
        found.pieces.append((f"{label} private data",
                             _printable(font[private:private + private_length])))


def font_end(font: bytes) -> int:
    """Where a font ends by its own header: a WOFF's stated length, a TrueType or OpenType
    font's furthest table (151 real fonts of the work machine: only zeros after it)."""
    try:
        if font[:4] in (b"wOFF", WOFF2):  # never inside its own header
            return max(int(struct.unpack_from(">I", font, 8)[0]), 48 if font[:4] == WOFF2 else 44)
        count = struct.unpack_from(">H", font, 4)[0]
        return max([12 + 16 * count] + [sum(struct.unpack_from(">II", font, 20 + 16 * index))
                                        for index in range(min(count, 64))])
    except struct.error:
        return len(font)


def unbrotli(data: bytes, size: int, where: str = "") -> bytes:
    """The first `size` bytes (at most) `data`, a Brotli stream, decompresses to."""
    decoder = _decoder()
    if decoder is None:
        raise _Refused(_UNREADABLE.format(where=_named(where), why="this computer has no Brotli"
                                          " decoder (libbrotlidec)"))
    source = ctypes.create_string_buffer(data, len(data))
    target = ctypes.create_string_buffer(max(size, 1))
    available_in, next_in = ctypes.c_size_t(len(data)), ctypes.c_void_p(ctypes.addressof(source))
    available_out = ctypes.c_size_t(size)
    next_out = ctypes.c_void_p(ctypes.addressof(target))
    state = decoder.BrotliDecoderCreateInstance(None, None, None)
    try:
        result = decoder.BrotliDecoderDecompressStream(
            state, ctypes.byref(available_in), ctypes.byref(next_in),
            ctypes.byref(available_out), ctypes.byref(next_out), None)
    finally:
        decoder.BrotliDecoderDestroyInstance(state)
    if result == 0:  # BROTLI_DECODER_RESULT_ERROR
        raise ValueError("damaged Brotli stream")
    return target.raw[:size - available_out.value]


@cache
def _decoder() -> Any:
    """The system's Brotli decoder, or None."""
    name = ctypes.util.find_library("brotlidec")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:
        return None
    library.BrotliDecoderCreateInstance.restype = ctypes.c_void_p
    library.BrotliDecoderCreateInstance.argtypes = [ctypes.c_void_p] * 3
    library.BrotliDecoderDestroyInstance.argtypes = [ctypes.c_void_p]
    size_p, pointer_p = ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(ctypes.c_void_p)
    library.BrotliDecoderDecompressStream.restype = ctypes.c_int
    library.BrotliDecoderDecompressStream.argtypes = [ctypes.c_void_p, size_p, pointer_p,
                                                      size_p, pointer_p, size_p]
    return library


def _base128(data: bytes, position: int) -> tuple[int, int]:
    """WOFF 2's UIntBase128 at `position`: (value, the position after it)."""
    value = 0
    for index in range(5):
        byte = data[position + index]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, position + index + 1
    raise ValueError("UIntBase128 longer than 5 bytes")
