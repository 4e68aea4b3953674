"""Hostile review 50: variants of round 7's classes in the fields of copied files.

Round 7 read a copied text in each encoding a reader's program guesses; a picture's or a
recording's own fields were still read in one: an EXIF author or description in GBK or
Shift_JIS, EXIF's `JIS` user comment (`#j#a#n#e` is `ｊａｎｅ`), a JPEG or GIF comment, a PNG
`tEXt` in UTF-8 (read as Latin-1), a WAV's `INFO` title, an ID3 frame said to be Latin-1. A
text in ISO-2022-JP or HZ (seven bits, so valid UTF-8) showed `$B#j#a#n#e`. The fields read as
runs of ASCII alone (IPTC, private PNG chunks, JPEG `APPn` segments, old Office files) lost
every word in UTF-8 or UTF-16 beyond ASCII. In an SVG image, a CDATA section's ends split a
value. Every file sits in one project, checked once (`kbgen check`, no build).
"""

from __future__ import annotations

import gzip
import io
import random
import struct
import zipfile
import zlib

import pytest

from tests.conftest import MINI_CONFIG, article
from tests.hostile.test_hostile44 import OLE, check_copied, zipped
from tests.hostile.test_hostile46 import said_of
from tests.hostile.test_hostile48 import EMAIL, MOBILE, chunk, png, wide

NOTE_JA = "連絡先 " + wide(EMAIL)
NOTE_ZH = "联系人 " + wide(EMAIL)


def tiff(*entries: tuple[int, int, bytes]) -> bytes:
    """A little-endian TIFF (EXIF) directory of `(tag, type, value)` entries."""
    at = 8 + 2 + 12 * len(entries) + 4
    table, values = b"", b""
    for tag, kind, value in entries:
        count = len(value) // (2 if kind == 3 else 1)
        where = value.ljust(4, b"\x00") if len(value) <= 4 else struct.pack(
            "<I", at + len(values))
        values += value if len(value) > 4 else b""
        table += struct.pack("<HHI", tag, kind, count) + where
    return (b"II*\x00" + struct.pack("<IH", 8, len(entries)) + table + bytes(4) + values)


def jpeg(marker: int, segment: bytes) -> bytes:
    """A JPEG holding one segment `marker` (0xE1 EXIF, 0xED IPTC, 0xFE comment)."""
    return (b"\xff\xd8" + bytes([0xFF, marker]) + struct.pack(">H", len(segment) + 2) + segment
            + b"\xff\xd9")


def exif(*entries: tuple[int, int, bytes]) -> bytes:
    return jpeg(0xE1, b"Exif\x00\x00" + tiff(*entries))


def iptc(dataset: int, text: bytes) -> bytes:
    """A JPEG whose Photoshop segment holds one IPTC field (80 by-line, 120 caption)."""
    record = b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(text)) + text
    return jpeg(0xED, b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00"
                + struct.pack(">I", len(record)) + record)


def gif_comment(text: bytes) -> bytes:
    return b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x21\xfe" + bytes([len(text)]) + text + b"\x00;"


def wav_info(title: bytes) -> bytes:
    """A WAV file whose `LIST INFO` chunk names it `title` (INAM)."""
    name = b"INAM" + struct.pack("<I", len(title)) + title + b"\x00" * (len(title) & 1)
    info = b"LIST" + struct.pack("<I", 4 + len(name)) + b"INFO" + name
    return b"RIFF" + struct.pack("<I", 4 + len(info)) + b"WAVE" + info


def id3_latin1(text: bytes) -> bytes:
    """An MP3 whose ID3v2.3 comment frame says Latin-1 (encoding 0) and holds `text`."""
    body = b"\x00eng\x00" + text
    frame = b"COMM" + struct.pack(">IH", len(body), 0) + body
    return b"ID3\x03\x00\x00" + bytes([0, 0, len(frame) >> 7, len(frame) & 0x7F]) + frame


