"""Hostile review 48: copied files whose text shows only in the encoding a reader's program
guesses, and what archives and pictures carry beside their files.

A text that is not UTF-8 was read as UTF-8 with every other byte replaced: Chinese in GB18030
or Big5, Japanese in Shift_JIS or EUC-JP, Korean in EUC-KR, a Windows code page, or UTF-16 of
any script but Latin without a byte order mark showed nothing but `�` to the gate, while an
editor or a browser shows full-width `ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ`, a mobile number or `密码是…`.
A tar member's pax header and owner, and a PNG chunk of compressed text, were not read. In an
article, an HTML tag broken over two lines hid the value around it (`jane.private@<span` /
`class="x">gmail.com</span>`), and so did an address's two halves in two table cells. Every
file and article sits in one project, checked once (`kbgen check`, no build).
"""

from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib

import pytest

from tests.conftest import MINI_CONFIG, article
from tests.hostile.test_hostile44 import check_copied, zipped
from tests.hostile.test_hostile46 import gzip_named, said_of

EMAIL, MOBILE = "jane.private@gmail.com", "+44 7911 123456"


def wide(text: str) -> str:
    """`text` in full-width forms (`ｊａｎｅ`), as CJK input methods type it."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


NOTE_ZH = "联系人张三的邮箱是" + wide(EMAIL) + "，请勿外传。\n"
NOTE_JA = "お問い合わせ：" + wide(EMAIL) + " 電話：" + wide(MOBILE) + "\n"

LATIN1_SVG = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
              ' viewBox="0 0 10 10"><title>Café</title>\n<path d="M 0207 9460 L 1234 5678"/>\n'
              '<text x="1" y="2">{text}</text></svg>\n')
"""An SVG image saved in Latin-1 (a path's coordinates read as a London number in text)."""

ENCODED = {
    # name: (bytes, what `kbgen check` must say of it)
    "contact-gb18030.txt": (("电话：" + wide(MOBILE) + "\n").encode("gb18030"), "phone number"),
    "password-gb18030.txt": ("服务器密码是hunter2024\n".encode("gb18030"), "password"),
    "contact-big5.txt": (("聯絡人電話：" + wide(MOBILE) + "\n").encode("big5"), "phone number"),
    "contact-shift-jis.txt": (NOTE_JA.encode("shift_jis"), "e-mail address"),
    "contact-euc-jp.txt": (NOTE_JA.encode("euc_jp"), "phone number"),
    "contact-euc-kr.txt": (("연락처: " + wide(EMAIL) + "\n").encode("euc_kr"), "e-mail address"),
    # a Windows editor's no-break spaces (0xA0) between the groups
    "mobile-cp1252.txt": (("Mobil: " + MOBILE.replace(" ", "\xa0") + "\n").encode("cp1252"),
                          "phone number"),
    "contact-utf16le.txt": ((NOTE_ZH * 3).encode("utf-16-le"), "e-mail address"),
    "contact-utf16be.csv": (("名前,电话\n张三," + wide(MOBILE) + "\n").encode("utf-16-be"),
                            "phone number"),
    "contact-utf16-spaces.txt": (("联系人 张三 邮箱 " + wide(EMAIL) + "\n").encode("utf-16-le"),
                                 "e-mail address"),
    "mobile-latin1.svg": (LATIN1_SVG.format(text="Mobil: " + MOBILE.replace(" ", "\xa0"))
                          .encode("latin-1"), "phone number"),
    "contact-gb18030.zip": (zipped({"notes.txt": NOTE_ZH.encode("gb18030")}), "e-mail address"),
    "contact-utf16.zip": (zipped({"notes.txt": (NOTE_ZH * 3).encode("utf-16-le")}),
                          "e-mail address"),
}
BENIGN = {
    "benign-manual-gb18030.txt": "第一步：关闭路由器电源。第二步：等待１０秒。\n".encode("gb18030"),
    "benign-manual-shift-jis.txt": "手順１：電源を切ります。手順２：３０秒待ちます。\n"
    .encode("shift_jis"),
    "benign-manual-utf16le.txt": ("第一步：关闭路由器电源。第二步：等待十秒。\n" * 4)
    .encode("utf-16-le"),
    "benign-greeting-cp1252.txt": "Grüße aus Köln: Router zurücksetzen, 30 Sekunden warten.\n"
    .encode("cp1252"),
    "benign-latin1.svg": LATIN1_SVG.format(text="Menü").encode("latin-1"),
    "benign-ascii-even.txt": b"Bush hid the facts",  # UTF-8 (ASCII): never read as UTF-16
}


# --------------------------------------------------------------------- beside the files


def tarred(info: tarfile.TarInfo, tar_format: int) -> bytes:
    """A gzipped tar of one one-byte member described by `info`."""
    buffer = io.BytesIO()
    info.size = 1
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tar_format) as archive:
        archive.addfile(info, io.BytesIO(b"x"))
    return buffer.getvalue()


