"""Hostile review 28: private data hidden in copied files (by content, whatever the name or
container), remote pictures, look-alike spellings and copied text marked unpublished.

Every hostile file sits in one project, checked and built once: `kbgen check` names each file
(and line, where there is one) and exits 1, and `kbgen build` fails leaving the published
site as it was. The benign files (a photo with a camera name, a PDF manual, a spreadsheet with
no one in it) sit in another project, which checks clean and builds; its article's remote
pictures are warned about by `kbgen check` and dropped from the published page.
"""

from __future__ import annotations

import base64
import bz2
import gzip
import html
import io
import lzma
import random
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.file_text import file_text, texts
from kbgen.core.normalize import normalize_line
from kbgen.core.privacy import scan
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

EMAIL = "jane.private@gmail.com"
PHONE = "+44 7911 123456"


# --------------------------------------------------------------------- file builders


def png(*chunks: tuple[bytes, bytes], after: bytes = b"") -> bytes:
    """A 1x1 PNG with the given extra chunks before IDAT."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    body = b"".join(chunk(kind, data) for kind, data in chunks)
    return (b"\x89PNG\r\n\x1a\n" + header + body + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
            + chunk(b"IEND", b"") + after)


def tiff(entries: list[tuple[int, int, bytes]], gps: list[tuple[int, int, bytes]] | None = None
         ) -> bytes:
    """A little-endian TIFF/EXIF block: IFD0 `entries` (tag, type, value), and a GPS IFD."""
    def ifd(items: list[tuple[int, int, bytes]], at: int) -> tuple[bytes, bytes]:
        table = struct.pack("<H", len(items))
        extra = b""
        data_at = at + 2 + 12 * len(items) + 4
        for tag, kind, value in items:
            count = len(value) if kind in (2, 7, 1) else len(value) // {3: 2, 4: 4, 5: 8,
                                                                         12: 8}[kind]
            if len(value) <= 4:
                table += struct.pack("<HHI", tag, kind, count) + value.ljust(4, b"\x00")
            else:
                table += struct.pack("<HHII", tag, kind, count, data_at + len(extra))
                extra += value
        return table + b"\x00\x00\x00\x00", extra
    items = list(entries)
    if gps is not None:
        items.append((0x8825, 4, b"\x00\x00\x00\x00"))  # patched below
    first, extra = ifd(items, 8)
    out = b"II*\x00" + struct.pack("<I", 8) + first + extra
    if gps is not None:
        gps_at = len(out)
        pointer = struct.pack("<HHI", 0x8825, 4, 1) + struct.pack("<I", gps_at)
        index = out.index(struct.pack("<HHI", 0x8825, 4, 1))
        out = out[:index] + pointer + out[index + 12:]
        table, more = ifd(gps, gps_at)
        out += table + more
    return out


RATIONAL = struct.pack("<II", 51, 1) + struct.pack("<II", 30, 1) + struct.pack("<II", 0, 1)
GPS = [(1, 2, b"N\x00"), (2, 5, RATIONAL), (3, 2, b"W\x00"), (4, 5, RATIONAL)]


def jpeg(*segments: tuple[int, bytes]) -> bytes:
    """A JPEG's markers (no picture data needed to hold metadata)."""
    body = b"".join(b"\xff" + bytes([marker]) + struct.pack(">H", len(data) + 2) + data
                    for marker, data in segments)
    return b"\xff\xd8" + body + b"\xff\xda\x00\x02" + b"\x00" * 16 + b"\xff\xd9"


def webp(*chunks: tuple[bytes, bytes]) -> bytes:
    """A WebP (RIFF) file with the given chunks."""
    body = b"WEBP" + b"".join(kind + struct.pack("<I", len(data)) + data + b"\x00" * (
        len(data) & 1) for kind, data in [(b"VP8X", bytes(10)), *chunks])
    return b"RIFF" + struct.pack("<I", len(body)) + body


