"""The text a copied file carries, read by what the file is, not by what it is called.

A picture, a download or an attachment is copied into the site byte for byte, and so is any
text hidden in it: a comment or the camera's owner in a photo's metadata, the words of a
`.docx`, a PDF's content streams, a text file saved as UTF-16 or gzipped. `file_text` reads
the bytes (the first ones say what the file is, whatever its name) and returns that text, for
the gate to scan, or says why it cannot be read safely (an archive bomb, an encrypted member,
GPS coordinates in a photo's EXIF data).

Standard library only (zipfile, gzip/zlib, struct). Every read is bounded: decompressed
sizes, the compression ratio, nesting and member counts are limited, and the PDF patterns are
linear (no nested repetition).
"""

from __future__ import annotations

import base64
import bz2
import codecs
import email
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
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2"
    if data.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if data[257:262] == b"ustar":
        return "tar"
    if data.startswith(_MIME_START) and _MIME_ENCODED.search(data[:MAX_MIME_HEADER]):
        return "mime"
    if any(data.startswith(magic) for magic in UNREAD_CONTAINERS):
        return "unread"
    if data.startswith(_OLE2):
        return "ole2"
    if data.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if _utf16_or_32(data[:HEAD]):
        return "wide"
    if b"\x00" in data[:HEAD] and not _text_with_nuls(data[:HEAD]):
        return "binary"
    return "text"


UNREAD_CONTAINERS = {
    b"7z\xbc\xaf\x27\x1c": "a 7z archive", b"Rar!\x1a\x07": "a RAR archive",
    b"\x28\xb5\x2f\xfd": "Zstandard-compressed", b"MSCF\x00\x00\x00\x00": "a cabinet archive",
    b"\x1f\x9d": "compress(1)-compressed", b"\x04\x22\x4d\x18": "LZ4-compressed",
    b"LZIP": "lzip-compressed", b"\x60\xea": "an ARJ archive", b"xar!": "a xar archive",
    b"\x5d\x00\x00": "LZMA-compressed", b"!<arch>\n": "an ar archive",
}
"""First bytes of compressed files and archives kbgen does not open: their text cannot be
checked, so they are refused rather than published unread."""
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An old Office file (`.doc`, `.xls`, `.ppt`, `.msg`): its text is stored as plain or
UTF-16 runs, read as such."""
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
    if kind == "binary":
        _embedded(data, where, found)
    elif kind == "text":
        text = _decode(data)
        found.pieces.append((where, text))
        if "base64," in text:
            _data_uris(text, where, found, depth)
        if text.lstrip().startswith("{\\rtf"):
            found.pieces.append((f"{where} (RTF)".strip(), _rtf_text(text)))
    elif kind == "wide":
        found.pieces.append((where, _decode(data)))
    elif kind == "unread":
        what = next(what for magic, what in UNREAD_CONTAINERS.items() if data.startswith(magic))
        raise _Refused(f"{_named(where)} is {what}, which kbgen does not open, so it cannot"
                       " check it for personal data or secrets; publish the files unpacked,"
                       " or as a zip")
    elif kind == "ole2":
        found.pieces.append((f"{where} (Office)".strip(), _ole2_text(data)))
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
    budget = min(MAX_EXPANDED - found.expanded, max(len(compressed), 1024) * MAX_RATIO)
    decompressor = zlib.decompressobj(wbits)
    try:
        out = decompressor.decompress(compressed, budget + 1)
    except zlib.error as exc:
        raise _Refused(f"{_named(where)} cannot be decompressed ({exc}); save the file again"
                       " or remove it") from None
    if len(out) > budget:
        raise _Refused(_BOMB.format(where=_named(where)))
    found.expanded += len(out)
    return out


_BOMB = ("{where} expands to more than kbgen reads (an archive bomb, or a very large file:"
         f" more than {MAX_RATIO} times its compressed size or {MAX_EXPANDED // 2**20} MB in"
         " all); publish it unpacked or split it, or remove it")


MAX_GZIP_MEMBERS = 100


def _gzip(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Each member's header (its original file name and comment) and its data."""
    inner = f"{where} (gzip)".strip()
    for _ in range(MAX_GZIP_MEMBERS):
        found.pieces.append((f"{inner} header", _gzip_header(data)))
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        budget = min(MAX_EXPANDED - found.expanded, max(len(data), 1024) * MAX_RATIO)
        try:
            out = decompressor.decompress(data, budget + 1)
        except zlib.error as exc:
            raise _Refused(f"{inner} cannot be decompressed ({exc}); save the file again or"
                           " remove it") from None
        if len(out) > budget:
            raise _Refused(_BOMB.format(where=inner))
        found.expanded += len(out)
        _read(out, inner, found, depth)
        data = decompressor.unused_data
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
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _Refused(f"{_named(where)} is a damaged zip archive ({exc}); save it again or"
                       " remove it") from None
    if len(members) > MAX_MEMBERS:
        raise _Refused(f"{_named(where)} holds {len(members)} files (more than {MAX_MEMBERS});"
                       " publish fewer, or link to where they are kept")
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
        except (zipfile.BadZipFile, NotImplementedError, OSError, zlib.error,
                EOFError, RuntimeError) as exc:
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
_RUN_BREAK = re.compile(r"</w:t>\s*(?:<(?!/w:p>)[^<>]{0,2000}>\s*){0,12}?<w:t(?:\s[^<>]{0,200})?>")