def jis(text: str) -> bytes:
    """`text` in JIS X 0208 double bytes without the escapes (as EXIF's `JIS` comment)."""
    return text.encode("iso2022_jp").replace(b"\x1b$B", b"").replace(b"\x1b(B", b"")


def gzip_extra(field: bytes) -> bytes:
    """A gzip whose header carries an extra field (`FEXTRA`) of `field`."""
    raw = gzip.compress(b"x")
    return (raw[:3] + bytes([raw[3] | 0x04]) + raw[4:10] + struct.pack("<H", len(field)) + field
            + raw[10:])


def zip_unicode_path(name: str) -> bytes:
    """A zip whose member `notes.txt` has Info-ZIP's Unicode Path field naming it `name`
    (what `unzip` shows instead)."""
    raw = name.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("notes.txt")
        info.extra = (struct.pack("<HHB", 0x7075, 5 + len(raw), 1)
                      + struct.pack("<I", zlib.crc32(b"notes.txt")) + raw)
        archive.writestr(info, b"x")
    return buffer.getvalue()


def local_extra_zip(extra: bytes) -> bytes:
    """A zip whose one member's local header alone carries `extra` (the directory's has none:
    Python reads the directory; other tools read the local headers)."""
    data = bytearray(zipped({"notes.txt": b"x"}))
    name = struct.unpack_from("<H", data, 26)[0]
    struct.pack_into("<H", data, 28, len(extra))
    data[30 + name:30 + name] = extra
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + len(extra))
    return bytes(data)