def gif(comment: bytes) -> bytes:
    """A 1x1 GIF with a comment extension."""
    blocks = b"".join(bytes([len(comment[i:i + 255])]) + comment[i:i + 255]
                      for i in range(0, len(comment), 255))
    return (b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + b"\x21\xfe" + blocks + b"\x00"
            + b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00" + b"\x3b")


def zipped(members: dict[str, bytes], encrypted: str | None = None) -> bytes:
    """A zip archive; `encrypted` names a member flagged encrypted."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    out = buffer.getvalue()
    if encrypted:
        name = encrypted.encode()
        for signature in (b"PK\x03\x04", b"PK\x01\x02"):
            at = out.index(signature + b"", 0)
            while at >= 0:
                offset = 6 if signature == b"PK\x03\x04" else 8
                name_at = 30 if signature == b"PK\x03\x04" else 46
                if out[at + name_at:at + name_at + len(name)] == name:
                    flags = struct.unpack("<H", out[at + offset:at + offset + 2])[0] | 1
                    out = out[:at + offset] + struct.pack("<H", flags) + out[at + offset + 2:]
                at = out.find(signature, at + 4)
    return out


def docx(text: str) -> bytes:
    """A minimal Word document whose text is split into runs, as Word does."""
    half = len(text) // 2
    xml = ('<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>'
           f'{text[:half]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{text[half:]}</w:t>'
           '</w:r></w:p></w:body></w:document>')
    return zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode()})


def pdf(content: bytes, info: bytes = b"", compress: bool = True) -> bytes:
    """A small PDF whose page content stream is `content` (Flate-compressed)."""
    stream = zlib.compress(content) if compress else content
    flate = b"/Filter /FlateDecode " if compress else b""
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"4 0 obj << " + flate + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n"
            + stream + b"\nendstream\nendobj\n5 0 obj << " + info + b" >> endobj\n"
            b"trailer << /Root 1 0 R /Info 5 0 R >>\n%%EOF\n")


def pdf_stream(filters: bytes, stream: bytes, extra: bytes = b"") -> bytes:
    """A PDF with one stream under the given `/Filter` value, written as given."""
    return (b"%PDF-1.5\n1 0 obj << /Type /Catalog >> endobj\n2 0 obj << /Filter " + filters
            + extra + b" /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
            + b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def box(kind: bytes, data: bytes) -> bytes:
    """An ISO media box (MP4, AVIF, HEIC)."""
    return struct.pack(">I", 8 + len(data)) + kind + data


def mp4(*boxes: bytes) -> bytes:
    """An MP4/AVIF-like file: `ftyp`, then the boxes."""
    return box(b"ftyp", b"isom\x00\x00\x02\x00isomavc1") + b"".join(boxes) + box(
        b"mdat", bytes(64))


def itunes_text(name: bytes, text: bytes) -> bytes:
    """A `moov/udta/meta/ilst` text atom such as ©cmt."""
    return box(b"moov", box(b"udta", box(b"meta", bytes(4) + box(b"ilst", box(
        b"\xa9" + name, box(b"data", b"\x00\x00\x00\x01" + bytes(4) + text))))))


def id3(frames: dict[bytes, bytes]) -> bytes:
    """An MP3 whose ID3v2.3 tag holds the frames (text in UTF-8, encoding byte 3)."""
    body = b"".join(name + struct.pack(">I", len(data) + 1) + b"\x00\x00" + b"\x03" + data
                    for name, data in frames.items())
    size = bytes((len(body) >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x03\x00\x00" + size + body + b"\xff\xfb\x90\x00" + bytes(400)


def opus(comment: bytes) -> bytes:
    """An Ogg Opus file's comment header (the page framing is not needed to find it)."""
    vendor = b"libopus 1.4"
    tags = (b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 1)
            + struct.pack("<I", len(comment)) + comment)
    return b"OggS\x00\x02" + bytes(20) + tags + bytes(100)


def tarred(members: dict[str, bytes]) -> bytes:
    """A tar archive (as a .tgz holds once gunzipped)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def wav(info: dict[bytes, bytes]) -> bytes:
    """A WAV file with a `LIST INFO` chunk."""
    entries = b"".join(key + struct.pack("<I", len(value)) + value + b"\x00" * (len(value) & 1)
                       for key, value in info.items())
    chunks = (b"fmt " + struct.pack("<I", 16) + bytes(16) + b"LIST"
              + struct.pack("<I", 4 + len(entries)) + b"INFO" + entries
              + b"data" + struct.pack("<I", 8) + bytes(8))
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def drawio(label: str) -> str:
    """A draw.io file whose one page holds a box labelled `label` (compressed, base64)."""
    xml = quote(f'<mxGraphModel><root><mxCell id="2" value="{label}"/></root></mxGraphModel>')
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    page = base64.b64encode(packer.compress(xml.encode()) + packer.flush()).decode()
    return ('<mxfile host="app.diagrams.net" etag="rV4Q7LQEYZy7KColp3-6"><diagram'
            f' id="yT0KEA8PIhWrCAc7c3B-">{page}</diagram></mxfile>')


def bomb() -> bytes:
    """A zip member of 60 MB of zeros: compresses about 1000 times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"0" * 60_000_000)
    return buffer.getvalue()


def nested(levels: int) -> bytes:
    """An e-mail address at the bottom of `levels` zips, one in the other."""
    data = EMAIL.encode()
    for level in range(levels):
        data = zipped({f"level{level}.zip" if level else "inner.txt": data})
    return data


# --------------------------------------------------------------------- the hostile files