def with_pax(headers: dict[str, str]) -> bytes:
    info = tarfile.TarInfo("notes.txt")
    info.pax_headers = headers
    return tarred(info, tarfile.PAX_FORMAT)


def owned_by(user: str, group: str = "staff") -> bytes:
    info = tarfile.TarInfo("notes.txt")
    info.uname, info.gname = user, group
    return tarred(info, tarfile.GNU_FORMAT)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(*chunks: bytes) -> bytes:
    """A 1x1 grey PNG with `chunks` before its pixels."""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + b"".join(chunks) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def zip_named(raw: bytes, comment: bytes = b"") -> bytes:
    """A zip holding one member whose name is the bytes `raw`, without the flag that says
    UTF-8 (as Windows' and older tools write names, in the computer's own code page)."""
    placeholder = b"n" * len(raw)
    data = zipped({placeholder.decode(): b"x"})
    if comment:
        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.comment = comment
        data = buffer.getvalue()
    return data.replace(placeholder, raw)


def gzip_raw_name(raw: bytes) -> bytes:
    """A gzip whose header names the original file with the bytes `raw` (Latin-1 by the
    format, the computer's own code page in practice)."""
    return gzip_named("n" * len(raw), b"x").replace(b"n" * len(raw), raw, 1)


def tar_named(raw: bytes) -> bytes:
    """A tar holding one member whose name is the bytes `raw`."""
    info = tarfile.TarInfo(raw.decode("utf-8", errors="surrogateescape"))
    return tarred(info, tarfile.GNU_FORMAT)


BESIDE = {
    "unflagged-utf8-name.zip": (zip_named(f"{wide(EMAIL)}.txt".encode()), "e-mail address"),
    "gbk-name.zip": (zip_named(f"联系{wide(MOBILE)}.txt".encode("gb18030")), "phone number"),
    "gbk-comment.zip": (zip_named(b"notes.txt", f"联系：{wide(EMAIL)}".encode("gb18030")),
                        "e-mail address"),
    "gbk-name.txt.gz": (gzip_raw_name(f"联系{wide(EMAIL)}".encode("gb18030")), "e-mail address"),
    # an MP3's ID3 version 1 tag (fixed fields, the player's code page) by a GBK tagger
    "gbk-id3.mp3": (b"\xff\xfb\x90\x00" + bytes(400) + b"TAG" + b"".join(
        field.encode("gb18030").ljust(30, b"\x00") for field in (
            "录音", wide("jane@gmail.com"), "客服")) + b"2024" + bytes(30) + b"\x0c",
                    "e-mail address"),
    "shift-jis-name.tar.gz": (tar_named(f"{wide(EMAIL)}.txt".encode("shift_jis")),
                              "e-mail address"),
    "pax-comment.tar.gz": (with_pax({"comment": f"Call {MOBILE}"}), "phone number"),
    "pax-own-key.tar.gz": (with_pax({"KBGEN.note": f"owner {EMAIL}"}), "e-mail address"),
    "owner.tar.gz": (owned_by(EMAIL), "e-mail address"),
    "group.tar.gz": (owned_by("jane", f"tel {MOBILE}"), "phone number"),
    "packed-chunk.png": (png(chunk(b"prVt", zlib.compress(f"Call {MOBILE}".encode()))),
                         "phone number"),
    "packed-chunk-utf16.png": (png(chunk(b"noTe", zlib.compress(EMAIL.encode("utf-16")))),
                               "e-mail address"),
    "packed-chunk-in.zip": (zipped({"shot.png": png(chunk(b"prVt", zlib.compress(
        f"Mail {EMAIL}".encode())))}), "e-mail address"),
}
BENIGN.update({
    "benign-owner.tar.gz": owned_by("builder", "users"),
    "benign-pax.tar.gz": with_pax({"mtime": "1733400000.5", "comment": "release 2.4"}),
    "benign-chunk.png": png(chunk(b"prVt", zlib.compress(b"layer 1; opacity 80"))),
    "benign-gbk-name.zip": zip_named("说明书.txt".encode("gb18030"), "路由器".encode("gb18030")),
})