ARTIST, DESCRIPTION, USER_COMMENT = 0x013B, 0x010E, 0x9286
FIELDS = {
    # name: (bytes, what `kbgen check` must say of it)
    "exif-jis-comment.jpg": (exif((USER_COMMENT, 7, b"JIS\x00\x00\x00\x00\x00" + jis(wide(
        EMAIL)))), "e-mail address"),
    "exif-jis-escaped.jpg": (exif((USER_COMMENT, 7, b"JIS\x00\x00\x00\x00\x00"
                                   + NOTE_JA.encode("iso2022_jp"))), "e-mail address"),
    "exif-undefined-comment.jpg": (exif((USER_COMMENT, 7, bytes(8) + NOTE_JA.encode())),
                                   "e-mail address"),
    "exif-gbk-artist.jpg": (exif((ARTIST, 2, ("作者" + wide(MOBILE)).encode("gb18030")
                                  + b"\x00")), "phone number"),
    "exif-shift-jis-description.jpg": (exif((DESCRIPTION, 2, NOTE_JA.encode("shift_jis")
                                             + b"\x00")), "e-mail address"),
    "gbk-comment.jpg": (jpeg(0xFE, NOTE_ZH.encode("gb18030")), "e-mail address"),
    "shift-jis-comment.gif": (gif_comment(NOTE_JA.encode("shift_jis")), "e-mail address"),
    "utf8-text.png": (png(chunk(b"tEXt", b"Comment\x00" + NOTE_ZH.encode())), "e-mail address"),
    "gbk-text.png": (png(chunk(b"tEXt", b"Author\x00" + NOTE_ZH.encode("gb18030"))),
                     "e-mail address"),
    "gbk-title.wav": (wav_info(("录音 " + wide(MOBILE)).encode("gb18030")), "phone number"),
    "latin1-said-utf8.mp3": (id3_latin1(NOTE_ZH.encode()), "e-mail address"),
    # seven-bit texts: valid UTF-8, shown in Japanese or Chinese
    "iso-2022-jp.txt": ((NOTE_JA + "\n").encode("iso2022_jp"), "e-mail address"),
    "hz.txt": (("电话 " + wide(MOBILE) + "\n").encode("hz"), "phone number"),
    "iso-2022-jp.zip": (zipped({"notes.txt": (NOTE_JA + "\n").encode("iso2022_jp")}),
                        "e-mail address"),
    # runs of text beside binary data, in UTF-8 or UTF-16
    "iptc-utf8.jpg": (iptc(80, ("撮影 " + wide(EMAIL)).encode()), "e-mail address"),
    "private-chunk-utf8.png": (png(chunk(b"prVt", NOTE_ZH.encode())), "e-mail address"),
    "private-chunk-utf16.png": (png(chunk(b"prVt", f"Mail {EMAIL}".encode("utf-16-le"))),
                                "e-mail address"),
    "app5-utf16.jpg": (jpeg(0xE5, b"NOTE\x00" + f"Call {MOBILE}".encode("utf-16-le")),
                       "phone number"),
    "cjk-utf16.doc": (OLE + NOTE_ZH.encode("utf-16-le") + bytes(64), "e-mail address"),
    "cjk-utf16-be.doc": (OLE + NOTE_ZH.encode("utf-16-be") + bytes(64), "e-mail address"),
    # beside the files: a gzip's extra field, a zip's extra fields, a PNG text's keyword
    "extra-field.gz": (gzip_extra(b"AB" + struct.pack("<H", len(EMAIL)) + EMAIL.encode()),
                       "e-mail address"),
    "unicode-path.zip": (zip_unicode_path(f"{wide(EMAIL)}.txt"), "e-mail address"),
    "local-extra.zip": (local_extra_zip(b"KB" + struct.pack("<H", len(EMAIL)) + EMAIL.encode()),
                        "e-mail address"),
    "keyword.png": (png(chunk(b"tEXt", f"Call {MOBILE}".encode() + b"\x00x")), "phone number"),
    "zlib-after-the-end.png": (png() + zlib.compress(f"Mail {EMAIL}".encode()),
                               "e-mail address"),
    "itxt-language.png": (png(chunk(b"iTXt", b"Comment\x00\x00\x00" + EMAIL.encode()
                                    + b"\x00\x00hello")), "e-mail address"),
    # XML: a CDATA section's ends show nothing
    "cdata.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text y="5">'
                  b"jane.private@<![CDATA[gmail]]>.com</text></svg>\n", "e-mail address"),
}
BENIGN = {
    "benign-exif.jpg": exif((ARTIST, 2, b"Canon EOS 5D\x00"), (USER_COMMENT, 7, b"JIS\x00\x00"
                            b"\x00\x00\x00" + jis("風景写真"))),
    "benign-gbk-comment.jpg": jpeg(0xFE, "风景照片，二〇二四年".encode("gb18030")),
    "benign-text.png": png(chunk(b"tEXt", "Software\x00GIMP 2.10 — Café".encode())),
    "benign-iso-2022-jp.txt": "手順１：電源を切ります。\n".encode("iso2022_jp"),
    "benign-tilde-brace.txt": b"In Perl, write ~{ with care.\n" + b"Plain text.\n" * 50,
    "benign-iptc.jpg": iptc(120, "Café in Köln, 東京".encode()),
    "benign-cjk.doc": OLE + "第一步：关闭路由器电源。".encode("utf-16-le") + bytes(64),
    "benign-noise.png": png(chunk(b"prVt", random.Random(50).randbytes(20_000))),
}


ROUTER = "\n\n```\ninterface eth0\n  address 192.168.7.15/24\n  gateway 192.168.7.1\n```\n"
ARTICLES = {
    # a private network in CIDR in a code block: a lesson on addressing (a warning), unless
    # the sentence introducing the block places it with someone
    "janes-router": "Jane's router config:" + ROUTER,
    "lesson-router": "A router's config on a home network:" + ROUTER,
}


def articles() -> dict[str, bytes]:
    return {f"../articles/billing/{name}.md": article(f"Router {number}", body=(
        f"## Steps\n\n{body}")).encode() for number, (name, body) in enumerate(ARTICLES.items())}


def test_a_long_text_shifting_once_is_read_on_that_line_only() -> None:
    from kbgen.core.file_text import file_text

    text = (b"x = ~{a}\n" + ("连 " + wide(EMAIL)).encode("hz") + b"\n"
            + b"x = ~{b} # plain code\n" * 30_000)
    found = file_text(text, shown_as_text=True)
    assert found.refusals == []
    readings = [piece for where, piece in found.pieces if "read as" in where]
    assert len(readings) == 1 and wide(EMAIL) in readings[0], found.pieces[1:]
    assert len(readings[0].strip()) < 100, readings  # the line that shifts