SECRET_LINE = f"Escalate to {EMAIL}\n"
HOSTILE: list[tuple[str, bytes, str]] = [
    # (file, bytes, what `kbgen check` says about it, after "path[:line]: error: ")
    ("content/files/utf16-bom.txt", ("Notes\n" + SECRET_LINE).encode("utf-16"),
     "content/files/utf16-bom.txt:2: error: e-mail address (j"),
    ("content/files/utf16-le.csv", ("name,mail\nJane," + EMAIL + "\n").encode("utf-16-le"),
     "content/files/utf16-le.csv:2: error: e-mail address (j"),
    ("content/files/utf16-be.txt", SECRET_LINE.encode("utf-16-be"),
     "content/files/utf16-be.txt:1: error: e-mail address (j"),
    ("content/files/utf32.txt", SECRET_LINE.encode("utf-32"),
     "content/files/utf32.txt:1: error: e-mail address (j"),
    ("content/files/report.docx", docx(SECRET_LINE),
     "content/files/report.docx: error: in word/document.xml: e-mail address (j"),
    ("content/files/sheet.xlsx", zipped({"xl/sharedStrings.xml":
                                         f"<sst><si><t>{PHONE}</t></si></sst>".encode()}),
     "content/files/sheet.xlsx: error: in xl/sharedStrings.xml: phone number"),
    ("content/files/letter.odt", zipped({"content.xml": f"<text:p>{EMAIL}</text:p>".encode()}),
     "content/files/letter.odt: error: in content.xml: e-mail address (j"),
    ("content/files/logs.zip", zipped({"logs/app.log": SECRET_LINE.encode()}),
     "content/files/logs.zip: error: in logs/app.log: e-mail address (j"),
    ("content/files/log.txt.gz", gzip.compress(SECRET_LINE.encode()),
     "content/files/log.txt.gz: error: in (gzip): e-mail address (j"),
    ("content/files/manual.pdf", pdf(b"BT /F1 12 Tf (Escalate to ) Tj [(jane.private)-20"
                                     b"(@gmail.com)] TJ ET"),
     "content/files/manual.pdf: error: in PDF content: e-mail address (j"),
    ("content/files/moved.pdf", pdf(b"BT 72 700 Td (jane.private) Tj 40 0 Td (@gmail.com) Tj"
                                    b" ET"),
     "content/files/moved.pdf: error: in PDF content: e-mail address (j"),
    ("content/files/author.pdf", pdf(b"BT (Hello) Tj ET", info=b"/Author (" + EMAIL.encode()
                                     + b")"),
     "content/files/author.pdf: error: in PDF objects: e-mail address (j"),
    ("content/img/text-chunk.png", png((b"tEXt", b"Comment\x00" + SECRET_LINE.encode())),
     "content/img/text-chunk.png: error: in PNG tEXt Comment: e-mail address (j"),
    ("content/img/ztxt.PNG", png((b"zTXt", b"Author\x00\x00" + zlib.compress(EMAIL.encode()))),
     "content/img/ztxt.PNG: error: in PNG zTXt Author: e-mail address (j"),
    ("content/img/itxt.png", png((b"iTXt", b"Description\x00\x00\x00en\x00\x00"
                                  + SECRET_LINE.encode())),
     "content/img/itxt.png: error: in PNG iTXt Description: e-mail address (j"),
    ("content/img/comment.jpeg", jpeg((0xFE, SECRET_LINE.encode())),
     "content/img/comment.jpeg: error: in JPEG comment: e-mail address (j"),
    ("content/img/exif.jpg", jpeg((0xE1, b"Exif\x00\x00" + tiff(
        [(0x010F, 2, b"Canon\x00"), (0x013B, 2, EMAIL.encode() + b"\x00")]))),
     "content/img/exif.jpg: error: in JPEG EXIF: e-mail address (j"),
    ("content/img/gps.jpg", jpeg((0xE1, b"Exif\x00\x00" + tiff([(0x010F, 2, b"Canon\x00")],
                                                               gps=GPS))),
     "content/img/gps.jpg: error: JPEG EXIF holds GPS coordinates (where the picture was"
     " taken); remove its location"),
    ("content/img/xmp.jpg", jpeg((0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><dc:rights>"
                                  + EMAIL.encode() + b"</dc:rights></x:xmpmeta>")),
     "content/img/xmp.jpg: error: in JPEG XMP: e-mail address (j"),
    ("content/img/meta.webp", webp((b"XMP ", b"<x:xmpmeta>" + EMAIL.encode() + b"</x:xmpmeta>")),
     "content/img/meta.webp: error: in WebP XMP: e-mail address (j"),
    ("content/img/anim.gif", gif(SECRET_LINE.encode()),
     "content/img/anim.gif: error: in GIF comment: e-mail address (j"),
    ("content/img/png-is-text.png", SECRET_LINE.encode(),
     "content/img/png-is-text.png:1: error: e-mail address (j"),
    ("content/img/trailing.png", png(after=b"PK" + b"\n" + SECRET_LINE.encode()),
     "content/img/trailing.png: error: in (after the picture): e-mail address (j"),
    ("content/files/bomb.zip", bomb(),
     "content/files/bomb.zip: error: zeros.txt expands to more than kbgen reads (an archive"
     " bomb"),
    ("content/files/deep.zip", nested(5),
     "content/files/deep.zip: error: it holds containers nested more than 3 deep"),
    ("content/files/locked.zip", zipped({"secret.txt": b"hidden"}, encrypted="secret.txt"),
     "content/files/locked.zip: error: secret.txt is encrypted, so kbgen cannot check it"),
    ("content/files/notes.txt", b"---\ntitle: Escalations\ndraft: true\n---\nCall the lead.\n",
     "content/files/notes.txt:3: error: 'draft: true' marks this text unpublished"),
    ("content/files/plan.csv", b"---\nstatus: internal\n---\nstep,owner\n1,ops\n",
     "content/files/plan.csv:2: error: 'status: internal' marks this text unpublished"),
    ("content/files/export.json", b'{"title": "Plan", "internal": true, "steps": []}\n',
     "content/files/export.json:1: error: '{\"title\": \"Plan\", \"internal\": true,"),
    ("content/files/toml.txt", b"+++\nInternal = \"yes\"\n+++\nBody\n",
     "content/files/toml.txt:2: error: 'Internal = \"yes\"' marks this text unpublished"),
    ("content/files/ticket.txt", b"---\ntickets: [4411]\n---\nBody\n",
     "content/files/ticket.txt:2: error: 'tickets: [4411]' is a team-only key"),
    ("content/files/escalation.txt", b"Reset steps\n\n!!! internal\n    Ask Bob for the code.\n",
     "content/files/escalation.txt:3: error: an internal note would be published"),
    ("content/files/lookalike.txt", b"Reset steps\n\n!!! intern\xc3\xa1l\n    Ask Bob.\n",
     "content/files/lookalike.txt:3: error: '!!! intern"),
    ("content/files/notes.html.txt", ('<p class="internal">Ask Bob</p>\n').encode(),
     "content/files/notes.html.txt:1: error: the class 'internal' on HTML"),
    ("content/files/zipped-draft.zip", zipped({"notes.md": b"---\ndraft: yes\n---\nx\n"}),
     "content/files/zipped-draft.zip: error: in notes.md: 'draft: yes' marks this text"),
    ("content/files/homoglyph.txt", "Write to jаne.private@gmаil.com\n".encode(),
     "content/files/homoglyph.txt:1: error: e-mail address (j"),
    ("content/files/spelt.txt", b"Write to jane.private at gmail dot com\n",
     "content/files/spelt.txt:1: error: e-mail address (j"),
    ("content/files/hex.pdf", pdf_stream(b"/ASCIIHexDecode", (
        b"BT (" + EMAIL.encode() + b") Tj ET").hex().encode() + b">"),
     "content/files/hex.pdf: error: in PDF content: e-mail address (j"),
    ("content/files/a85.pdf", pdf_stream(b"[/ASCII85Decode /FlateDecode]", base64.a85encode(
        zlib.compress(b"BT (" + EMAIL.encode() + b") Tj ET"), adobe=True)),
     "content/files/a85.pdf: error: in PDF content: e-mail address (j"),
    ("content/files/lzw.pdf", pdf_stream(b"/LZWDecode", b"\x80\x0b\x60\x50"),
     "content/files/lzw.pdf: error: PDF has a stream compressed with /LZWDecode, which kbgen"
     " does not read"),
    ("content/files/attached.pdf", pdf_stream(b"/FlateDecode", zlib.compress(
        docx(SECRET_LINE)), extra=b" /Type /EmbeddedFile"),
     "content/files/attached.pdf: error: in PDF attachment/word/document.xml: e-mail address"),
    ("content/files/wide.docx", zipped({"word/document.xml": (
        f'<w:document><w:t>{EMAIL}</w:t></w:document>').encode("utf-16")}),
     "content/files/wide.docx: error: in word/document.xml: e-mail address (j"),
    ("content/img/photo.avif", mp4(box(b"meta", b"Exif\x00\x00" + tiff(
        [(0x010F, 2, b"Apple\x00")], gps=GPS))),
     "content/img/photo.avif: error: EXIF holds GPS coordinates"),
    ("content/img/photo.heic", mp4(box(b"meta", b"<x:xmpmeta><dc:creator>" + EMAIL.encode()
                                       + b"</dc:creator></x:xmpmeta>")),
     "content/img/photo.heic: error: in XMP: e-mail address (j"),
    ("content/media/walkthrough.mp4", mp4(box(b"udta", box(b"\xa9xyz", b"\x00\x11\x15\xc7"
                                                            b"+51.5074-000.1278/"))),
     "content/media/walkthrough.mp4: error: metadata: the file records where it was made"),
    ("content/media/demo.mov", mp4(itunes_text(b"cmt", SECRET_LINE.encode())),
     "content/media/demo.mov: error: in MP4 cmt: e-mail address (j"),
    ("content/media/voice.mp3", id3({b"TIT2": b"Reset guide", b"COMM": b"eng\x00"
                                     + SECRET_LINE.encode()}),
     "content/media/voice.mp3: error: in ID3: e-mail address (j"),
    ("content/media/voice.opus", opus(b"COMMENT=" + SECRET_LINE.encode()),
     "content/media/voice.opus: error: in comments: e-mail address (j"),
    ("content/files/photo.png.txt", SECRET_LINE.encode(),
     "content/files/photo.png.txt:1: error: e-mail address (j"),
    ("content/img/upper.JPEG", jpeg((0xE1, b"Exif\x00\x00" + tiff([], gps=GPS))),
     "content/img/upper.JPEG: error: JPEG EXIF holds GPS coordinates"),
    ("content/files/nul.txt", b"\x00" + SECRET_LINE.encode(),
     "content/files/nul.txt:1: error: e-mail address (j"),
    ("content/files/nuls.csv", b"name,mail\nJane,jane.private\x00@\x00gmail.com\n",
     "content/files/nuls.csv:2: error: e-mail address (j"),
    ("content/files/starts-like.txt", b"%PDF-1.4\n" + SECRET_LINE.encode(),
     "content/files/starts-like.txt:2: error: e-mail address (j"),
    ("content/img/embedded.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image'
     b'/jpeg;base64,' + base64.b64encode(jpeg((0xE1, b"Exif\x00\x00" + tiff([], gps=GPS))))
     + b'"/></svg>\n',
     "content/img/embedded.svg: error: data: URI JPEG EXIF holds GPS coordinates"),
    ("content/files/icons.json", b'{"icon": "data:image/png;base64,' + base64.b64encode(png(
        (b"tEXt", b"Comment\x00" + EMAIL.encode()))) + b'"}\n',
     "content/files/icons.json: error: in data: URI PNG tEXt Comment: e-mail address (j"),
    (f"content/files/{EMAIL}.txt", b"Hello\n",
     f"content/files/{EMAIL}.txt: error: the file's name would publish a e-mail address (j"),
    ("content/files/logs.tgz", gzip.compress(tarred({"logs/app.log": SECRET_LINE.encode()})),
     "content/files/logs.tgz: error: in (gzip)/logs/app.log: e-mail address (j"),
    ("content/files/log.bz2", bz2.compress(SECRET_LINE.encode()),
     "content/files/log.bz2: error: in (bzip2): e-mail address (j"),
    ("content/files/log.xz", lzma.compress(SECRET_LINE.encode()),
     "content/files/log.xz: error: in (xz): e-mail address (j"),
    ("content/files/backup.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40),
     "content/files/backup.7z: error: the file itself is a 7z archive, which kbgen does not open"),
    ("content/files/old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
     + SECRET_LINE.encode("utf-16-le") + bytes(500),
     "content/files/old.doc: error: in document text: e-mail address (j"),
    ("content/media/memo.wav", wav({b"ICMT": SECRET_LINE.encode(), b"INAM": b"Memo"}),
     "content/media/memo.wav: error: in RIFF INFO: e-mail address (j"),
    ("content/img/private-chunk.png", png((b"prVt", SECRET_LINE.encode())),
     "content/img/private-chunk.png: error: in PNG prVt: e-mail address (j"),
    ("content/img/favicon.ico", b"\x00\x00\x01\x00\x01\x00" + bytes(16) + png(
        (b"tEXt", b"Author\x00" + EMAIL.encode())),
     "content/img/favicon.ico: error: in picture PNG tEXt Author: e-mail address (j"),
    ("content/img/lightroom.jpg", jpeg((0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>"
                                        b'<rdf:Description exif:GPSLatitude="51,30.2N"/>'
                                        b"</x:xmpmeta>")),
     "content/img/lightroom.jpg: error: its XMP metadata holds GPS coordinates"),
    ("content/img/double-gps.jpg", jpeg((0xE1, b"Exif\x00\x00" + tiff([], gps=[
        (1, 2, b"N\x00"), (2, 12, struct.pack("<ddd", 51.0, 30.0, 0.0))]))),
     "content/img/double-gps.jpg: error: JPEG EXIF holds GPS coordinates"),
    ("content/img/xmp.gif", gif(b"x") [:13] + b"\x21\xffXMP DataXMP" + bytes([40])
     + b'<x:xmpmeta exif:GPSLongitude="0,7.6W"/>' + b"\x00\x3b",
     "content/img/xmp.gif: error: its XMP metadata holds GPS coordinates"),
    ("content/img/located.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><metadata>'
     b"<x:xmpmeta><exif:GPSLatitude>51,30.2N</exif:GPSLatitude></x:xmpmeta></metadata></svg>\n",
     "content/img/located.svg: error: its XMP metadata holds GPS coordinates"),
    ("content/files/links.docx", zipped({"word/_rels/document.xml.rels": (
        '<Relationships><Relationship Id="rId4" Target="mailto:' + EMAIL
        + '" TargetMode="External"/></Relationships>').encode()}),
     "content/files/links.docx: error: in word/_rels/document.xml.rels: e-mail address (j"),
    ("content/files/spans.odt", zipped({"content.xml": (
        '<text:p>Mail jane.private<text:span text:style-name="T1">@gmail</text:span>.com'
        '</text:p>').encode()}),
     "content/files/spans.odt: error: in content.xml: e-mail address (j"),
    ("content/img/attribute-xmp.jpg", jpeg((0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>"
                                            b'<rdf:Description Iptc4xmpCore:CiEmailWork="'
                                            + EMAIL.encode() + b'"/></x:xmpmeta>')),
     "content/img/attribute-xmp.jpg: error: in JPEG XMP: e-mail address (j"),
    ("content/img/diagram.png", png((b"tEXt", b"mxfile\x00" + quote(drawio(
        f"Escalate to {EMAIL}")).encode())),
     "content/img/diagram.png: error: in PNG tEXt mxfile draw.io diagram: e-mail address (j"),
    ("content/img/drawing.svg", (
        '<svg xmlns="http://www.w3.org/2000/svg"><desc>Drawn by ' + EMAIL
        + '</desc></svg>\n').encode(),
     "content/img/drawing.svg:1: error: e-mail address (j"),
]


