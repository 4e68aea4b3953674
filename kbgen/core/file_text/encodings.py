"""Text encodings of copied files: UTF-8, UTF-16 and UTF-32 with or without a byte order mark,
text with NUL bytes slipped in, and the other encodings a reader's program may guess for a
text that is not UTF-8."""

from __future__ import annotations

import codecs
import re

from kbgen.core.file_text.base import HEAD, _named, _Refused


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


OTHER_ENCODINGS = {"gb18030": "GB18030", "big5": "Big5", "shift_jis": "Shift_JIS",
                   "euc_jp": "EUC-JP", "euc_kr": "EUC-KR", "cp1252": "Windows-1252",
                   "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}
"""Encodings editors and browsers guess for a text that is not UTF-8 (Chinese, Japanese,
Korean, Western European; UTF-16 of any script without a byte order mark), with their names."""
MAX_OTHER_TEXT = 500_000
"""Characters of a text that is not UTF-8 read in those encodings, all readings together; a
longer one is refused (save it as UTF-8). Mojibake costs the gate about 9 s of CPU a million
characters (a 1 MB text of Chinese in no valid encoding, read in Windows-1252: 3.0 s of CPU
on main, 12.3 s with twice this limit, 3.6 s refused); the 117 non-UTF-8 texts of the work
machine (vim's tutors and menus, Python's CJK test texts, old manuals): 147,000 at most."""
_ODD = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
"""Characters no text shows: controls, private use, replaced bytes."""


def wide_text(head: bytes) -> bool:
    """True for UTF-16 text without a mark in any script (Chinese has no zero bytes to tell
    it by, as Latin does): the first bytes read as UTF-16, one way round, with hardly a
    character no text holds."""
    sample = head[:len(head) - len(head) % 2]
    return len(sample) >= 16 and any(
        _plausible(sample.decode(codec, errors="replace")) for codec in ("utf-16-le", "utf-16-be"))


def _plausible(text: str) -> bool:
    return len(_ODD.findall(text)) <= len(text) // 50


_NOT_WESTERN = re.compile("[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u00a0\u00ab\u00bb"
                          "\u00b0\u00a7\u00a9\u00ae\u00b7\u2018-\u201e\u2013\u2014\u2026\u2022"
                          "\u20ac\u2122]")
"""What Western European text hardly holds besides letters, quotes, dashes and the euro:
`¹²³¼½¾×÷¤¦ª¬±µ¶ŠŽŒƒ‰‹›`, which a two-byte encoding's bytes read in Windows-1252 are full of."""
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _mojibake(text: str) -> bool:
    """True for a text in a two-byte encoding read in Windows-1252 (`ÊÇ3EOU`, made-up keys):
    more than a fifth of its characters beyond ASCII are ones Western text hardly holds (in
    real Chinese, Japanese and Korean texts at least a third; in Western ones at most 2%)."""
    return len(_NOT_WESTERN.findall(text)) > len(_NON_ASCII.findall(text)) / 5


SHIFTED_ENCODINGS = {"iso2022_jp_2": "ISO-2022-JP", "hz": "HZ-GB-2312"}
"""Seven-bit encodings that shift into a double-byte set by an escape (`ESC $ B`, `~{`) and
back before the line ends: the bytes are ASCII, so valid UTF-8, but a mail program, an editor
or a browser guessing Japanese shows `#j#a#n#e` as `ｊａｎｅ`."""
_SHIFT = re.compile(rb"\x1b\$[@AB(]|~\{[\x21-\x7e]{2,}?~\}")
"""A shift into JIS X 0208/0212 (`ESC $ B`), or an HZ run of double bytes closed on its line
(`~{#j#a~}`; LaTeX's `\\~{n}` and code's `~{` close nothing)."""


def other_readings(data: bytes, where: str) -> list[tuple[str, str]]:
    """(encoding's name, text) for each encoding but UTF-8 in which `data` (a text that is not
    UTF-8, or one that shifts into a seven-bit Asian encoding) reads as text: a reader's
    program guesses one, and shows what the UTF-8 reading replaced (`ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ`
    in GB18030, `密码是` before a password, a no-break space in Windows-1252; not Windows-1252
    where another reads and it reads as mojibake). In the encodings that read ASCII as ASCII,
    lines of ASCII alone, away from other lines, read as in UTF-8 and are left blank (lines
    kept); in the seven-bit ones, every line that shifts nowhere."""
    readings = _eight_bit_readings(data)
    if _SHIFT.search(data):
        readings.update(_shifted_readings(data))
    if sum(map(len, readings.values())) > MAX_OTHER_TEXT:
        raise _Refused(f"{_named(where)} is not UTF-8 text, and too long to read in every"
                       f" encoding a reader's program may show it in ({', '.join(readings)}):"
                       " save it as UTF-8")
    return list(readings.items())


def _shifted_readings(data: bytes) -> dict[str, str]:
    """The readings in the seven-bit encodings: each line that shifts, alone (a line of code
    holding `~{` spoils no other), the others blank."""
    lines = [line if _SHIFT.search(line) else b"" for line in data.split(b"\n")]
    as_ascii = "\n".join(line.decode("latin-1") for line in lines)
    readings: dict[str, str] = {}
    for codec, name in SHIFTED_ENCODINGS.items():
        text = "\n".join(line.decode(codec, errors="replace") for line in lines)
        if text != as_ascii and text not in readings.values():
            readings[name] = _clean(text)
    return readings


def _eight_bit_readings(data: bytes) -> dict[str, str]:
    try:
        data.decode("utf-8")
        return {}
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    other = [not line.isascii() for line in lines]
    near = b"\n".join(line if any(other[max(0, index - 1):index + 2]) else b""
                       for index, line in enumerate(lines))
    return _readings({codec: data if codec.startswith("utf-16") else near
                      for codec in OTHER_ENCODINGS}, OTHER_ENCODINGS, {})


def _readings(texts: dict[str, bytes], names: dict[str, str],
              readings: dict[str, str]) -> dict[str, str]:
    """The plausible readings of `texts` (bytes by codec) in the codecs of `names`, named by
    `names`, each text once and not one of `readings`."""
    new: dict[str, str] = {}
    for codec, name in names.items():
        try:
            text = texts[codec].decode(codec)
        except UnicodeDecodeError:
            continue
        known = (*readings.values(), *new.values())
        if _plausible(text) and text not in known and not (
                codec == "cp1252" and new and _mojibake(text)):
            new[name] = _clean(text)
    return new


def field_text(raw: bytes, codec: str = "utf-8", where: str = "") -> str:
    """A metadata field's bytes (a comment, an author, a title) as a reader's program may show
    them, one reading a line: in `codec` (what the format says), in UTF-8 where they are UTF-8
    (what most programs write, whatever the format says), and in each other encoding a
    program may guess (a Chinese camera's GBK, a Japanese one's Shift_JIS or JIS)."""
    texts = [_clean(raw.decode(codec, errors="replace"))]
    try:
        texts.append(_clean(raw.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    texts.extend(text for _, text in other_readings(raw, where))
    return "\n".join(dict.fromkeys(texts))


def jis_text(raw: bytes) -> str:
    """EXIF's `JIS` comment: JIS X 0208 double bytes, with or without the escapes that shift
    into them (`#j#a#n#e` is `ｊａｎｅ`)."""
    shifted = raw if b"\x1b" in raw else b"\x1b$B" + raw.strip(b"\x00 ") + b"\x1b(B"
    return shifted.decode("iso2022_jp_2", errors="replace")
