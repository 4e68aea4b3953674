"""The text a copied file carries, read by what the file is, not by what it is called.

A picture, a download or an attachment is copied into the site byte for byte, and so is any
text hidden in it: a comment or the camera's owner in a photo's metadata, the words of a
`.docx`, a PDF's content streams, a text file saved as UTF-16 or gzipped. `file_text` reads
the bytes (the first ones say what the file is, whatever its name) and returns that text, for
the gate to scan, or says why it cannot be read safely.

Read: UTF-8/16/32 text (files in `data:` URIs and draw.io drawings inside it too; a text that
is not UTF-8 in each encoding a reader's program may guess: `encodings.other_readings`); zip
(docx, xlsx, odt, epub), gzip, bzip2, xz and tar; PDF strings (filters undone, attachments,
XMP); PNG, JPEG, WebP, GIF and TIFF metadata (text chunks, comments, EXIF, XMP); in other
binary files (AVIF, HEIC, video, audio, icons, old Office files) the metadata blocks found by
their signatures. Refused: GPS coordinates (EXIF, XMP, a video's location), archive bombs,
nesting deeper than MAX_DEPTH, encrypted members, archives Python cannot open, damaged files.

Standard library only. Every read is bounded: decompressed sizes, the compression ratio,
nesting and block counts are limited, and no pattern can backtrack over its input (PDF
strings are scanned in one pass).

The package reads by job: `encodings` (UTF-8/16/32 text), `markup` (XML, XMP, draw.io),
`archives` (zip, gzip, bzip2, xz, tar, e-mail), `documents` (PDF, RTF, old Office files,
`data:` URIs) and `media` (pictures, audio, video); `base` holds the limits and what a read
found. This module says what the bytes are and hands them to the reader of that kind.
"""

from __future__ import annotations

import lzma
import struct
import zlib
from collections.abc import Iterator

from kbgen.core.file_text.active import refuse_program, refuse_rtf_objects
from kbgen.core.file_text.archives import (  # noqa: F401
    _MIME_ENCODED,
    _MIME_START,
    _UNREADABLE,
    MAX_GZIP_MEMBERS,
    MAX_MIME_HEADER,
    MAX_MIME_PARTS,
    UNREAD_CONTAINERS,
    _bzip2,
    _gzip,
    _gzip_header,
    _mime,
    _not_too_many,
    _tar,
    _unreadable,
    _xz,
    _zip,
)
from kbgen.core.file_text.base import (  # noqa: F401
    _BOMB,
    _PRINTABLE,
    HEAD,
    MAX_DEPTH,
    MAX_EXPANDED,
    MAX_MEMBERS,
    MAX_RATIO,
    FileText,
    _find_all,
    _inflate,
    _inflate_stream,
    _named,
    _printable,
    _Refused,
    _stream,
)
from kbgen.core.file_text.documents import (  # noqa: F401
    _BINARY_STREAM,
    _DATA_URI,
    _ENDSTREAM,
    _ESCAPES,
    _FILTER,
    _HEX_STRING,
    _KERNING,
    _LINE_OPERATOR,
    _MOVE,
    _NUMBER,
    _OCTAL_OR_ESCAPE,
    _PDF_TOKEN,
    _RTF_ESCAPE,
    _STREAM,
    MAX_DATA_URIS,
    MAX_PDF_STREAMS,
    _data_uris,
    _literals,
    _ole,
    _pdf,
    _pdf_decode,
    _pdf_gap,
    _pdf_stream,
    _pdf_strings,
    _rtf_text,
    _unescape,
)
from kbgen.core.file_text.encodings import (  # noqa: F401
    _BOMS,
    _TEXT_BYTES,
    _clean,
    _decode,
    _text_with_nuls,
    _utf16_or_32,
    other_readings,
    wide_text,
)
from kbgen.core.file_text.markup import (  # noqa: F401
    _ATTRIBUTE,
    _BLOCK_TAG,
    _DIAGRAM,
    _DOCUMENT_ID,
    _ETAG,
    _GPS,
    _ID_ELEMENT,
    _TAG,
    _XMP_GPS,
    _XMP_GPS_BYTES,
    _diagrams,
    _xml_text,
    _xmp,
)
from kbgen.core.file_text.media import (  # noqa: F401
    _BINARY_MAGIC,
    _EXIF_HEADERS,
    _GPS_PLACES,
    _ID3_CODECS,
    _IPTC_TAG,
    _MP4_LOCATION,
    _MP4_TEXT,
    _PNG,
    _PNG_BINARY,
    _TYPE_SIZES,
    _USER_COMMENT,
    _VORBIS,
    _XMP_CLOSE,
    _XMP_OPEN,
    _XMP_TAG,
    _XP_TAGS,
    EXIF_IFD,
    GPS_IFD,
    MAX_BLOCK,
    MAX_BLOCKS,
    MAX_EXIF_BLOCKS,
    MAX_EXIF_ENTRIES,
    _embedded,
    _exif,
    _flac,
    _gif,
    _id3,
    _jpeg,
    _png,
    _png_chunks,
    _raw_profile,
    _riff,
    _sub_blocks,
    _syncsafe,
    _tiff,
    _trailing,
    _vorbis,
    _webp,
)
from kbgen.core.file_text.truetype import FONT_MAGIC, font_names
from kbgen.core.file_text.web_fonts import WOFF2, font_end, web_font_extras


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
    if b"\x00" in data[:HEAD] and not _text_with_nuls(data[:HEAD]) and not wide_text(
            data[:HEAD]):
        return "binary"
    return "text"