def _xml_text(text: str) -> str:
    """The text of an XML part with tags made spaces (`<w:t>jane</w:t><w:t>@x.com</w:t>`
    keeps its pieces apart, as a reader of the document sees runs joined)... and joined."""
    # Word splits words into runs; joining runs without a space shows them as Word does.
    joined = _RUN_BREAK.sub("", text) if "</w:t>" in text else text
    return _TAG.sub(" ", joined)


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
        found.pieces.append((f"{label} metadata", _xml_text(_decode(body))))
    elif not _BINARY_STREAM.search(header):
        found.pieces.append((f"{label} content", _pdf_strings(body)))


def _pdf_strings(data: bytes) -> str:
    """Every `(literal)` and `<hex>` string, one per line, decoded (UTF-16 with a mark, else
    Latin-1); a `TJ` array's pieces joined, as they are shown together."""
    data = re.sub(rb"\)\s*-?\d{1,6}(?:\.\d{1,6})?\s*\(", b"", data)  # [(jane)-20(@x.com)] TJ
    out = []
    for literal in _literals(data):
        out.append(_pdf_decode(_OCTAL_OR_ESCAPE.sub(_unescape, literal)))
    for match in _HEX_STRING.finditer(data):
        digits = re.sub(rb"\s", b"", match.group(1))
        if len(digits) % 2:
            digits += b"0"
        out.append(_pdf_decode(bytes.fromhex(digits.decode("ascii"))))
    return "\n".join(text.replace("\n", " ") for text in out if text.strip())


def _literals(data: bytes) -> Iterator[bytes]:
    """`(literal strings)`, with balanced parentheses inside, in one pass (a regular
    expression for nested, escaped parentheses would backtrack)."""
    depth = start = 0
    for token in _PDF_TOKEN.finditer(data):
        if token.group() == b"(":
            start = token.end() if depth == 0 else start
            depth += 1
        elif token.group() == b")" and depth:
            depth -= 1
            if depth == 0:
                yield data[start:token.start()]


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
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        label = f"{where} PNG {kind.decode('latin-1')}".strip()
        if kind == b"tEXt":
            keyword, _, text = chunk.partition(b"\x00")
            found.pieces.append((f"{label} {keyword.decode('latin-1')}",
                                 text.decode("latin-1")))
        elif kind == b"zTXt":
            keyword, _, rest = chunk.partition(b"\x00")
            text = _inflate(rest[1:], label, found, zlib.MAX_WBITS)
            found.pieces.append((f"{label} {keyword.decode('latin-1')}",
                                 text.decode("latin-1")))
        elif kind == b"iTXt":
            keyword, _, rest = chunk.partition(b"\x00")
            compressed = rest[:1] == b"\x01"
            _language, _, rest = rest[2:].partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            if compressed:
                text = _inflate(text, label, found, zlib.MAX_WBITS)
            found.pieces.append((f"{label} {keyword.decode('latin-1')}",
                                 translated.decode("utf-8", errors="replace") + "\n"
                                 + _xml_text(text.decode("utf-8", errors="replace"))))
        elif kind == b"eXIf":
            _exif(chunk, label, found)
        elif kind == b"IEND":
            break
    _trailing(data, position, where, found, depth)


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
            found.pieces.append((f"{label} XMP", _xml_text(_decode(segment))))
        elif 0xE0 <= marker <= 0xEF and marker not in (0xE0, 0xE2):
            found.pieces.append((f"{label} APP{marker - 0xE0}", _printable(segment)))
    end = data.rfind(b"\xff\xd9")
    _trailing(data, end + 2 if end > 0 else len(data), where, found, depth)


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
            found.pieces.append((label, _xml_text(_decode(chunk))))
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
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


