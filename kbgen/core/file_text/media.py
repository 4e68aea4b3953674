"""Pictures, audio and video: PNG, JPEG, WebP, GIF, TIFF and EXIF metadata, and the metadata
blocks of other binary files found by their signatures."""

from __future__ import annotations

import itertools
import re
import struct
import zlib
from urllib.parse import unquote

import kbgen.core.file_text as _package
from kbgen.core.file_text.base import (
    HEAD,
    MAX_DEPTH,
    FileText,
    _find_all,
    _inflate,
    _printable,
    _read_again,
    _Refused,
)
from kbgen.core.file_text.encodings import (
    _decode,
    _utf16_or_32,
    field_text,
    jis_text,
    other_readings,
)
from kbgen.core.file_text.markup import _GPS, _diagrams, _xmp

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_BINARY = frozenset({b"iCCP", b"gAMA", b"cHRM", b"sRGB", b"bKGD", b"pHYs", b"sBIT",
                         b"sPLT", b"hIST", b"tIME", b"tRNS", b"acTL", b"fcTL", b"fdAT",
                         b"cICP", b"mDCv", b"cLLi", b"oFFs", b"pCAL", b"sCAL", b"gIFg", b"iDOT"})
"""Ancillary PNG chunks that hold numbers or colour data, not text."""
_BINARY_MAGIC = (b"ID3\x02", b"ID3\x03", b"ID3\x04", b"OggS\x00", b"fLaC\x00", b"fLaC\x80",
                 b"wOFF\x00", b"wOF2\x00", b"OTTO\x00", b"\x00\x01\x00\x00",
                 b"\x1aE\xdf\xa3", b"\x00\x00\x01\x00")
"""Audio, fonts, Matroska/WebM video, icons: binary however much text their first bytes hold
(their metadata blocks are read by signature)."""


def _riff(data: bytes, where: str, found: FileText, depth: int) -> None:
    """A RIFF file (WAV, AVI): the text of its `LIST INFO` chunks (title, artist, comment)."""
    label = f"{where} RIFF INFO".strip()
    texts: list[bytes] = []  # read together, each once, in every encoding (field_text)
    for start in itertools.islice(_find_all(data, b"LIST"), MAX_BLOCKS):
        (length,) = struct.unpack("<I", data[start + 4:start + 8].ljust(4, b"\x00"))
        if data[start + 8:start + 12] != b"INFO":
            continue
        position, end = start + 12, min(len(data), start + 8 + length)
        while position + 8 <= end:
            _key, size = struct.unpack("<4sI", data[position:position + 8])
            texts.append(data[position + 8:position + 8 + size].rstrip(b"\x00"))
            position += 8 + size + (size & 1)
    found.pieces.append((label, field_text(b"\n".join(dict.fromkeys(texts)), where=label)))
    _embedded(data, where, found)


# ---------------------------------------------------------------------------------------------
# Pictures: PNG, JPEG, WebP, GIF, TIFF and their EXIF/XMP metadata
# ---------------------------------------------------------------------------------------------


def _png(data: bytes, where: str, found: FileText, depth: int) -> None:
    _trailing(data, _png_chunks(data, where, found, depth), where, found, depth)


