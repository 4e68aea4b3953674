"""Documents: PDF strings and streams, XML and XMP text, RTF, old Office files, draw.io drawings
and files in `data:` URIs."""

from __future__ import annotations

import base64
import codecs
import itertools
import re
import zlib
from collections.abc import Iterator

import kbgen.core.file_text as _package
from kbgen.core.file_text.active import refuse_ole_macros, refuse_pdf_actions
from kbgen.core.file_text.base import (
    _BOMB,
    MAX_DEPTH,
    MAX_EXPANDED,
    FileText,
    _inflate,
    _printable,
    _Refused,
)
from kbgen.core.file_text.encodings import _decode
from kbgen.core.file_text.markup import _xmp
from kbgen.core.file_text.media import _embedded
from kbgen.core.file_text.pdf_fonts import Decode, PdfFonts, stream_decoders

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
        _package._read(data, label, found, depth + 1)


def _ole(data: bytes, where: str, found: FileText, depth: int) -> None:
    """An old Office file (.doc, .xls, .ppt): its text runs, 8-bit and UTF-16."""
    label = f"{where} document text".strip()
    refuse_ole_macros(_package._named(where), data)
    found.pieces.append((label, _printable(data)))
    _embedded(data, where, found)




# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
_PDF_TOKEN = re.compile(rb"\\.|[()]", re.DOTALL)
_HEX_STRING = re.compile(rb"<([0-9A-Fa-f\s]{2,8000})>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_OCTAL_OR_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_OCTAL_DIGITS = frozenset(b"01234567")
MAX_PDF_STREAMS = 20_000


def _pdf(data: bytes, where: str, found: FileText, depth: int) -> None:
    """Literal and hex strings of the file's objects (metadata: `/Author (...)`) and of its
    content streams, inflated when compressed, read through the fonts' character maps where
    they have them (kbgen.core.file_text.pdf_fonts); XMP metadata streams as XML."""
    label = f"{where} (PDF)" if where else "PDF"
    outside: list[bytes] = []
    contents: list[bytes] = []
    fonts = PdfFonts()
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
        number = _OBJECT_NUMBER.search(data, max(position, opened - 24), max(opened + 4, 0))
        body = _pdf_stream(header, data[start.end():end], label, found, depth)
        if body is not None and _FONT_PROGRAM.search(header):
            fonts.add_program(int(number.group(1)) if number else None, body)
        elif body is not None:
            contents.append(body)
            fonts.add_stream(int(number.group(1)) if number else None, header, body)
        position = end + len(_ENDSTREAM)
    rest = b"\n".join(outside)
    if b"/Encrypt" in rest:
        raise _Refused(f"{label} is encrypted, so kbgen cannot check it for personal data or"
                       " secrets; publish it unencrypted (or not at all)")
    fonts.add_objects(rest)
    refuse_pdf_actions(label, [rest, *fonts.objects.values()], fonts.objects)
    _pdf_contents(contents, fonts, label, found, rest)
    found.pieces.append((f"{label} objects", _pdf_strings(rest)))


_OBJECT_NUMBER = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_FONT_PROGRAM = re.compile(rb"/Length1\b|/Subtype\s*/OpenType\b")
"""A TrueType (`/FontFile2`, with `/Length1`) or OpenType font program: read for its glyphs'
characters (kbgen.core.file_text.truetype); Type 1 and CFF programs are not."""


_SHOWS_TEXT = re.compile(rb"[)>\]]\s*(?:Tj|TJ|'|\")")
_SEGMENT = re.compile(rb"[\d.]\s+(?:[lcvy]|re)\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
MAX_SHAPES_WITHOUT_TEXT = 100
"""Path segments (lines, curves, rectangles) a PDF with no text may draw: a rule, a frame or a
logo, not a page of outlined letters (about 20 segments a character)."""


def _pdf_contents(contents: list[bytes], fonts: PdfFonts, label: str, found: FileText,
                  objects: bytes) -> None:
    """The text of each content stream as its strings' bytes say, and as its fonts' maps
    read them; refused if a font's codes cannot be read as characters, or if the file draws
    no text but shapes or pictures that may be text (`objects`: the file outside streams)."""
    if fonts.unreadable():
        raise _Refused(f"{label} draws text with a font that has no map to characters"
                       " (/ToUnicode), so kbgen cannot read it to check it for personal data or"
                       " secrets; export the PDF again with text that can be copied, or remove"
                       " it")
    if not any(map(_SHOWS_TEXT.search, contents)) and (
            _IMAGE.search(objects) or sum(len(_SEGMENT.findall(body)) for body in contents)
            >= MAX_SHAPES_WITHOUT_TEXT):
        raise _Refused(f"{label} has no text that can be read, only shapes or pictures (text"
                       " converted to outlines, or a scan), so kbgen cannot check it for personal"
                       " data or secrets; export it again with its text (not as outlines), run"
                       " text recognition on a scan, or publish a picture (PNG, JPEG) in an"
                       " article, where reviewers see it")
    by_name = fonts.fonts_by_name()
    for body in contents:
        plain = _pdf_strings(body)
        found.pieces.append((f"{label} content", plain))
        for decode in stream_decoders(body, by_name, _pdf_decode):
            mapped = _pdf_strings(body, decode)
            if mapped != plain:
                found.pieces.append((f"{label} content", mapped))


_FILTER = re.compile(rb"/(FlateDecode|Fl|ASCIIHexDecode|AHx|ASCII85Decode|A85|RunLengthDecode|RL"
                     rb"|LZWDecode|LZW|DCTDecode|DCT|JPXDecode|CCITTFaxDecode|CCF|JBIG2Decode"
                     rb"|Crypt)\b")
_BINARY_STREAM = re.compile(rb"/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType|Image)"
                            rb"|/Type\s*/XRef")


def _pdf_stream(header: bytes, body: bytes, label: str, found: FileText, depth: int
                ) -> bytes | None:
    """One stream with its filters undone in order: a JPEG read as a picture, an embedded
    file as a file, XMP as XML, fonts and other pictures skipped; the rest returned, to be
    read as strings once the file's fonts are known."""
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
            _package._read(body, f"{label} picture", found, depth)
            return None
        elif name in (b"JPXDecode", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode"):
            return None  # picture data only
        else:
            raise _Refused(f"{label} has a stream compressed with /{name.decode()}, which kbgen"
                           " does not read, so it cannot be checked for personal data; export"
                           " the PDF again (standard compression), or remove it")
    if b"/EmbeddedFile" in header:
        _package._read(body, f"{label} attachment", found, depth)
    elif b"<x:xmpmeta" in body or b"<rdf:RDF" in body:
        found.pieces.append((f"{label} metadata", _xmp(_decode(body), label)))
    elif not _BINARY_STREAM.search(header) or _FONT_PROGRAM.search(header):
        return _unpredicted(body, header, label) if b"/Predictor" in header else body
    return None


_PARAMETER = re.compile(rb"/(Predictor|Columns|Colors|BitsPerComponent)\s+(\d{1,6})")


MAX_PREDICTED = 1024 * 1024
"""Bytes of a text stream (not a picture) read through a predictor: producers use predictors
for pictures and cross-reference tables, never for page text."""


def _unpredicted(body: bytes, header: bytes, label: str) -> bytes:
    """A stream's bytes with its `/DecodeParms` predictor undone: PNG's (each row a filter
    byte, then differences from the left, upper or both neighbours) or TIFF's 2 (each byte
    a difference from its left neighbour, 8-bit components); what a reader draws from."""
    parameters = {key: int(value) for key, value in _PARAMETER.findall(header)}
    predictor = parameters.get(b"Predictor", 1)
    if predictor < 2:
        return body
    if len(body) > MAX_PREDICTED:
        raise _Refused(f"{label} has a text stream of more than {MAX_PREDICTED // 2**20} MB"
                       " written with a predictor, which kbgen does not read; export the PDF"
                       " again, or remove it")
    pixel = max(1, parameters.get(b"Colors", 1) * parameters.get(b"BitsPerComponent", 8) // 8)
    width = max(1, -(-parameters.get(b"Columns", 1) * parameters.get(b"Colors", 1)
                     * parameters.get(b"BitsPerComponent", 8) // 8))
    if predictor == 2:
        rows = [bytearray(body[at:at + width]) for at in range(0, len(body), width)]
        for row in rows:
            for index in range(pixel, len(row)):
                row[index] = (row[index] + row[index - pixel]) & 0xFF
        return b"".join(rows)
    out, previous = bytearray(), bytearray(width)
    for at in range(0, len(body), width + 1):
        kind, row = body[at], bytearray(body[at + 1:at + 1 + width].ljust(width, b"\0"))
        for index in range(width):
            left = row[index - pixel] if index >= pixel else 0
            up, corner = previous[index], previous[index - pixel] if index >= pixel else 0
            row[index] = (row[index] + (left if kind == 1 else up if kind == 2 else
                                        (left + up) // 2 if kind == 3 else
                                        _paeth(left, up, corner) if kind == 4 else 0)) & 0xFF
        out += row
        previous = row
    return bytes(out)


def _paeth(left: int, up: int, corner: int) -> int:
    estimate = left + up - corner
    near = min((abs(estimate - left), 0, left), (abs(estimate - up), 1, up),
               (abs(estimate - corner), 2, corner))
    return near[2]


def _pdf_strings(data: bytes, decode: Decode | None = None) -> str:
    """Every `(literal)` and `<hex>` string, decoded (UTF-16 with a mark, else Latin-1, or by
    `decode`, given each string's position and bytes), as
    the page shows them: a `TJ` array's pieces joined (a space where the gap is a word's),
    strings on one text line joined by spaces, and a new line where the text moves to another
    line (`T*`, `Td`, `TD`, `Tm`, `'`, `"`, a new text object) or a new dictionary key."""
    decode = decode or (lambda _start, raw: _pdf_decode(raw))
    pieces = [(start, end, decode(start, _OCTAL_OR_ESCAPE.sub(_unescape, data[start:end])))
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
                       decode(match.start(1), bytes.fromhex(digits.decode("ascii")))))
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
    if value[0] in _OCTAL_DIGITS:  # `\8` is `8`
        return bytes([int(value, 8) & 0xFF])
    return _ESCAPES.get(value, value if value not in (b"\n", b"\r") else b"")


def _pdf_decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")