COPIED = {**ENCODED, **BESIDE}


# --------------------------------------------------------------------- markup around a value

SPLIT = {
    # article: (body, what `kbgen check` must say of it)
    "tag-after-at": ('Mail jane.private@<span\nclass="x">gmail.com</span> today.', "e-mail"),
    "tag-before-at": ('Mail jane.private<span\nclass="x">@gmail.com</span> today.', "e-mail"),
    "closing-tag": ('Mail <a\nhref="#x">jane.private</a\n>@gmail.com today.', "e-mail"),
    "tag-over-lines": ('Call +44 7911<span\nclass="x"\ntitle="y">123456</span> now.', "phone"),
    "card-in-tag": ("Card 4111 1111<i\n>1111 1111 was charged.", "payment card"),
    "cells": ("| name | domain |\n|---|---|\n| jane.private | @gmail.com |", "e-mail"),
}
BENIGN_SPLIT = {
    "benign-tag": 'Write to <b\nclass="x">support</b> today, or call us.',
    "benign-cells": "| user | host |\n|---|---|\n| root | @localhost |",
}


def articles() -> dict[str, bytes]:
    """Each SPLIT and BENIGN_SPLIT body as an article of its own (under `../articles/`)."""
    bodies = {**{name: body for name, (body, _) in SPLIT.items()}, **BENIGN_SPLIT}
    return {f"../articles/billing/{name}.md": article(
        f"Article {number}", body=f"## Steps\n\n{body}\n").encode()
        for number, (name, body) in enumerate(bodies.items())}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding every hostile and benign file and article."""
    return check_copied(tmp_path_factory.mktemp("hostile48"), MINI_CONFIG, {
        **{name: data for name, (data, _) in COPIED.items()}, **BENIGN, **articles()})


@pytest.mark.parametrize("name", sorted(COPIED))
def test_text_in_other_encodings_and_beside_the_files_is_read(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(COPIED[name][1] in line for line in said), (name, said or checked)


def test_benign_files_pass(checked: str) -> None:
    assert not [line for line in checked.splitlines() if "benign" in line]


@pytest.mark.parametrize("name", sorted(SPLIT))
def test_a_value_around_markup_broken_over_lines_is_read_as_shown(checked: str,
                                                                  name: str) -> None:
    said = [line for line in checked.splitlines()
            if line.startswith(f"content/articles/billing/{name}.md:")]
    assert any(SPLIT[name][1] in line for line in said), (name, said or checked)


def test_a_long_text_in_no_utf8_is_refused_not_read_in_every_encoding() -> None:
    from kbgen.core.file_text import file_text

    long_text = ("第一步：关闭路由器电源。\n" * 20_000).encode("gb18030")  # 0.5 MB
    refusals = file_text(long_text, shown_as_text=True).refusals
    assert any("is not UTF-8 text" in refusal and "save it as UTF-8" in refusal
               for refusal in refusals), refusals
    assert file_text(("第一步：关闭路由器电源。\n" * 1000).encode("gb18030")).refusals == []