def _png_chunks(data: bytes, where: str, found: FileText, depth: int = MAX_DEPTH) -> int:
    """The text of a PNG's chunks; where it ends. A private chunk's compressed data is read
    as a file of its own, unless `depth` is MAX_DEPTH (a picture inside another file)."""
    position = 8
    texts: list[bytes] = []  # in UTF-8 and other encodings, together below (field_text)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        label = f"{where} PNG {kind.decode('latin-1')}".strip()
        if kind in (b"tEXt", b"zTXt"):
            keyword, _, text = chunk.partition(b"\x00")
            if kind == b"zTXt":
                text = _inflate(text[1:], label, found, zlib.MAX_WBITS)
            name = f"{label} {keyword.decode('latin-1')}"
            if keyword.startswith(b"Raw profile type "):
                _raw_profile(keyword[17:], text, name, found)
            elif keyword == b"mxfile":
                found.pieces.append((name, _diagrams(unquote(text.decode("latin-1")), name,
                                                     found)))
            else:  # the keyword too: any 79 bytes, which readers show beside the text
                found.pieces.append((name, (keyword + b"\n" + text).decode("latin-1")))
                texts.append(keyword + b"\n" + text)
        elif kind == b"iCCP":
            _name, _, packed = chunk.partition(b"\x00")
            found.pieces.append((f"{label} profile", _icc_text(
                _inflate(packed[1:], label, found, zlib.MAX_WBITS))))
        elif kind == b"iTXt":
            keyword, _, rest = chunk.partition(b"\x00")
            compressed = rest[:1] == b"\x01"
            language, _, rest = rest[2:].partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            if compressed:
                text = _inflate(text, label, found, zlib.MAX_WBITS)
            found.pieces.append((f"{label} {keyword.decode('latin-1')}",
                                 field_text(keyword + b"\n" + language, "latin-1") + "\n"
                                 + translated.decode("utf-8", errors="replace") + "\n"
                                 + _xmp(text.decode("utf-8", errors="replace"), label)))
        elif kind == b"eXIf":
            _exif(chunk, label, found)
        elif kind == b"IEND":
            break
        elif kind[:1].islower() and kind not in _PNG_BINARY:  # a private or unknown chunk
            found.pieces.append((label, _printable(chunk)))
            if _ZLIB.match(chunk) and depth < MAX_DEPTH:
                _package._read(_inflate(chunk, label, found, zlib.MAX_WBITS), label, found,
                               depth + 1)
    joined = b"\n".join(dict.fromkeys(texts))
    if not joined.isascii():
        label = f"{where} PNG text".strip()
        found.pieces.append((label, field_text(joined, where=label)))
    return position


_ZLIB = re.compile(rb"\x78[\x01\x5e\x9c\xda]")
"""The start of zlib-compressed data (what PNG compresses with)."""


def _jpeg(data: bytes, where: str, found: FileText, depth: int) -> None:
    position = 2
    profile = b""
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        if marker in (0xDA, 0xD9):  # start of scan: picture data follow, no more metadata
            break
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segment = data[position + 4:position + 2 + length]
        position += 2 + length
        label = f"{where} JPEG".strip()
        if marker == 0xFE:
            found.pieces.append((f"{label} comment", _comment_text(segment, f"{label} comment")))
        elif marker == 0xE1 and segment.startswith(b"Exif\x00"):
            _exif(segment[6:], f"{label} EXIF", found)
        elif marker == 0xE1 and (segment.startswith(b"http://ns.adobe.com/")
                                 or b"<x:xmpmeta" in segment[:300]):
            found.pieces.append((f"{label} XMP", _xmp(_decode(segment), label)))
        elif marker == 0xE2 and segment.startswith(b"ICC_PROFILE\x00"):
            profile += segment[14:]  # in parts, in order
        elif 0xE0 <= marker <= 0xEF and marker not in (0xE0, 0xE2):
            found.pieces.append((f"{label} APP{marker - 0xE0}", _printable(segment)))
    if profile:
        found.pieces.append((f"{where} JPEG ICC profile".strip(), _icc_text(profile)))
    end = data.rfind(b"\xff\xd9")
    _trailing(data, end + 2 if end > 0 else len(data), where, found, depth)


ICC_TEXT_TAGS = frozenset({b"desc", b"cprt", b"dmnd", b"dmdd", b"vued", b"targ"})
"""Tags of an ICC colour profile that hold text: its name, copyright, maker, model, viewing
conditions, characterisation target (the rest are numbers and curves)."""