def test_noise_read_for_text_runs_stays_near_its_ascii_runs() -> None:
    from kbgen.core.file_text.base import _PRINTABLE, _printable

    noise = random.Random(50).randbytes(300_000)
    ascii_only = sum(len(m.group()) + 1 for m in _PRINTABLE.finditer(noise))
    assert len(_printable(noise)) < 1.5 * ascii_only


def icc_profile(records: int, size: int) -> bytes:
    """An ICC profile whose `desc` tag (UTF-16 `mluc`) has `records` records, all pointing at
    the same `size` bytes."""
    table = b"".join(struct.pack(">2s2sII", b"en", b"US", size, 16 + 12 * records)
                     for _ in range(records))
    element = (b"mluc" + bytes(4) + struct.pack(">II", records, 12) + table
               + random.Random(50).randbytes(size))
    profile = bytes(128) + struct.pack(">I4sII", 1, b"desc", 144, len(element)) + element
    return struct.pack(">I", len(profile)) + profile[4:]


def fields_at_one_offset(count: int, size: int) -> bytes:
    """A TIFF of `count` ASCII entries all pointing at the same `size` bytes."""
    at = 8 + 2 + 12 * count + 4
    table = b"".join(struct.pack("<HHII", DESCRIPTION, 2, size, at) for _ in range(count))
    return b"II*\x00" + struct.pack("<IH", 8, count) + table + bytes(4) + b"Reset it. " * (
        size // 10)


def test_metadata_fields_pointing_at_the_same_bytes_are_refused_not_read_again() -> None:
    from kbgen.core.file_text import file_text

    for data in (fields_at_one_offset(1000, 10_000),  # 22 kB read as 10 MB on main
                 png(chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(
                     icc_profile(200, 20_000))))):  # 20 kB of profile read as 4 MB
        found = file_text(data)
        assert any("point at the same bytes" in refusal for refusal in found.refusals), found
        assert sum(len(text) for _, text in found.pieces) < 100_000
    honest = file_text(png(chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(
        icc_profile(3, 200)))))
    assert honest.refusals == []


# --------------------------------------------------------------------- web fonts


def brotli_stored(data: bytes) -> bytes:
    """`data` as a Brotli stream of uncompressed meta-blocks (RFC 7932, section 9.2): what any
    Brotli decoder reads, written without an encoder."""
    out, bits = bytearray(), []

    def put(value: int, count: int) -> None:
        bits.extend((value >> index) & 1 for index in range(count))

    def flush() -> None:  # pad to a byte
        bits.extend([0] * (-len(bits) % 8))
        out.extend(sum(bit << index for index, bit in enumerate(bits[at:at + 8]))
                   for at in range(0, len(bits), 8))
        bits.clear()

    put(0, 1)  # window of 16 bits
    for at in range(0, len(data), 65536):
        block = data[at:at + 65536]
        put(0, 1), put(0, 2), put(len(block) - 1, 16), put(1, 1)  # not last, 4 nibbles, stored
        flush()
        out.extend(block)
    put(1, 1), put(1, 1)  # last, empty
    flush()
    return bytes(out)


def name_table(*records: tuple[int, int, int, bytes]) -> bytes:
    """A font's `name` table of (platform, encoding, name id, bytes) records."""
    strings, table = b"", b""
    for platform, encoding, name, raw in records:
        table += struct.pack(">6H", platform, encoding, 0, name, len(raw), len(strings))
        strings += raw
    return struct.pack(">3H", 0, len(records), 6 + len(table)) + table + strings


def woff2(name: bytes, private: bytes = b"") -> bytes:
    """A WOFF 2 font of one `name` table (index 5, untransformed), and a private block."""
    stream = brotli_stored(name)
    directory = bytes([5]) + bytes([0x80 | len(name) >> 7, len(name) & 0x7F])
    body = directory + stream
    body += bytes(-len(body) % 4)
    offset = 48 + len(body)
    return (b"wOF2" + b"\x00\x01\x00\x00" + struct.pack(
        ">IHHIIHHIIIII", offset + len(private), 1, 0, 12 + 16 + len(name), len(stream), 1, 0,
        0, 0, 0, offset if private else 0, len(private)) + body + private)


