"""Text encodings of copied files: UTF-8, UTF-16 and UTF-32 with or without a byte order mark,
text with NUL bytes slipped in."""

from __future__ import annotations

import codecs

from kbgen.core.file_text.base import HEAD


def _text_with_nuls(head: bytes) -> bool:
    """True for text with NUL bytes slipped in (`jane\\0@gmail.com`): without them, it is
    valid UTF-8 with hardly a control character, which binary data never is."""
    text = head.replace(b"\x00", b"").decode("utf-8", errors="replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return len(text) >= 8 and odd <= len(text) // 50


def _decode(data: bytes) -> str:
    """Text in UTF-8, or in UTF-16/32 when its first bytes say so; NUL bytes (which show as
    nothing) dropped."""
    codec = _utf16_or_32(data[:HEAD]) or "utf-8-sig"
    return _clean(data.decode(codec, errors="replace").replace("\x00", ""))


def _clean(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_or_32(head: bytes) -> str | None:
    """The codec of UTF-16 or UTF-32 text, with or without a byte order mark, else None.

    Without a mark, text in a Latin script is every other byte (or three bytes in four) zero:
    `j\\0a\\0n\\0e\\0`."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    sample = head[:len(head) - len(head) % 4]
    if len(sample) < 8:
        return None
    for width, codec in ((4, "utf-32-le"), (4, "utf-32-be"), (2, "utf-16-le"),
                         (2, "utf-16-be")):
        units = [sample[i:i + width] for i in range(0, len(sample), width)]
        little = codec.endswith("le")
        text_like = sum(1 for unit in units if (unit[1:] if little else unit[:-1]) == bytes(
            width - 1) and (unit[0] if little else unit[-1]) in _TEXT_BYTES)
        if text_like >= 0.9 * len(units):
            return codec
    return None


_TEXT_BYTES = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0D}