def _icc_text(profile: bytes) -> str:
    """The text tags of an ICC profile (`text`, `desc` and UTF-16 `mluc` types), one a line;
    its numbers are never read as text (curves read as keys)."""
    if len(profile) < 132:
        return ""
    (count,) = struct.unpack(">I", profile[128:132])
    lines = []
    read = 0
    for index in range(min(count, MAX_BLOCKS)):
        entry = profile[132 + 12 * index:144 + 12 * index]
        if len(entry) < 12:
            break
        signature, offset, size = struct.unpack(">4sII", entry)
        if signature not in ICC_TEXT_TAGS:
            continue
        element = profile[offset:offset + size]
        read += len(element)
        _read_again(read, len(profile), "its colour profile")
        kind = element[:4]
        if kind == b"text":
            lines.append(field_text(element[8:].split(b"\x00", 1)[0], "latin-1"))
        elif kind == b"desc" and len(element) >= 12:
            (length,) = struct.unpack(">I", element[8:12])
            lines.append(field_text(element[12:12 + length].split(b"\x00", 1)[0], "latin-1"))
        elif kind == b"mluc" and len(element) >= 16:
            records, record_size = struct.unpack(">II", element[8:16])
            for record in range(min(records, MAX_BLOCKS)):
                at = 16 + record * max(record_size, 12)
                length, start = struct.unpack(">II", element[at + 4:at + 12].ljust(8, b"\x00"))
                text = element[start:start + length]
                read += len(text)
                _read_again(read, len(profile), "its colour profile")
                lines.append(text.decode("utf-16-be", errors="replace"))
    return "\n".join(lines)


def _raw_profile(kind: bytes, text: bytes, label: str, found: FileText) -> None:
    """ImageMagick's `Raw profile type exif` (iptc, xmp, 8bim): a name, a length and the
    profile in hexadecimal, read as the profile it is (not as text: hex reads as keys)."""
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", b"".join(text.split(b"\n")[3:]))
    profile = bytes.fromhex(digits[:len(digits) - len(digits) % 2].decode("ascii"))
    if kind == b"exif":
        _exif(profile[6:] if profile.startswith(b"Exif\x00") else profile, label, found)
    elif kind == b"xmp":
        found.pieces.append((label, _xmp(_decode(profile), label)))
    else:
        found.pieces.append((label, _printable(profile)))