def woff(metadata: bytes) -> bytes:
    """A WOFF 1.0 font of one `name` table (Roboto's) and zlib-compressed extended metadata."""
    name = name_table((3, 1, 1, "Roboto".encode("utf-16-be")))
    packed = zlib.compress(metadata)
    table_at = 44 + 20
    meta_at = table_at + len(name) + (-len(name) % 4)
    return (b"wOFF" + b"\x00\x01\x00\x00" + struct.pack(
        ">IHHIHHIIIII", meta_at + len(packed), 1, 0, 12 + 16 + len(name), 1, 0, meta_at,
        len(packed), len(metadata), 0, 0) + struct.pack(">4sIIII", b"name", table_at, len(name),
                                                        len(name), 0)
        + name + bytes(-len(name) % 4) + packed)


def mac_font(raw: bytes) -> bytes:
    """A TrueType font whose only table is a `name` table with one Macintosh record."""
    name = name_table((1, 1, 9, raw))  # Macintosh, Japanese: the designer
    return (b"\x00\x01\x00\x00" + struct.pack(">HHHH", 1, 16, 0, 0)
            + struct.pack(">4sIII", b"name", 0, 28, len(name)) + name)


FONTS = {
    "designer.woff2": (woff2(name_table((3, 1, 1, "Acme Sans".encode("utf-16-be")),
                                        (3, 1, 9, f"Jane {EMAIL}".encode("utf-16-be")))),
                       "e-mail address"),
    "private-block.woff2": (woff2(name_table((3, 1, 1, b"\x00A")), f"Call {MOBILE}".encode()),
                            "phone number"),
    "credits.woff": (woff(f'<metadata version="1.0"><credits><credit name="Jane"'
                          f' url="mailto:{EMAIL}"/></credits></metadata>'.encode()),
                     "e-mail address"),
    "mac-shift-jis.ttf": (mac_font(NOTE_JA.encode("shift_jis")), "e-mail address"),
    # bytes after the font's end by its own header
    "appended.woff2": (woff2(name_table((3, 1, 1, b"\x00A"))) + f"Mail {EMAIL}".encode(),
                       "e-mail address"),
    "appended.ttf": (mac_font(b"Acme") + bytes(8) + f"Call {MOBILE}".encode("utf-16-le"),
                     "phone number"),
}
BENIGN_FONTS = {
    "benign-font.woff2": woff2(name_table((3, 1, 1, "Open Sans".encode("utf-16-be")),
                                          (3, 1, 0, "© 2011 Google".encode("utf-16-be")))),
    "benign-font.woff": woff(b'<metadata version="1.0"><vendor name="Google"/></metadata>'),
}


COPIED = {**FIELDS, **FONTS}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding every hostile and benign file."""
    return check_copied(tmp_path_factory.mktemp("hostile50"), MINI_CONFIG, {
        **{name: data for name, (data, _) in COPIED.items()}, **BENIGN, **BENIGN_FONTS,
        **articles()})


@pytest.mark.parametrize("name", sorted(COPIED))
def test_a_field_is_read_in_each_encoding_a_reader_shows(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(COPIED[name][1] in line for line in said), (name, said or checked)


def test_benign_fields_pass(checked: str) -> None:
    assert not [line for line in checked.splitlines() if "benign" in line]


def test_a_private_network_introduced_as_someones_is_an_error(checked: str) -> None:
    said = {name: [line for line in checked.splitlines()
                   if line.startswith(f"content/articles/billing/{name}.md:")]
            for name in ARTICLES}
    assert any("error: internal IP address" in line for line in said["janes-router"]), said
    assert said["lesson-router"] and all(": warning: " in line
                                         for line in said["lesson-router"]), said