PUBLISHED = ("index.html", "sitemap.xml", "404.html")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int, str]:
    """(project, `kbgen check` output, `kbgen build` exit code and output) of one project
    holding every hostile file, with a site published before."""
    root = tmp_path_factory.mktemp("hostile28")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/wifi/ok.md": article("Fine article"),
                       **{f"site/{name}": "published before\n" for name in PUBLISHED}})
    write_files(root, {path: data for path, data, _ in HOSTILE})
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        checked = runner.invoke(cli, ["check"])
        built = runner.invoke(cli, ["build"])
    assert checked.exit_code == 1 and "Traceback" not in checked.output, checked.output
    return root, checked.output, built.exit_code, built.output


@pytest.mark.parametrize(("path", "expected"), [(path, expected) for path, _, expected in HOSTILE],
                         ids=[path.rsplit("/", 1)[-1] for path, _, _ in HOSTILE])
def test_hostile_file_is_refused_by_name(hostile: tuple[Path, str, int, str], path: str,
                                         expected: str) -> None:
    root, checked, code, built = hostile
    shown = [line for line in checked.splitlines() if line.startswith(path)]
    assert any(line.startswith(expected) for line in shown), (expected, shown)
    assert code == 1 and expected in built, built


def test_failed_build_leaves_the_published_site(hostile: tuple[Path, str, int, str]) -> None:
    root, _, code, _ = hostile
    assert code == 1
    assert sorted(p.name for p in (root / "site").iterdir()) == sorted(PUBLISHED)
    assert all((root / "site" / name).read_text() == "published before\n"
               for name in PUBLISHED)