def _webp(data: bytes, where: str, found: FileText, depth: int) -> None:
    position = 12
    while position + 8 <= len(data):
        kind, length = struct.unpack("<4sI", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        position += 8 + length + (length & 1)
        label = f"{where} WebP {kind.decode('latin-1').strip()}".strip()
        if kind == b"EXIF":
            _exif(chunk[6:] if chunk.startswith(b"Exif\x00") else chunk, label, found)
        elif kind == b"XMP ":
            found.pieces.append((label, _xmp(_decode(chunk), label)))
        elif kind == b"ICCP":
            found.pieces.append((label, _icc_text(chunk)))
        elif kind not in (b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"):
            found.pieces.append((label, _printable(chunk)))
    _trailing(data, 8 + struct.unpack("<I", data[4:8])[0], where, found, depth)


def _gif(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Comment and application extensions (text between the frames)."""
    label = f"{where} GIF".strip()
    position = 13
    flags = data[10] if len(data) > 10 else 0
    if flags & 0x80:
        position += 3 * 2 ** ((flags & 0x07) + 1)
    while position < len(data):
        block = data[position]
        if block == 0x3B:  # trailer
            position += 1
            break
        if block == 0x21 and position + 1 < len(data):
            extension = data[position + 1]
            text, position = _sub_blocks(data, position + 2)
            if extension == 0xFE:
                found.pieces.append((f"{label} comment", _comment_text(text, f"{label} comment")))
            elif extension in (0x01, 0xFF):
                found.pieces.append((f"{label} extension", _printable(text)))
        elif block == 0x2C and position + 10 <= len(data):
            local = data[position + 9]
            position += 10
            if local & 0x80:
                position += 3 * 2 ** ((local & 0x07) + 1)
            _, position = _sub_blocks(data, position + 1)
        else:
            break
    _trailing(data, position, where, found, depth)


def _comment_text(raw: bytes, label: str) -> str:
    """A picture's comment: UTF-16 or UTF-32 as `_decode` tells them, else as `field_text`
    reads it."""
    return _decode(raw) if _utf16_or_32(raw[:HEAD]) else field_text(raw, where=label)


def _sub_blocks(data: bytes, position: int) -> tuple[bytes, int]:
    pieces = []
    while position < len(data) and data[position]:
        size = data[position]
        pieces.append(data[position + 1:position + 1 + size])
        position += 1 + size
    return b"".join(pieces), position + 1


def _tiff(data: bytes, where: str, found: FileText, depth: int) -> None:
    _exif(data, f"{where} TIFF".strip(), found)


def _trailing(data: bytes, end: int, where: str, found: FileText, depth: int) -> None:
    """Bytes after a picture's end (a zip or text appended to a photo): read as a file, and
    inflated first when they are a zlib stream (what a PNG's own chunks compress with)."""
    rest = data[end:]
    if rest.strip(b"\x00\r\n\t "):
        label = f"{where} (after the picture)".strip()
        _package._read(rest, label, found, depth)
        if _ZLIB.match(rest) and depth < MAX_DEPTH:
            try:
                inflated = _inflate(rest, label, found, zlib.MAX_WBITS)
            except zlib.error:
                return  # not a stream after all: its bytes were read above
            _package._read(inflated, label, found, depth + 1)


GPS_IFD = 0x8825
EXIF_IFD = 0x8769
_XP_TAGS = frozenset({0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})  # Windows title, comment, ...
_USER_COMMENT = 0x9286
MAX_EXIF_ENTRIES = 1000
"""Entries read of one EXIF directory (cameras write a few dozen)."""
_XMP_TAG, _IPTC_TAG, _ICC_TAG = 700, 33723, 34675
_GPS_PLACES = frozenset({2, 4, 0x14, 0x16, 0x1C})
"""GPS latitude, longitude, destination latitude and longitude, area information: whatever
their type (rationals, doubles, text)."""
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


def _exif(tiff: bytes, label: str, found: FileText) -> None:
    """ASCII strings, user comments and Windows' XP fields of every IFD; GPS coordinates are
    refused (where a photo was taken: at home, at a customer's)."""
    if tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        found.pieces.append((label, _printable(tiff)))
        return
    order = "<" if tiff[:2] == b"II" else ">"
    texts: list[str] = []
    if len(tiff) < 8:
        return
    pending = [(struct.unpack(order + "I", tiff[4:8])[0], False)]
    seen: set[int] = set()
    read = 0
    strings: list[bytes] = []  # read together, each once, in every encoding (field_text)
    while pending and len(seen) < 64:
        offset, gps = pending.pop()
        if offset in seen or offset < 8 or offset + 2 > len(tiff):
            continue
        seen.add(offset)
        count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
        count = min(count, (len(tiff) - offset - 2) // 12, MAX_EXIF_ENTRIES)
        for index in range(count):
            entry = tiff[offset + 2 + 12 * index:offset + 14 + 12 * index]
            if len(entry) < 12:
                break
            tag, kind, number = struct.unpack(order + "HHI", entry[:8])
            size = _TYPE_SIZES.get(kind, 1) * number
            if size <= 4:
                value = entry[8:8 + size]
            else:
                start = struct.unpack(order + "I", entry[8:12])[0]
                value = tiff[start:start + min(size, 1 << 20)]
                read += len(value)
                _read_again(read, len(tiff), label)
            if tag in (GPS_IFD, EXIF_IFD, 0xA005) and kind in (4, 13) and len(value) >= 4:
                pending.append((struct.unpack(order + "I", value[:4])[0], tag == GPS_IFD))
            elif gps and tag in _GPS_PLACES and value.strip(b"\x00 "):
                raise _Refused(_GPS.format(label=label))
            elif tag == _XMP_TAG:
                texts.append(_xmp(value.decode("utf-8", errors="replace"), label))
            elif tag == _IPTC_TAG:
                texts.append(_printable(value))
            elif tag == _ICC_TAG:
                texts.append(_icc_text(value))
            elif kind == 2:
                strings.append(value.split(b"\x00")[0])
            elif tag in _XP_TAGS:
                texts.append(value.decode("utf-16-le", errors="replace").rstrip("\x00"))
            elif tag == _USER_COMMENT:
                texts.append(_user_comment(value[:8], value[8:].rstrip(b"\x00 "), order, label))
        next_at = offset + 2 + 12 * count
        if not gps and next_at + 4 <= len(tiff):
            pending.append((struct.unpack(order + "I", tiff[next_at:next_at + 4])[0], False))
    texts.append(field_text(b"\n".join(dict.fromkeys(strings)), where=label))
    found.pieces.append((label, "\n".join(text for text in texts if text.strip())))


def _user_comment(code: bytes, text: bytes, order: str, label: str) -> str:
    """EXIF's user comment, in the character code its first 8 bytes name (`UNICODE`, `JIS`,
    `ASCII`, or none: undefined, whatever the camera used)."""
    if code.startswith(b"UNICODE"):
        return text.decode("utf-16-be" if order == ">" else "utf-16-le",
                           errors="replace").rstrip("\x00 ")
    if code.startswith(b"JIS"):
        return jis_text(text) + "\n" + field_text(text, "latin-1", label)
    return field_text(text, "latin-1", label)


# ---------------------------------------------------------------------------------------------
# Other binary files (AVIF, HEIC, video, audio): metadata blocks found by their signatures
# ---------------------------------------------------------------------------------------------

_XMP_OPEN, _XMP_CLOSE = b"<x:xmpmeta", b"</x:xmpmeta>"
_EXIF_HEADERS = (b"Exif\x00\x00II*\x00", b"Exif\x00\x00MM\x00*")
_MP4_TEXT = re.compile(rb"\xa9(?:cmt|ART|nam|day|alb|des|too|wrt|inf|aut|swr|req|fmt|src|grp|lyr"
                       rb"|mak|mod|enc|prd)")
_MP4_LOCATION = (b"\xa9xyz", b"location.ISO6709", b"com.apple.quicktime.location")
_VORBIS = (b"\x03vorbis", b"OpusTags")
MAX_BLOCKS = 200
"""Metadata blocks of each kind read from one binary file."""
MAX_EXIF_BLOCKS = 16
"""EXIF blocks read from one binary file (a photo has one, with a thumbnail's maybe)."""
MAX_BLOCK = 1 << 20
"""Bytes read of one metadata block."""


def _embedded(data: bytes, where: str, found: FileText) -> None:
    """XMP packets, EXIF blocks, ID3 tags, MP4 text atoms and Vorbis comments anywhere in a
    binary file; a video's recorded location is refused."""
    label = where or "metadata"
    for marker in _MP4_LOCATION:
        if marker in data:
            raise _Refused(f"{label}: the file records where it was made (GPS location);"
                           " remove its location: export it again without metadata (for"
                           " example `exiftool -location:all= -gps:all= FILE`)")
    if data.startswith(b"ID3"):
        _id3(data, f"{where} ID3".strip(), found)
    start = data.find(_XMP_OPEN)
    for _ in range(MAX_BLOCKS):
        if start < 0:
            break
        end = data.find(_XMP_CLOSE, start)
        end = min(len(data) if end < 0 else end + len(_XMP_CLOSE), start + MAX_BLOCK)
        found.pieces.append((f"{where} XMP".strip(), _xmp(_decode(data[start:end]), where)))
        start = data.find(_XMP_OPEN, end)
    for header in _EXIF_HEADERS:
        start = data.find(header)
        for _ in range(MAX_EXIF_BLOCKS):
            if start < 0:
                break
            _exif(data[start + 6:start + 6 + MAX_BLOCK], f"{where} EXIF".strip(), found)
            start = data.find(header, start + 6)
    for match in itertools.islice(_MP4_TEXT.finditer(data), MAX_BLOCKS):
        atom = data[match.end():match.end() + 16]
        if atom[4:8] == b"data" and match.start() >= 4:
            size = struct.unpack(">I", data[match.start() - 4:match.start()])[0]
            text = data[match.end() + 16:min(match.start() - 4 + size,
                                             match.end() + 16 + MAX_BLOCK)]
            found.pieces.append((f"{where} MP4 {match.group()[1:].decode()}".strip(),
                                 text.decode("utf-8", errors="replace")))
    for marker in _VORBIS:
        start = data.find(marker)
        if start >= 0:
            _vorbis(data, start + len(marker), f"{where} comments".strip(), found)
    if data.startswith(b"fLaC"):
        _flac(data, where, found)
    if data[-128:-125] == b"TAG":  # ID3 version 1, at the end of an MP3
        label = f"{where} ID3".strip()
        found.pieces.append((label, _printable(data[-125:])))
        fields = re.sub(rb"\x00+", b"\n", data[-125:-1])  # in the player's code page
        found.pieces.extend((f"{label} (read as {encoding})", reading)
                            for encoding, reading in other_readings(fields, label))
    for start in itertools.islice(_find_all(data, _PNG), 16):
        if start:
            _png_chunks(data[start:start + MAX_BLOCK * 16], f"{where} picture".strip(), found)


def _vorbis(data: bytes, position: int, label: str, found: FileText) -> None:
    """A Vorbis comment block: a vendor string, then `KEY=value` comments."""
    try:
        (vendor,) = struct.unpack("<I", data[position:position + 4])
        position += 4 + vendor
        (count,) = struct.unpack("<I", data[position:position + 4])
        position += 4
        comments = []
        for _ in range(min(count, 1000)):
            (length,) = struct.unpack("<I", data[position:position + 4])
            comments.append(data[position + 4:position + 4 + length].decode(
                "utf-8", errors="replace"))
            position += 4 + length
    except struct.error:
        return
    found.pieces.append((label, "\n".join(comments)))


def _flac(data: bytes, where: str, found: FileText) -> None:
    position = 4
    for _ in range(MAX_BLOCKS):
        if position + 4 > len(data):
            return
        header = data[position]
        length = int.from_bytes(data[position + 1:position + 4], "big")
        if header & 0x7F == 4:
            _vorbis(data, position + 4, f"{where} comments".strip(), found)
        if header & 0x80:
            return
        position += 4 + length


def _id3(data: bytes, label: str, found: FileText) -> None:
    """ID3v2 text, comment and URL frames (artist, comment, lyrics, user text); a cover
    picture's metadata is found by its signature (`_embedded`)."""
    version = data[3]
    size = _syncsafe(data[6:10])
    position, end = 10, min(len(data), 10 + size)
    texts = []
    header = 6 if version == 2 else 10
    while position + header <= end:
        if version == 2:  # ID3v2.2: three-letter frames, three-byte sizes
            frame = data[position:position + 3]
            length = int.from_bytes(data[position + 3:position + 6], "big")
        else:
            frame, raw = data[position:position + 4], data[position + 4:position + 8]
            length = _syncsafe(raw) if version >= 4 else struct.unpack(">I", raw)[0]
        if not frame.strip(b"\x00") or length <= 0:
            break
        body = data[position + header:position + header + length]
        position += header + length
        if frame[:1] in (b"T", b"W") or frame in (b"COMM", b"USLT", b"COM", b"ULT"):
            codec = _ID3_CODECS.get(body[:1], "latin-1")
            text = (field_text(body[1:], codec, label) if codec == "latin-1" else
                    body[1:].decode(codec, errors="replace"))
            texts.append(text.replace("\x00", "\n") if frame[:1] != b"W"
                         else body.decode("latin-1"))
    found.pieces.append((label, "\n".join(texts)))


_ID3_CODECS = {b"\x00": "latin-1", b"\x01": "utf-16", b"\x02": "utf-16-be", b"\x03": "utf-8"}


def _syncsafe(raw: bytes) -> int:
    return sum((byte & 0x7F) << (7 * (3 - index)) for index, byte in enumerate(raw[:4]))
