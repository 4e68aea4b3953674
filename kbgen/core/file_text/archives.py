"""Archives and compressed files a copied file may be: zip (docx, xlsx, odt, epub), gzip, bzip2,
xz, tar, e-mail messages; and those Python cannot open, refused."""

from __future__ import annotations

import bz2
import email
import lzma
import re
import struct
import tarfile
import zipfile
import zlib
from io import BytesIO
from typing import Any

import kbgen.core.file_text as _package
from kbgen.core.file_text.active import (
    document_kind,
    refuse_active_member,
    refuse_runnable_member,
)
from kbgen.core.file_text.base import (
    _BOMB,
    MAX_EXPANDED,
    MAX_MEMBERS,
    MAX_RATIO,
    FileText,
    _inflate_stream,
    _named,
    _printable,
    _Refused,
    _stream,
)
from kbgen.core.file_text.encodings import _decode, other_readings
from kbgen.core.file_text.markup import _xml_text

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


MAX_GZIP_MEMBERS = 100


def _bzip2(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (bzip2)".strip()
    _package._read(_stream(bz2.BZ2Decompressor(), data, inner, found), inner, found, depth)


def _xz(data: bytes, where: str, found: FileText, depth: int) -> None:
    inner = f"{where} (xz)".strip()
    _package._read(_stream(lzma.LZMADecompressor(), data, inner, found), inner, found, depth)


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
    """A tar archive's member names, owners and extended (pax) headers, and its regular
    files."""
    try:
        archive = tarfile.open(fileobj=BytesIO(data), mode="r:")
        members = archive.getmembers()
    except (tarfile.TarError, OSError, ValueError) as exc:
        raise _Refused(f"{_named(where)} is a damaged tar archive ({exc}); save it again or"
                       " remove it") from None
    _not_too_many(members, where)
    _listing(f"{where} (tar)".strip(), [
        *(m.name for m in members), *(m.linkname for m in members if m.linkname),
        *(f"{m.uname} {m.gname}" for m in members),
        *(f"{key} {value}" for headers in [archive.pax_headers, *(m.pax_headers for m in members)]
          for key, value in headers.items())], found)
    for member in members:
        if not member.isfile():
            continue
        name = f"{where}/{member.name}" if where else member.name
        if member.size > MAX_EXPANDED - found.expanded:
            raise _Refused(_BOMB.format(where=name))
        stream = archive.extractfile(member)
        content = stream.read() if stream is not None else b""
        found.expanded += len(content)
        refuse_runnable_member(name, member.name, content, member.mode)
        _package._read(content, name, found, depth)


def _gzip(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Each member's header (its original file name and comment) and its data."""
    inner = f"{where} (gzip)".strip()
    for _ in range(MAX_GZIP_MEMBERS):
        header = _gzip_header(data)
        name = header.split("\n", 1)[0] if len(data) > 3 and data[3] & 0x08 else ""
        _listing(f"{inner} header", [header.encode("latin-1")], found)
        out, data = _inflate_stream(data, inner, found, 16 + zlib.MAX_WBITS)
        refuse_runnable_member(f"{inner} {name}".strip(), name, out, 0)
        _package._read(out, inner, found, depth)
        if not data.startswith(b"\x1f\x8b"):
            return
    raise _Refused(f"{inner} has more than {MAX_GZIP_MEMBERS} members; publish it unpacked")


def _gzip_header(data: bytes) -> str:
    """The extra field's text, the original file name and the comment a gzip header may
    carry."""
    flags = data[3] if len(data) > 3 else 0
    position = 10
    texts = []
    if flags & 0x04 and position + 2 <= len(data):  # FEXTRA: subfields of any bytes
        length = struct.unpack("<H", data[position:position + 2])[0]
        texts.append(_printable(data[position + 2:position + 2 + length]))
        position += 2 + length
    for flag in (0x08, 0x10):  # FNAME, FCOMMENT
        if flags & flag:
            end = data.find(b"\x00", position)
            end = len(data) if end < 0 else end
            texts.append(data[position:end].decode("latin-1"))
            position = end + 1
    return "\n".join(texts)


def _local_extra(data: bytes, offset: int) -> bytes:
    """The extra field of the local header at `offset` (Python reads the directory's)."""
    if data[offset:offset + 4] != b"PK\x03\x04" or offset + 30 > len(data):
        return b""
    name, extra = struct.unpack("<HH", data[offset + 26:offset + 30])
    return data[offset + 30 + name:offset + 30 + name + extra]


def _listing(label: str, parts: list[str | bytes], found: FileText) -> None:
    """An archive's names, comments and owners, as their bytes are (tar's undecodable ones
    kept as surrogates), in UTF-8 and in each other encoding they read as text: a name
    holds no mark of its encoding, and unpacking tools show it in the computer's own."""
    raw = b"\n".join(part if isinstance(part, bytes) else part.encode(
        "utf-8", errors="surrogateescape") for part in parts)
    found.pieces.append((label, _decode(raw)))
    for encoding, reading in other_readings(raw, label):
        found.pieces.append((f"{label} (read as {encoding})", reading))


def _zip(data: bytes, where: str, found: FileText, depth: int) -> None:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError,
            struct.error) as exc:
        raise _Refused(f"{_named(where)} is a damaged zip archive ({exc}); save it again or"
                       " remove it") from None
    _not_too_many(members, where)
    _listing(f"{where} (zip)".strip(), [
        archive.comment, *(member.orig_filename.encode(
            "utf-8" if member.flag_bits & 0x800 else "cp437") for member in members),
        *(member.comment for member in members)], found)
    found.pieces.append((f"{where} (zip extra fields)".strip(), "\n".join(
        _printable(extra) for member in members
        for extra in dict.fromkeys((member.extra, _local_extra(data, member.header_offset)))
        if extra)))  # Info-ZIP's names, in the directory and beside each member
    kind = document_kind(archive.namelist(), _mimetype(archive))
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
        refuse_active_member(name, member.filename, content, kind)
        if not kind:  # a plain archive: what it unpacks is opened as it is
            refuse_runnable_member(name, member.filename, content, member.external_attr >> 16)
        if member.filename.lower().endswith((".xml", ".rels", ".xhtml", ".html", ".svg")):
            found.pieces.append((name, _xml_text(_decode(content))))
        else:
            _package._read(content, name, found, depth)


def _mimetype(archive: zipfile.ZipFile) -> bytes:
    """The first bytes of an OpenDocument's or EPUB's `mimetype` member (empty if none)."""
    try:
        with archive.open("mimetype") as stream:
            return stream.read(100)
    except (KeyError, zipfile.BadZipFile, NotImplementedError, OSError, zlib.error, ValueError,
            EOFError, RuntimeError, struct.error):
        return b""


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
        _package._read(payload, f"{where}/{name}" if where else name, found, depth)