def test_private_values_are_never_printed(hostile: tuple[Path, str, int, str]) -> None:
    _, checked, _, built = hostile
    named = f"content/files/{EMAIL}.txt"  # the file's own name: the only way to point at it
    assert EMAIL not in checked.replace(named, "") and EMAIL not in built.replace(named, "")


# --------------------------------------------------------------------- benign files and pictures

BENIGN: dict[str, bytes] = {
    "content/img/plain.png": png(),
    "content/img/gimp.png": png((b"tEXt", b"Software\x00GIMP 2.10.36"),
                                (b"tEXt", b"Creation Time\x002026-11-02 10:14:00")),
    "content/img/camera.jpg": jpeg((0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
                                   (0xE1, b"Exif\x00\x00" + tiff([(0x010F, 2, b"Canon\x00"),
                                                                  (0x0110, 2, b"EOS R6\x00")]))),
    "content/files/manual.pdf": pdf(b"BT (Hold the reset button for ten seconds.) Tj ET",
                                    info=b"/Producer (LibreOffice 24.2)"),
    "content/files/prices.xlsx": zipped({"xl/sharedStrings.xml":
                                         b"<sst><si><t>Thermostat</t></si></sst>"}),
    "content/files/guide.docx": zipped({
        "word/document.xml": b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                             b'wordprocessingml/2006/main"><w:body><w:p w:rsidR="00A12B3C"'
                             b' w14:paraId="1A2B3C4D"><w:r><w:t>Hold the reset button for'
                             b' ten seconds.</w:t></w:r></w:p></w:body></w:document>',
        "word/_rels/document.xml.rels": b'<Relationships><Relationship Id="rId1" Target='
                                        b'"https://help.test.example/reset" TargetMode='
                                        b'"External"/></Relationships>',
        "docProps/core.xml": b"<cp:coreProperties><dc:creator>Support team</dc:creator>"
                             b"<cp:revision>3</cp:revision></cp:coreProperties>"}),
    "content/files/readme.txt.gz": gzip.compress(b"Unpack and run the installer.\n"),
    "content/files/wide.txt": "Support: see the article on resets.\n".encode("utf-16"),
    "content/files/data.json": b'{"title": "Plan", "draft": false, "status": "published"}\n',
    "content/media/intro.mp3": id3({b"TIT2": b"Resetting the thermostat",
                                    b"TPE1": b"Support team"}),
    "content/media/intro.mp4": mp4(itunes_text(b"nam", b"Pairing the hub")),
    "content/img/flow.png": png((b"tEXt", b"mxfile\x00" + quote(drawio(
        "Hub pairs with the thermostat")).encode())),
    "content/img/flow.svg": ('<svg xmlns="http://www.w3.org/2000/svg" content="'
                             + html.escape(drawio("Hub pairs with the thermostat"))
                             + '"><rect width="10" height="10"/></svg>\n').encode(),
    "content/fonts/brand.woff2": b"wOF2\x00\x01\x00\x00" + bytes(range(256)) * 8,
    "content/media/chime.wav": wav({b"INAM": b"Door chime"}),
    "content/files/manuals.tgz": gzip.compress(tarred({"manual.txt": b"Hold reset.\n"})),
}
REMOTE = """\
Tracked pictures below.

![pixel](https://tracker.example.net/p.gif?u=1)

<img src="HTTPS://cdn.example.org/x.png" alt="x">

<img src=" //evil.example.com/y.png">

![local](../../img/plain.png)

![ref][pix]

[pix]: http://ads.example.com/z.png
"""


@pytest.fixture(scope="module")
def benign(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """(project, `kbgen check` output, the article's published HTML)."""
    root = tmp_path_factory.mktemp("benign28")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/wifi/pictures.md": article("Pictures", body=REMOTE),
                       **BENIGN})
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        checked = runner.invoke(cli, ["check"])
        built = runner.invoke(cli, ["build"])
    assert built.exit_code == 0, built.output
    page = (root / "site/articles/wifi/pictures.html").read_text()
    return root, checked.output, page


