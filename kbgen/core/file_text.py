"""The text a copied file carries, read by what the file is, not by what it is called.

A picture, a download or an attachment is copied into the site byte for byte, and so is any
text hidden in it: a comment or the camera's owner in a photo's metadata, the words of a
`.docx`, a PDF's content streams, a text file saved as UTF-16 or gzipped. `file_text` reads
the bytes (the first ones say what the file is, whatever its name) and returns that text, for
the gate to scan, or says why it cannot be read safely.

Read: UTF-8/16/32 text (files in `data:` URIs and draw.io drawings inside it too); zip
(docx, xlsx, odt, epub), gzip, bzip2, xz and tar; PDF strings (filters undone, attachments,
XMP); PNG, JPEG, WebP, GIF and TIFF metadata (text chunks, comments, EXIF, XMP); in other
binary files (AVIF, HEIC, video, audio, icons, old Office files) the metadata blocks found by
their signatures. Refused: GPS coordinates (EXIF, XMP, a video's location), archive bombs,
nesting deeper than MAX_DEPTH, encrypted members, archives Python cannot open, damaged files.

Standard library only. Every read is bounded: decompressed sizes, the compression ratio,
nesting and block counts are limited, and no pattern can backtrack over its input (PDF
strings are scanned in one pass).
"""

from __future__ import annotations

import base64
import bz2
import codecs
import email
import html
import itertools
import lzma
import re
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any
from urllib.parse import unquote

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


def file_text(data: bytes, shown_as_text: bool = False) -> FileText:
    """The text in `data` (the bytes of one copied file), by content; `shown_as_text` (a
    `.txt` or `.csv` name, which a browser shows as text whatever the bytes) adds the bytes
    as text too, so a text that starts like a PDF or a zip is still read as text."""
    found = FileText()
    try:
        if shown_as_text and _kind(data) not in ("text", "wide"):
            found.pieces.append(("", _decode(data)))
        _read(data, "", found, 0)
    except _Refused as refused:
        found.refusals.append(str(refused))
    except (struct.error, IndexError, ValueError, NotImplementedError, EOFError, OSError,
            zlib.error, lzma.LZMAError, RecursionError) as exc:
        found.refusals.append(f"kbgen cannot read the file to check it for personal data or"
                              f" secrets (it looks damaged: {type(exc).__name__}); save it"
                              " again, or remove it")
    return found


def is_binary_head(head: bytes) -> bool:
    """True when the first bytes of a file name no container kbgen reads and are not text
    (a font, a video): only its metadata blocks are looked for."""
    return _kind(head) == "binary"


