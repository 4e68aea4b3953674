"""XML and XMP text in documents and pictures (tags dropped, ids left out, GPS refused) and
draw.io drawings kept in a picture or an SVG."""

from __future__ import annotations

import base64
import html
import re
import zlib
from urllib.parse import unquote

from kbgen.core.file_text.base import _BOMB, MAX_EXPANDED, MAX_RATIO, FileText, _Refused

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