def _read(data: bytes, where: str, found: FileText, depth: int) -> None:
    kind = _kind(data)
    if b"GPS" in data and _XMP_GPS_BYTES.search(data):  # XMP anywhere: GIF, SVG, PDF, ...
        raise _Refused(_GPS.format(label=f"{where} XMP metadata" if where else
                                   "its XMP metadata"))
    if kind == "binary":
        refuse_program(_named(where), data)
        if data[:4] in FONT_MAGIC:
            names = font_names(data, found, where)
            found.expanded += len(names)
            if found.expanded > MAX_EXPANDED:
                raise _Refused(_BOMB.format(where=_named(where)))
            found.pieces.append((f"{where} font names".strip(), names))
            if data[:4] in (b"wOFF", WOFF2):
                web_font_extras(data, where, found)
            if (rest := data[font_end(data):]).strip(b"\x00"):
                label = f"{where} (after the font)".strip()
                if depth < MAX_DEPTH:
                    _read(rest, label, found, depth + 1)
                else:  # a font after a font after a font: its text runs only
                    found.pieces.append((label, _printable(rest)))
        _embedded(data, where, found)
    elif kind == "text":
        text = _decode(data)
        if "diagram" in text:
            text = _diagrams(text, where, found)
        found.pieces.append((where, text))
        for encoding, reading in other_readings(data, where):
            found.pieces.append((f"{where} (read as {encoding})".strip(), reading))
        if "base64," in text:
            _data_uris(text, where, found, depth)
        if text.lstrip().startswith("{\\rtf"):
            refuse_rtf_objects(_named(where), data)
            found.pieces.append((f"{where} (RTF)".strip(), _rtf_text(text)))
    elif kind == "wide":
        found.pieces.append((where, _decode(data)))
    elif kind != "binary":
        if depth >= MAX_DEPTH:
            raise _Refused(f"it holds containers nested more than {MAX_DEPTH} deep"
                           f" ({_named(where)}); publish the files it holds unpacked, or one"
                           " archive of them")
        _READERS[kind](data, where, found, depth + 1)


_READERS = {"zip": _zip, "gzip": _gzip, "bzip2": _bzip2, "xz": _xz, "tar": _tar, "mime": _mime,
            "unreadable": _unreadable, "ole": _ole, "riff": _riff, "pdf": _pdf, "png": _png,
            "jpeg": _jpeg, "webp": _webp, "gif": _gif, "tiff": _tiff}


def texts(found: FileText) -> Iterator[tuple[str, str]]:
    """The non-empty pieces of text."""
    return ((where, text) for where, text in found.pieces if text.strip())