def _kind(data: bytes) -> str:
    """What the bytes are: a container kbgen reads, text, or other binary data."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return "bzip2"
    if data.startswith((b"\xfd7zXZ\x00", b"\x5d\x00\x00")):
        return "xz"
    if data[257:262] == b"ustar":
        return "tar"
    if data.startswith(_MIME_START) and _MIME_ENCODED.search(data[:MAX_MIME_HEADER]):
        return "mime"
    if data.startswith(_UNREADABLE):
        return "unreadable"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data.startswith(_PNG):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF":
        return "webp" if data[8:12] == b"WEBP" else "riff"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if data[4:8] == b"ftyp" or data.startswith(_BINARY_MAGIC):
        return "binary"
    if _utf16_or_32(data[:HEAD]):
        return "wide"
    if b"\x00" in data[:HEAD] and not _text_with_nuls(data[:HEAD]):
        return "binary"
    return "text"


UNREAD_CONTAINERS = {
    b"7z\xbc\xaf\x27\x1c": "a 7z archive", b"Rar!\x1a\x07": "a RAR archive",
    b"\x28\xb5\x2f\xfd": "Zstandard-compressed", b"MSCF": "a cabinet archive",
    b"\x1f\x9d": "compress(1)-compressed", b"\x04\x22\x4d\x18": "LZ4-compressed",
    b"LZIP": "lzip-compressed", b"xar!": "a xar archive", b"!<arch>\n": "an ar archive",
}
"""First bytes of compressed files and archives Python's standard library does not open: their
text cannot be checked, so they are refused rather than published unread (raw LZMA is read as
xz; ARJ's two bytes also open UTF-8 text, so ARJ is not listed)."""
_UNREADABLE = tuple(UNREAD_CONTAINERS)
_MIME_START = (b"From:", b"From ", b"Received:", b"Return-Path:", b"MIME-Version:",
               b"Content-Type:", b"Date:", b"Message-ID:", b"Subject:", b"To:",
               b"Delivered-To:", b"X-")
_MIME_ENCODED = re.compile(rb"(?im)^content-transfer-encoding:\s*(?:base64|quoted-printable)")
MAX_MIME_HEADER = 64 * 1024
MAX_MIME_PARTS = 500


def _text_with_nuls(head: bytes) -> bool:
    """True for text with NUL bytes slipped in (`jane\\0@gmail.com`): without them, it is
    valid UTF-8 with hardly a control character, which binary data never is."""
    text = head.replace(b"\x00", b"").decode("utf-8", errors="replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return len(text) >= 8 and odd <= len(text) // 50


def _read(data: bytes, where: str, found: FileText, depth: int) -> None:
    kind = _kind(data)
    if b"GPS" in data and _XMP_GPS_BYTES.search(data):  # XMP anywhere: GIF, SVG, PDF, ...
        raise _Refused(_GPS.format(label=f"{where} XMP metadata" if where else
                                   "its XMP metadata"))
    if kind == "binary":
        _embedded(data, where, found)
    elif kind == "text":
        text = _decode(data)
        if "diagram" in text:
            text = _diagrams(text, where, found)
        found.pieces.append((where, text))
        if "base64," in text:
            _data_uris(text, where, found, depth)
        if text.lstrip().startswith("{\\rtf"):
            found.pieces.append((f"{where} (RTF)".strip(), _rtf_text(text)))
    elif kind == "wide":
        found.pieces.append((where, _decode(data)))
    elif kind != "binary":
        if depth >= MAX_DEPTH:
            raise _Refused(f"it holds containers nested more than {MAX_DEPTH} deep"
                           f" ({_named(where)}); publish the files it holds unpacked, or one"
                           " archive of them")
        _READERS[kind](data, where, found, depth + 1)


_RTF_ESCAPE = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d{1,6})\s?\??|\\[a-z]{1,32}-?\d{0,10} ?|[{}]")


def _rtf_text(text: str) -> str:
    """An RTF document's text: its escapes decoded (`\\'40` and `\\u64?` are `@`), its
    control words and groups dropped."""
    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            return bytes([int(match.group(1), 16)]).decode("cp1252", errors="replace")
        if match.group(2):
            code = int(match.group(2)) % 65536
            return chr(code) if code < 0xD800 or code > 0xDFFF else ""
        return ""
    return _RTF_ESCAPE.sub(replace, text)


def _named(where: str) -> str:
    return where or "the file itself"


def _decode(data: bytes) -> str:
    """Text in UTF-8, or in UTF-16/32 when its first bytes say so; NUL bytes (which show as
    nothing) dropped."""
    codec = _utf16_or_32(data[:HEAD]) or "utf-8-sig"
    return _clean(data.decode(codec, errors="replace").replace("\x00", ""))


_DIAGRAM = re.compile(r"(?<=>|;)([A-Za-z0-9+/=]{16,})(?=</diagram>|&lt;/diagram&gt;)")


def _diagrams(text: str, where: str, found: FileText) -> str:
    """A draw.io (diagrams.net) drawing kept in a PNG or SVG: each page is compressed and in
    base64 (`<diagram>7Zldb5sw...</diagram>`), read as the diagram's text; the payload is
    taken out of `text` (base64 reads as a key)."""
    label = f"{where} draw.io diagram".strip()

    def page(match: re.Match[str]) -> str:
        try:
            packed = base64.b64decode(match.group(1))
        except ValueError:
            return match.group(1)
        budget = min(MAX_EXPANDED - found.expanded, max(len(packed), 1024) * MAX_RATIO)
        try:
            xml = zlib.decompressobj(-zlib.MAX_WBITS).decompress(packed, budget + 1)
        except zlib.error:
            return match.group(1)
        if len(xml) > budget:
            raise _Refused(_BOMB.format(where=label))
        found.expanded += len(xml)
        found.pieces.append((label, _xml_text(html.unescape(unquote(xml.decode(
            "utf-8", errors="replace"))))))
        return ""

    return _ETAG.sub("", _DIAGRAM.sub(page, text))


_ETAG = re.compile(r"\betag=(?:\"|&quot;)[\w-]{1,64}(?:\"|&quot;)")
"""draw.io's version stamp of a drawing (`etag="rV4Q7LQEYZy7KColp3-6"`): not a key."""


_DATA_URI = re.compile(r"data:[\w/+.-]{0,100}(?:;[\w=.-]{0,100}){0,5};base64,([A-Za-z0-9+/=\s]+)")
MAX_DATA_URIS = 1000


def _data_uris(text: str, where: str, found: FileText, depth: int) -> None:
    """Files written into a text as `data:...;base64,...` (a photo inside an SVG image)."""
    label = f"{where} data: URI".strip()
    for match in itertools.islice(_DATA_URI.finditer(text), MAX_DATA_URIS):
        raw = re.sub(r"\s", "", match.group(1))
        try:
            data = base64.b64decode(raw + "=" * (-len(raw) % 4))
        except ValueError:
            continue
        found.expanded += len(data)
        if found.expanded > MAX_EXPANDED:
            raise _Refused(_BOMB.format(where=label))
        if depth >= MAX_DEPTH:
            raise _Refused(f"it holds files nested more than {MAX_DEPTH} deep ({label});"
                           " publish the files it holds as files of their own")
        _read(data, label, found, depth + 1)


def _clean(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


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


MAX_GZIP_MEMBERS = 100


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


def _bzip2(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (bzip2)".strip()
    _read(_stream(bz2.BZ2Decompressor(), data, inner, found), inner, found, depth)


def _xz(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (xz)".strip()
    _read(_stream(lzma.LZMADecompressor(), data, inner, found), inner, found, depth)


def _unreadable(data: bytes, where: str, found: FileText, depth: int) -> None:
    what = next(what for magic, what in UNREAD_CONTAINERS.items() if data.startswith(magic))
    raise _Refused(f"{_named(where)} is {what}, which kbgen does not open, so it cannot check"
                   " it for personal data or secrets; publish the files unpacked, or as a zip")


def _not_too_many(members: list[Any], where: str) -> None:
    """Refuse an archive of more than MAX_MEMBERS files."""
    if len(members) > MAX_MEMBERS:
        raise _Refused(f"{_named(where)} holds {len(members)} files (more than {MAX_MEMBERS});"
                       " publish fewer, or link to where they are kept")


def _tar(data: bytes, where: str, found: FileText, depth: int) -> None:
    """A tar archive's member names and regular files."""
    try:
        archive = tarfile.open(fileobj=BytesIO(data), mode="r:")
        members = archive.getmembers()
    except (tarfile.TarError, OSError, ValueError) as exc:
        raise _Refused(f"{_named(where)} is a damaged tar archive ({exc}); save it again or"
                       " remove it") from None
    _not_too_many(members, where)
    found.pieces.append((f"{where} (tar)".strip(), "\n".join(
        [*(m.name for m in members), *(m.linkname for m in members if m.linkname)])))
    for member in members:
        if not member.isfile():
            continue
        name = f"{where}/{member.name}" if where else member.name
        if member.size > MAX_EXPANDED - found.expanded:
            raise _Refused(_BOMB.format(where=name))
        stream = archive.extractfile(member)
        content = stream.read() if stream is not None else b""
        found.expanded += len(content)
        _read(content, name, found, depth)


def _ole(data: bytes, where: str, found: FileText, depth: int) -> None:
    """An old Office file (.doc, .xls, .ppt): its text runs, 8-bit and UTF-16."""
    label = f"{where} document text".strip()
    wide = "\n".join(m.group().decode("utf-16-le") for m in _WIDE_RUN.finditer(data))
    found.pieces.append((label, _printable(data) + "\n" + wide))
    _embedded(data, where, found)


_WIDE_RUN = re.compile(rb"(?:[\x20-\x7e\t]\x00){4,}")


def _riff(data: bytes, where: str, found: FileText, depth: int) -> None:
    """A RIFF file (WAV, AVI): the text of its `LIST INFO` chunks (title, artist, comment)."""
    label = f"{where} RIFF INFO".strip()
    texts = []
    for start in itertools.islice(_find_all(data, b"LIST"), MAX_BLOCKS):
        (length,) = struct.unpack("<I", data[start + 4:start + 8].ljust(4, b"\x00"))
        if data[start + 8:start + 12] != b"INFO":
            continue
        position, end = start + 12, min(len(data), start + 8 + length)
        while position + 8 <= end:
            _key, size = struct.unpack("<4sI", data[position:position + 8])
            texts.append(data[position + 8:position + 8 + size].decode(
                "utf-8", errors="replace").rstrip("\x00"))
            position += 8 + size + (size & 1)
    found.pieces.append((label, "\n".join(texts)))
    _embedded(data, where, found)


def _find_all(data: bytes, marker: bytes) -> Iterator[int]:
    start = data.find(marker)
    while start >= 0:
        yield start
        start = data.find(marker, start + 1)


def _gzip(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Each member's header (its original file name and comment) and its data."""
    inner = f"{where} (gzip)".strip()
    for _ in range(MAX_GZIP_MEMBERS):
        found.pieces.append((f"{inner} header", _gzip_header(data)))
        out, data = _inflate_stream(data, inner, found, 16 + zlib.MAX_WBITS)
        _read(out, inner, found, depth)
        if not data.startswith(b"\x1f\x8b"):
            return
    raise _Refused(f"{inner} has more than {MAX_GZIP_MEMBERS} members; publish it unpacked")


def _gzip_header(data: bytes) -> str:
    """The original file name and the comment a gzip header may carry."""
    flags = data[3] if len(data) > 3 else 0
    position = 10
    if flags & 0x04 and position + 2 <= len(data):  # FEXTRA
        position += 2 + struct.unpack("<H", data[position:position + 2])[0]
    texts = []
    for flag in (0x08, 0x10):  # FNAME, FCOMMENT
        if flags & flag:
            end = data.find(b"\x00", position)
            end = len(data) if end < 0 else end
            texts.append(data[position:end].decode("latin-1"))
            position = end + 1
    return "\n".join(texts)


def _zip(data: bytes, where: str, found: FileText, depth: int) -> None:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError,
            struct.error) as exc:
        raise _Refused(f"{_named(where)} is a damaged zip archive ({exc}); save it again or"
                       " remove it") from None
    _not_too_many(members, where)
    found.pieces.append((f"{where} (zip)".strip(), "\n".join(
        [archive.comment.decode("utf-8", errors="replace"),
         *(member.filename for member in members),
         *(member.comment.decode("utf-8", errors="replace") for member in members)])))
    declared = sum(member.file_size for member in members)
    if declared > MAX_EXPANDED - found.expanded:
        raise _Refused(_BOMB.format(where=_named(where)))
    for member in members:
        name = f"{where}/{member.filename}" if where else member.filename
        if member.flag_bits & 0x1:
            raise _Refused(f"{name} is encrypted, so kbgen cannot check it for personal data"
                           " or secrets; publish it unencrypted (or not at all)")
        if member.is_dir():
            continue
        if member.compress_size and member.file_size > member.compress_size * MAX_RATIO:
            raise _Refused(_BOMB.format(where=name))
        try:
            with archive.open(member) as stream:
                content = stream.read(MAX_EXPANDED - found.expanded + 1)
        except (zipfile.BadZipFile, NotImplementedError, OSError, zlib.error, ValueError,
                EOFError, RuntimeError, struct.error) as exc:
            raise _Refused(f"{name} cannot be read ({exc}); save the archive again with"
                           " ordinary compression, or remove it") from None
        found.expanded += len(content)
        if found.expanded > MAX_EXPANDED or (
                member.compress_size and len(content) > member.compress_size * MAX_RATIO):
            raise _Refused(_BOMB.format(where=name))
        if member.filename.lower().endswith((".xml", ".rels", ".xhtml", ".html", ".svg")):
            found.pieces.append((name, _xml_text(_decode(content))))
        else:
            _read(content, name, found, depth)


_TAG = re.compile(r"<[^<>]{0,2000}>")


_XMP_GPS = re.compile(r"GPS(?:Dest)?L(?:atitude|ongitude)(?:\s*=\s*[\"'][^\"']|>\s*[^<\s])")


_XMP_GPS_BYTES = re.compile(_XMP_GPS.pattern.encode())


def _xmp(text: str, label: str) -> str:
    """An XMP packet's text; GPS coordinates there are refused as they are in EXIF."""
    if _XMP_GPS.search(text):
        raise _Refused(_GPS.format(label=label or "its metadata"))
    return _xml_text(text)


_GPS = ("{label} holds GPS coordinates (where the picture was taken); remove its location:"
        " export the picture again without metadata (for example `exiftool -gps:all= FILE`)")


def _xml_text(text: str) -> str:
    """The text of an XML part as a reader of the document sees it, then its attribute
    values (XMP keeps values there, `.rels` files keep `mailto:` links there).

    Inline tags go without a gap (Word splits `jane@gmail.com` into runs, LibreOffice into
    spans); the ends of paragraphs, cells and list items, and breaks, become line ends."""
    text = _DOCUMENT_ID.sub("", _ID_ELEMENT.sub("", text))
    shown = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    values = [m.group(2) or m.group(3) for m in _ATTRIBUTE.finditer(text)
              if not m.group(1).lower().endswith("id")]
    return shown + "\n" + "\n".join(value for value in values if value)


_ID_ELEMENT = re.compile(r"<([\w:.-]{0,80}?(?:ID|Id))>[^<>]{0,500}</\1>")
_DOCUMENT_ID = re.compile(r"(?i)\b(?:xmp\.[di]id|uuid|adobe:docid:[\w-]{1,40}):[\w-]{1,100}")
"""Document and instance ids of XMP (`xmpMM:DocumentID`, `xmp.did:...`, `uuid:...`): ids,
not keys."""


_BLOCK_TAG = re.compile(r"</(?:[\w.-]{1,40}:)?(?:p|h|h\d|si|row|tr|td|th|tc|c|li|div|title|desc)>"
                        r"|<(?:[\w.-]{1,40}:)?(?:br|tab|s|line-break|cr|p|li)\b[^<>]{0,2000}?/>",
                        re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\s([\w:.-]{1,80})\s{0,20}=\s{0,20}"""
                        r"""(?:"([^"<>]{0,4000})"|'([^'<>]{0,4000})')""")


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
_PDF_TOKEN = re.compile(rb"\\.|[()]", re.DOTALL)
_HEX_STRING = re.compile(rb"<([0-9A-Fa-f\s]{2,8000})>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_OCTAL_OR_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
MAX_PDF_STREAMS = 20_000


def _pdf(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Literal and hex strings of the file's objects (metadata: `/Author (...)`) and of its
    content streams, inflated when compressed; XMP metadata streams as XML."""
    label = f"{where} (PDF)" if where else "PDF"
    outside: list[bytes] = []
    position = 0
    streams = 0
    while True:
        start = _STREAM.search(data, position)
        if start is None:
            outside.append(data[position:])
            break
        end = data.find(_ENDSTREAM, start.end())
        if end < 0:
            end = len(data)
        outside.append(data[position:start.start()])
        streams += 1
        if streams > MAX_PDF_STREAMS:
            raise _Refused(f"{label} has more than {MAX_PDF_STREAMS} streams; kbgen does not"
                           " read it: export a simpler PDF, or remove it")
        opened = data.rfind(b" obj", position, start.start())
        header = data[opened if opened >= 0 else max(position, start.start() - 400):
                      start.start()]
        if b"/Encrypt" in header:
            raise _Refused(f"{label} is encrypted, so kbgen cannot check it for personal data"
                           " or secrets; publish it unencrypted (or not at all)")
        _pdf_stream(header, data[start.end():end], label, found, depth)
        position = end + len(_ENDSTREAM)
    rest = b"\n".join(outside)
    if b"/Encrypt" in rest:
        raise _Refused(f"{label} is encrypted, so kbgen cannot check it for personal data or"
                       " secrets; publish it unencrypted (or not at all)")
    found.pieces.append((f"{label} objects", _pdf_strings(rest)))


_FILTER = re.compile(rb"/(FlateDecode|Fl|ASCIIHexDecode|AHx|ASCII85Decode|A85|RunLengthDecode|RL"
                     rb"|LZWDecode|LZW|DCTDecode|DCT|JPXDecode|CCITTFaxDecode|CCF|JBIG2Decode"
                     rb"|Crypt)\b")
_BINARY_STREAM = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType|Image)"
                            rb"|/Type\s*/XRef")


def _pdf_stream(header: bytes, body: bytes, label: str, found: FileText, depth: int) -> None:
    """One stream's text: its filters undone in order; a JPEG read as a picture, an embedded
    file as a file, XMP as XML, fonts and other pictures skipped, the rest as strings."""
    filter_at = header.find(b"/Filter")
    filters = _FILTER.findall(header[filter_at:filter_at + 300]) if filter_at >= 0 else []
    for name in filters:
        if name in (b"FlateDecode", b"Fl"):
            body = _inflate(body.rstrip(b"\r\n"), label, found, zlib.MAX_WBITS) if body else body
        elif name in (b"ASCIIHexDecode", b"AHx"):
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", body.split(b">")[0])
            body = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
        elif name in (b"ASCII85Decode", b"A85"):
            try:
                body = base64.a85decode(body.strip().removesuffix(b"~>").removeprefix(b"<~")
                                        + b"~>", adobe=True)
            except ValueError:
                body = b""
        elif name in (b"DCTDecode", b"DCT"):
            _read(body, f"{label} picture", found, depth)
            return
        elif name in (b"JPXDecode", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode"):
            return  # picture data only
        else:
            raise _Refused(f"{label} has a stream compressed with /{name.decode()}, which kbgen"
                           " does not read, so it cannot be checked for personal data; export"
                           " the PDF again (standard compression), or remove it")
    if b"/EmbeddedFile" in header:
        _read(body, f"{label} attachment", found, depth)
    elif b"<x:xmpmeta" in body or b"<rdf:RDF" in body:
        found.pieces.append((f"{label} metadata", _xmp(_decode(body), label)))
    elif not _BINARY_STREAM.search(header):
        found.pieces.append((f"{label} content", _pdf_strings(body)))


def _pdf_strings(data: bytes) -> str:
    """Every `(literal)` and `<hex>` string, decoded (UTF-16 with a mark, else Latin-1), as
    the page shows them: a `TJ` array's pieces joined (a space where the gap is a word's),
    strings on one text line joined by spaces, and a new line where the text moves to another
    line (`T*`, `Td`, `TD`, `Tm`, `'`, `"`, a new text object) or a new dictionary key."""
    pieces = [(start, end, _pdf_decode(_OCTAL_OR_ESCAPE.sub(_unescape, data[start:end])))
              for start, end in _literals(data)]
    spans = iter(list(pieces))
    inside = next(spans, None)
    for match in _HEX_STRING.finditer(data):
        while inside is not None and inside[1] < match.start():
            inside = next(spans, None)
        if inside is not None and inside[0] <= match.start():
            continue  # `<...>` inside a literal string is text, read with it
        digits = re.sub(rb"\s", b"", match.group(1))
        digits += b"0" * (len(digits) % 2)
        pieces.append((match.start(1), match.end(1),
                       _pdf_decode(bytes.fromhex(digits.decode("ascii")))))
    pieces.sort()
    out: list[str] = []
    previous = None
    for start, end, text in pieces:
        if previous is not None:
            out.append(_pdf_gap(data[previous:start]))
        out.append(text.replace("\n", " "))
        previous = end
    return "".join(out)


_LINE_OPERATOR = re.compile(rb"T\*|\bT[dDm]\b|\b[BE]T\b|['\"/]")
_NUMBER = rb"-?(?:\d{1,8}(?:\.\d{0,8})?|\.\d{1,8})"
_MOVE = re.compile(_NUMBER + rb"\s{1,20}(" + _NUMBER + rb")\s{1,20}T[dD]\b")
_KERNING = re.compile(rb"-?\d{1,8}(?:\.\d{0,8})?")


def _pdf_gap(between: bytes) -> str:
    """What separates two strings on the page: a line end, a space, or nothing (a `TJ`
    array's small kerning: `[(jane)-20(@x.com)]`)."""
    moved = _MOVE.search(between)
    if moved and float(moved.group(1)) == 0 and not _LINE_OPERATOR.search(
            between[:moved.start()] + between[moved.end():]):
        return ""  # `x 0 Td`: further along the same line
    if _LINE_OPERATOR.search(between):
        return "\n"
    shift = _KERNING.search(between)
    if b"Tj" in between or (shift and float(shift.group()) <= -150):
        return " "
    return ""


def _literals(data: bytes) -> Iterator[tuple[int, int]]:
    """Where each `(literal string)` is (without its parentheses), with balanced parentheses
    inside, in one pass (a regular expression for nested, escaped parentheses would
    backtrack)."""
    depth = start = 0
    for token in _PDF_TOKEN.finditer(data):
        if token.group() == b"(":
            start = token.end() if depth == 0 else start
            depth += 1
        elif token.group() == b")" and depth:
            depth -= 1
            if depth == 0:
                yield start, token.start()


def _unescape(match: re.Match[bytes]) -> bytes:
    value = match.group(1)
    if value[:1].isdigit():
        return bytes([int(value, 8) & 0xFF])
    return _ESCAPES.get(value, value if value not in (b"\n", b"\r") else b"")


def _pdf_decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")


# ---------------------------------------------------------------------------------------------
# Pictures: PNG, JPEG, WebP, GIF, TIFF and their EXIF/XMP metadata
# ---------------------------------------------------------------------------------------------


def _png(data: bytes, where: str, found: FileText, depth: int) -> None:
    _trailing(data, _png_chunks(data, where, found), where, found, depth)


def _png_chunks(data: bytes, where: str, found: FileText) -> int:
    """The text of a PNG's chunks; where it ends."""
    position = 8
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
            else:
                found.pieces.append((name, text.decode("latin-1")))
        elif kind == b"iTXt":
            keyword, _, rest = chunk.partition(b"\x00")
            compressed = rest[:1] == b"\x01"
            _language, _, rest = rest[2:].partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            if compressed:
                text = _inflate(text, label, found, zlib.MAX_WBITS)
            found.pieces.append((f"{label} {keyword.decode('latin-1')}",
                                 translated.decode("utf-8", errors="replace") + "\n"
                                 + _xmp(text.decode("utf-8", errors="replace"), label)))
        elif kind == b"eXIf":
            _exif(chunk, label, found)
        elif kind == b"IEND":
            break
        elif kind[:1].islower() and kind not in _PNG_BINARY:  # a private or unknown chunk
            found.pieces.append((label, _printable(chunk)))
    return position


def _jpeg(data: bytes, where: str, found: FileText, depth: int) -> None:
    position = 2
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
            found.pieces.append((f"{label} comment", _decode(segment)))
        elif marker == 0xE1 and segment.startswith(b"Exif\x00"):
            _exif(segment[6:], f"{label} EXIF", found)
        elif marker == 0xE1 and (segment.startswith(b"http://ns.adobe.com/")
                                 or b"<x:xmpmeta" in segment[:300]):
            found.pieces.append((f"{label} XMP", _xmp(_decode(segment), label)))
        elif 0xE0 <= marker <= 0xEF and marker not in (0xE0, 0xE2):
            found.pieces.append((f"{label} APP{marker - 0xE0}", _printable(segment)))
    end = data.rfind(b"\xff\xd9")
    _trailing(data, end + 2 if end > 0 else len(data), where, found, depth)


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
        elif kind not in (b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"):
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
                found.pieces.append((f"{label} comment", _decode(text)))
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
    """Bytes after a picture's end (a zip or text appended to a photo): read as a file."""
    rest = data[end:]
    if rest.strip(b"\x00\r\n\t "):
        _read(rest, f"{where} (after the picture)".strip(), found, depth)


_PRINTABLE = re.compile(rb"[\x20-\x7e\t]{4,}")


def _printable(data: bytes) -> str:
    return "\n".join(m.group().decode("ascii") for m in _PRINTABLE.finditer(data))


GPS_IFD = 0x8825
EXIF_IFD = 0x8769
_XP_TAGS = frozenset({0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})  # Windows title, comment, ...
_USER_COMMENT = 0x9286
MAX_EXIF_ENTRIES = 1000
"""Entries read of one EXIF directory (cameras write a few dozen)."""
_XMP_TAG, _IPTC_TAG = 700, 33723
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
            if tag in (GPS_IFD, EXIF_IFD, 0xA005) and kind in (4, 13) and len(value) >= 4:
                pending.append((struct.unpack(order + "I", value[:4])[0], tag == GPS_IFD))
            elif gps and tag in _GPS_PLACES and value.strip(b"\x00 "):
                raise _Refused(_GPS.format(label=label))
            elif tag == _XMP_TAG:
                texts.append(_xmp(value.decode("utf-8", errors="replace"), label))
            elif tag == _IPTC_TAG:
                texts.append(_printable(value))
            elif kind == 2:
                texts.append(value.split(b"\x00")[0].decode("utf-8", errors="replace"))
            elif tag in _XP_TAGS:
                texts.append(value.decode("utf-16-le", errors="replace").rstrip("\x00"))
            elif tag == _USER_COMMENT:
                code, text = value[:8], value[8:]
                codec = "utf-16-be" if code.startswith(b"UNICODE") and order == ">" else (
                    "utf-16-le" if code.startswith(b"UNICODE") else "latin-1")
                texts.append(text.decode(codec, errors="replace").rstrip("\x00 "))
        next_at = offset + 2 + 12 * count
        if not gps and next_at + 4 <= len(tiff):
            pending.append((struct.unpack(order + "I", tiff[next_at:next_at + 4])[0], False))
    found.pieces.append((label, "\n".join(text for text in texts if text.strip())))


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
        found.pieces.append((f"{where} ID3".strip(), _printable(data[-125:])))
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
            texts.append(body[1:].decode(codec, errors="replace").replace("\x00", "\n")
                         if frame[:1] != b"W" else body.decode("latin-1"))
    found.pieces.append((label, "\n".join(texts)))


_ID3_CODECS = {b"\x00": "latin-1", b"\x01": "utf-16", b"\x02": "utf-16-be", b"\x03": "utf-8"}


def _syncsafe(raw: bytes) -> int:
    return sum((byte & 0x7F) << (7 * (3 - index)) for index, byte in enumerate(raw[:4]))


def _mime(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Each part of an e-mail message (`.eml`, `.mht`) decoded: base64 and quoted-printable
    text, and attachments read by content; the message as written too."""
    found.pieces.append((where, _decode(data)))
    message = email.message_from_bytes(data)
    for number, part in enumerate(message.walk()):
        if number > MAX_MIME_PARTS:
            raise _Refused(f"{_named(where)} has more than {MAX_MIME_PARTS} parts; publish"
                           " fewer")
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        found.expanded += len(payload)
        if found.expanded > MAX_EXPANDED:
            raise _Refused(_BOMB.format(where=_named(where)))
        name = part.get_filename() or part.get_content_type()
        _read(payload, f"{where}/{name}" if where else name, found, depth)


_READERS = {"zip": _zip, "gzip": _gzip, "bzip2": _bzip2, "xz": _xz, "tar": _tar, "mime": _mime,
            "unreadable": _unreadable, "ole": _ole, "riff": _riff, "pdf": _pdf, "png": _png,
            "jpeg": _jpeg, "webp": _webp, "gif": _gif, "tiff": _tiff}


def texts(found: FileText) -> Iterator[tuple[str, str]]:
    """The non-empty pieces of text."""
    return ((where, text) for where, text in found.pieces if text.strip())