def _exif(tiff: bytes, label: str, found: FileText) -> None:
    """ASCII strings, user comments and Windows' XP fields of every IFD; GPS coordinates are
    refused (where a photo was taken: at home, at a customer's)."""
    if tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        found.pieces.append((label, _printable(tiff)))
        return
    order = "<" if tiff[:2] == b"II" else ">"
    texts: list[str] = []
    pending = [(struct.unpack(order + "I", tiff[4:8])[0], False)]
    seen: set[int] = set()
    while pending and len(seen) < 64:
        offset, gps = pending.pop()
        if offset in seen or offset < 8 or offset + 2 > len(tiff):
            continue
        seen.add(offset)
        count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
        for index in range(min(count, 1000)):
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
            elif gps and tag in (2, 4) and kind == 5 and value.strip(b"\x00"):
                raise _Refused(f"{label} holds GPS coordinates (where the picture was taken);"
                               " remove its location: export the picture again without"
                               " metadata (for example `exiftool -gps:all= FILE`)")
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
        found.pieces.append((f"{where} XMP".strip(), _xml_text(_decode(data[start:end]))))
        start = data.find(_XMP_OPEN, end)
    for header in _EXIF_HEADERS:
        start = data.find(header)
        for _ in range(MAX_BLOCKS):
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
    """ID3v2 text, comment and URL frames (artist, comment, lyrics, user text)."""
    version = data[3]
    size = _syncsafe(data[6:10])
    position, end = 10, min(len(data), 10 + size)
    texts = []
    while position + 10 <= end:
        frame, raw = data[position:position + 4], data[position + 4:position + 8]
        length = _syncsafe(raw) if version >= 4 else struct.unpack(">I", raw)[0]
        if not frame.strip(b"\x00") or length <= 0:
            break
        body = data[position + 10:position + 10 + length]
        position += 10 + length
        if frame[:1] in (b"T", b"W") or frame in (b"COMM", b"USLT", b"APIC", b"GEOB"):
            codec = _ID3_CODECS.get(body[:1], "latin-1")
            texts.append(body[1:].decode(codec, errors="replace").replace("\x00", "\n")
                         if frame[:1] != b"W" else body.decode("latin-1"))
    found.pieces.append((label, "\n".join(texts)))


_ID3_CODECS = {b"\x00": "latin-1", b"\x01": "utf-16", b"\x02": "utf-16-be", b"\x03": "utf-8"}


def _syncsafe(raw: bytes) -> int:
    return sum((byte & 0x7F) << (7 * (3 - index)) for index, byte in enumerate(raw[:4]))


def _stream(decompressor: Any, data: bytes, where: str, found: FileText, what: str) -> bytes:
    """What a bz2 or lzma decompressor makes of `data`, refused past the ratio or budget."""
    budget = min(MAX_EXPANDED - found.expanded, max(len(data), 1024) * MAX_RATIO)
    try:
        out = decompressor.decompress(data, budget + 1)
    except (OSError, EOFError, ValueError, lzma.LZMAError) as exc:
        raise _Refused(f"{where} ({what}) cannot be decompressed ({exc}); save the file again"
                       " or remove it") from None
    if len(out) > budget:
        raise _Refused(_BOMB.format(where=f"{where} ({what})".strip()))
    found.expanded += len(out)
    return out


def _bzip2(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (bzip2)".strip()
    _read(_stream(bz2.BZ2Decompressor(), data, where, found, "bzip2"), inner, found, depth)


def _xz(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (xz)".strip()
    _read(_stream(lzma.LZMADecompressor(), data, where, found, "xz"), inner, found, depth)


def _tar(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Each member of a tar archive, by content, and the members' names."""
    try:
        archive = tarfile.open(fileobj=BytesIO(data), mode="r:")
        members = []
        for member in archive:
            members.append(member)
            if len(members) > MAX_MEMBERS:
                raise _Refused(f"{_named(where)} holds more than {MAX_MEMBERS} files; publish"
                               " fewer, or link to where they are kept")
    except (tarfile.TarError, OSError, ValueError, EOFError) as exc:
        raise _Refused(f"{_named(where)} is a damaged tar archive ({exc}); save it again or"
                       " remove it") from None
    found.pieces.append((f"{where} (tar)".strip(), "\n".join(
        [*(member.name for member in members), *(member.linkname for member in members),
         *(f"{member.uname} {member.gname}" for member in members)])))
    for member in members:
        if not member.isfile():
            continue
        name = f"{where}/{member.name}" if where else member.name
        stream = archive.extractfile(member)
        content = stream.read(MAX_EXPANDED - found.expanded + 1) if stream else b""
        found.expanded += len(content)
        if found.expanded > MAX_EXPANDED:
            raise _Refused(_BOMB.format(where=name))
        _read(content, name, found, depth)


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


_OLE2_RUNS = re.compile(rb"[\x20-\x7e\t\r\n]{4,}|(?:[\x20-\x7e\t\r\n]\x00){4,}")


def _ole2_text(data: bytes) -> str:
    """The runs of plain and UTF-16 text in an old Office file."""
    return "\n".join(run.decode("utf-16-le" if len(run) > 1 and run[1] == 0 else "latin-1")
                      for run in _OLE2_RUNS.findall(data[:MAX_EXPANDED]))


_READERS = {"zip": _zip, "gzip": _gzip, "bzip2": _bzip2, "xz": _xz, "tar": _tar, "mime": _mime,
            "pdf": _pdf, "png": _png, "jpeg": _jpeg,
            "webp": _webp, "gif": _gif, "tiff": _tiff}


def texts(found: FileText) -> Iterator[tuple[str, str]]:
    """The non-empty pieces of text."""
    return ((where, text) for where, text in found.pieces if text.strip())