def test_benign_files_pass_and_are_published(benign: tuple[Path, str, str]) -> None:
    root, checked, _ = benign
    assert " error: " not in checked, checked
    for path in BENIGN:
        assert (root / "site" / path.removeprefix("content/")).is_file(), path


REMOTE_LINES = {3: "https://tracker.example.net/p.gif", 5: "HTTPS://cdn.example.org/x.png",
                7: "//evil.example.com/y.png", 11: "http://ads.example.com/z.png"}
"""Line of the body: the URL named (a reference picture on its own line, not its definition's)."""


@pytest.mark.parametrize("line", sorted(REMOTE_LINES))
def test_remote_picture_is_warned_about_with_file_and_line(benign: tuple[Path, str, str],
                                                           line: int) -> None:
    _, checked, _ = benign
    body_line = article("Pictures", body="").count("\n") + 1
    where = f"content/articles/wifi/pictures.md:{body_line + line - 1}: warning: a picture"
    shown = [text for text in checked.splitlines() if text.startswith(where)]
    assert shown and REMOTE_LINES[line][:20] in shown[0], (where, checked)


def test_remote_pictures_are_not_published(benign: tuple[Path, str, str]) -> None:
    _, _, page = benign
    for url in REMOTE_LINES.values():
        host = url.split("//", 1)[1].split("/", 1)[0]
        assert host.lower() not in page.lower(), url
    assert "img/plain.png" in page


