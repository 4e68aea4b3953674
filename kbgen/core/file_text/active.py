"""Code a copied document carries for the reader's program to run: a PDF's JavaScript, launch
and form-sending actions, Office and OpenDocument macros, an e-book's scripts, an RTF file's
embedded objects. The site publishes what helps readers, never what runs on their machines;
each is refused, naming what it is and how to publish the document without it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kbgen.core.file_text.base import _Refused

_PDF_NAME = re.compile(rb"/([^\s/\[\]<>(){}%]{1,127})")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
PDF_ACTIONS = {
    b"JavaScript": "JavaScript", b"JS": "JavaScript",
    b"Launch": "an action that starts a program",
    b"SubmitForm": "a form that sends what is typed into it to a server",
    b"ImportData": "an action that imports data from another file",
    b"RichMedia": "embedded media that runs (Flash)",
    b"XFA": "an XFA form, which runs scripts",
}
"""PDF names (keys or action types) of what a PDF reader runs or sends, and what they are."""
_SCRIPT_URI = re.compile(rb"/URI\s*\(\s*(?:javascript|vbscript|data):", re.I)
_ADVICE = "; export it again without it (print to PDF, or save as PDF/A), or remove the file"


def refuse_pdf_actions(label: str, dictionaries: Iterable[bytes]) -> None:
    """Refuse a PDF whose dictionaries (outside streams and in object streams) hold an
    action a reader would run; names written with `#xx` escapes (`/J#61vaScript`) too."""
    for text in dictionaries:
        if _SCRIPT_URI.search(text):
            raise _Refused(f"{label} has a link to a javascript: or data: address{_ADVICE}")
        if b"#" in text:
            text = _PDF_NAME.sub(lambda m: b"/" + _NAME_ESCAPE.sub(
                lambda e: bytes([int(e.group(1), 16)]), m.group(1)), text)
        for match in _PDF_NAME.finditer(text):
            what = PDF_ACTIONS.get(match.group(1))
            if what:
                raise _Refused(f"{label} holds {what}, which a PDF reader runs{_ADVICE}")


OFFICE, OPENDOCUMENT, EPUB = "Office Open XML", "OpenDocument", "EPUB"
_OFFICE_MACRO = re.compile(r"(?:^|/)vbaProject(?:Signature)?\.bin$", re.I)
"""Office Open XML's macros (`word/vbaProject.bin`: a .docm saved as .docx)."""
_OPENDOCUMENT_MACRO = re.compile(r"^(?:Basic/[^/]+/(?!script-lb\.xml$|dialog-lb\.xml$)[^/]+\.xml"
                                 r"|Scripts/.+)$")
"""OpenDocument's macros (`Basic/Standard/Module1.xml`, `Scripts/python/…`); not the library
lists it writes even when there is no macro."""
_BOOK_PAGE = (".xhtml", ".html", ".htm", ".svg")
_BOOK_SCRIPT = re.compile(rb"<script\b|\son[a-z]{3,30}\s*=|javascript:", re.I)


def document_kind(names: Iterable[str], mimetype: bytes) -> str:
    """What a zip archive is, by its parts: Office Open XML, OpenDocument, EPUB, or ""
    (a plain archive, whose members no program runs by opening it)."""
    if mimetype.startswith(b"application/epub+zip"):
        return EPUB
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return OPENDOCUMENT
    return OFFICE if "[Content_Types].xml" in names else ""


def refuse_active_member(name: str, member: str, content: bytes, kind: str) -> None:
    """Refuse a member (`member`, shown as `name`) of a document of `kind` that is a macro,
    or an e-book's page with a script."""
    if (kind == OFFICE and _OFFICE_MACRO.search(member)) or (
            kind == OPENDOCUMENT and _OPENDOCUMENT_MACRO.search(member)):
        raise _Refused(f"{name} is a macro, which an office program runs; save the document"
                       " without macros (as .docx, .xlsx, .pptx or .odt from a copy with the"
                       " macros removed), or remove the file")
    if kind == EPUB and member.lower().endswith(_BOOK_PAGE) and _BOOK_SCRIPT.search(content):
        raise _Refused(f"{name} has a script or event handler, which e-book readers run;"
                       " remove it from the book, or remove the file")


_OLE_MACROS = ("_VBA_PROJECT".encode("utf-16-le"),)
"""The stream every VBA project has (`Macros/VBA/_VBA_PROJECT` in Word, `_VBA_PROJECT_CUR/…` in
Excel), its name as the storage's directory writes it."""
_RTF_OBJECT = re.compile(rb"\\object(?:emb|link|autlink|ocx)|\\objdata|\\objupdate", re.I)


_OLE_PACKAGE = "\x01Ole10Native".encode("utf-16-le")
"""The stream of an OLE Package: a file of any kind (a program, a shortcut) wrapped to open
with a double click from inside a document (`word/embeddings/oleObject1.bin`, a `.doc`)."""


def refuse_ole_macros(label: str, data: bytes) -> None:
    """Refuse an OLE storage (an old Office file, or an object embedded in any Office file)
    that holds a VBA project or a packaged file."""
    if any(name in data for name in _OLE_MACROS):
        raise _Refused(f"{label} holds macros (a VBA project), which an office program runs;"
                       " save the document without macros as .docx, .xlsx or .pptx, or remove"
                       " the file")
    if _OLE_PACKAGE in data:
        raise _Refused(f"{label} packages a file (an OLE Package) that opens with a double"
                       " click inside the document; remove the object (attach the file"
                       " separately if readers need it), or remove the file")


def refuse_rtf_objects(label: str, data: bytes) -> None:
    """Refuse an RTF file with an embedded or linked object (a program's data the word
    processor hands to that program: the way RTF files carry exploits)."""
    if _RTF_OBJECT.search(data):
        raise _Refused(f"{label} embeds an object (\\object, \\objdata), which the word"
                       " processor opens with another program; save it again without the"
                       " object (or as .docx or .pdf), or remove the file")