# --------------------------------------------------------------------- look-alike spellings

LOOKALIKES = [
    "Write to ｊａｎｅ.ｐｒｉｖａｔｅ＠ｇｍａｉｌ．ｃｏｍ today",  # fullwidth
    "Write to jаnе.privаtе@gmаil.cоm today",  # Cyrillic а е о
    "Write to jαne.private@gmαil.cοm today",  # Greek α ο
    "Write to 𝐣𝐚𝐧𝐞.𝐩𝐫𝐢𝐯𝐚𝐭𝐞@𝐠𝐦𝐚𝐢𝐥.𝐜𝐨𝐦 today",  # mathematical bold
    "Write to jane.pri\u200bvate@gmail\u200d.com today",  # zero-width
    "Write to jane.private at gmail dot com today",
    "Write to jane.private [at] gmail [dot] com today",
    "Write to jane.private (at) gmail (dot) com today",
    "Write to jane.private{at}gmail{dot}com today",
    "Write to jane.private AT gmail DOT com today",
    "Write to jane.private [at] gmail.com today",
    "Write to jane.private @ gmail . com today",
    "Write to j̲a̲n̲e̲.private@gmail.com today",  # combining low lines
    "Write to jane.private@gmail。com today",  # ideographic full stop
]
PHONE_LOOKALIKES = [
    "Call +44 ７９１１ １２３４５６ today",  # fullwidth digits
    "Call +44 𝟕𝟗𝟏𝟏 𝟏𝟐𝟑𝟒𝟓𝟔 today",  # mathematical digits
    "Call +44 ٧٩١١ ١٢٣٤٥٦ today",  # Arabic-Indic digits
    "Call +44 79\u200b11 123\u200c456 today",  # zero-width
    "Call +44 79l1 l23456 today",  # letter l for one
    "Call +44 79ll 123O56 today",  # letters for digits
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_address_is_found_on_its_line(text: str) -> None:
    found = scan(f"Intro\n\n{text}\n")
    assert [(f.line, f.kind) for f in found] == [(3, "e-mail address")], found


@pytest.mark.parametrize("text", PHONE_LOOKALIKES)
def test_lookalike_phone_is_found_on_its_line(text: str) -> None:
    found = scan(f"Intro\n\n{text}\n")
    assert [(f.line, f.kind) for f in found] == [(3, "phone number")], found


@pytest.mark.parametrize("text", [
    "Look at the router dot matrix display.",
    "Sign in at github.com and open Settings.",
    "Meet us at the stand (at) the fair.",
    "Привет, это обычный текст поддержки.",
    "Ελληνικό κείμενο για την υποστήριξη.",
    "Use the matrix product a @ b in NumPy.",
])
def test_ordinary_text_stays_clean(text: str) -> None:
    assert scan(text) == [], scan(text)


def test_folding_keeps_lines() -> None:
    text = "jаne\u2028x [at] y [dot] com"
    assert normalize_line(text).count("\n") == 0


# --------------------------------------------------------------------- the reader's bounds


READER_SHAPES: dict[str, Callable[[int], bytes]] = {
    "PDF escaped parentheses, never closed": lambda n: pdf(b"(" + b"\\(" * (50 * n),
                                                           compress=False),
    "PDF hex string, never closed": lambda n: pdf(b"<" + b"a1" * (50 * n), compress=False),
    "PDF streams without end": lambda n: b"%PDF-1.4\n" + b"<< >>\nstream\n" * n,
    "PDF nested parentheses": lambda n: pdf(b"(" * (20 * n) + b")" * (20 * n), compress=False),
    "EXIF markers in a binary file": lambda n: b"\x00\x00\x01\x00" + (
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff") * n,
    "PNG signatures in a binary file": lambda n: b"\x00\x00\x01\x00" + png() * n,
    "data: URIs in a text": lambda n: b"x data:a;base64,QUFB\n" * n,
    "spelt-out addresses": lambda n: b"jane at gmail dot " * (10 * n) + b"com\n",
}
"""Hostile shapes of copied files, as a function of a size; bench/hostile_shapes.py times them
at two sizes (the larger may take about four times as long, not sixteen)."""


@pytest.mark.parametrize("shape", READER_SHAPES)
def test_hostile_shapes_are_read_without_crashing_or_growing(shape: str) -> None:
    """Each shape is read (or refused) with text no larger than a small multiple of the file:
    the reader never goes back over what it read."""
    data = READER_SHAPES[shape](200)
    found = file_text(data)
    assert sum(len(text) for _, text in texts(found)) <= 4 * len(data) + 1000, shape
    scan(normalize_line(data.decode("latin-1")[:20_000]))


def test_damaged_files_are_refused_never_a_traceback() -> None:
    """Every hostile and benign file, cut short or with bytes changed (a fixed seed): the
    reader returns text or a refusal, never an exception."""
    rng = random.Random(28)
    for _, data, _ in [*HOSTILE, *(("", d, "") for d in BENIGN.values())]:
        if len(data) > 100_000:
            continue
        for attempt in range(40):
            mutated = bytearray(data[:rng.randrange(len(data) + 1)] if attempt % 3 == 0
                                else data)
            for _ in range(rng.randrange(1, 6) if attempt % 3 else 0):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            found = file_text(bytes(mutated))
            assert all(isinstance(text, str) for _, text in found.pieces)


def test_lying_zip_header_is_bounded() -> None:
    """A member whose header understates its size is stopped by the ratio, not read whole."""
    found = file_text(bomb())
    assert found.refusals and "archive bomb" in found.refusals[0]
    assert found.expanded == 0
