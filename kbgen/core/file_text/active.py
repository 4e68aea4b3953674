"""Code a copied document carries for the reader's program to run: a PDF's JavaScript, launch
and form-sending actions, Office and OpenDocument macros, an e-book's scripts, an RTF file's
embedded objects. The site publishes what helps readers, never what runs on their machines;
each is refused, naming what it is and how to publish the document without it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

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
_ADVICE = "; export it again without it (print to PDF, or save as PDF/A), or remove the file"
_ADDRESS = re.compile(rb"/(URI|F|UF)\s*(\((?:[^()\\]|\\.){0,80}|<[0-9A-Fa-f\s]{0,200})",
                      re.DOTALL)
"""The start of an address or file name (enough to read its scheme)."""
_UNSAFE_SCHEME = re.compile(r"(?:javascript|vbscript|data):|(?:file:)?(?://(?!/[^/])|\\\\)", re.I)
"""A script or data address, or a file on another computer (`file://host/`, `\\\\host\\share`,
`//host/`), whose opening sends the reader's Windows credentials to that host; a file on the
reader's own computer (`file:///C:/…`, a printed page's links) is harmless."""
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{1,40}):")
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel", "file", "ftp", "ftps", "sftp", "news",
                          "nntp", "irc", "ircs", "xmpp", "sip", "sips", "sms", "geo"})
"""Schemes a PDF's links may use: an article's (kbgen.core.sanitize.URL_SCHEMES), a file on the
reader's own computer and the internet's older services (manuals link to `ftp:` and `news:`);
not a program's own handler (`ms-msdt:`, `search-ms:`), which opens that program."""
_TRIGGER = re.compile(rb"/(OpenAction|AA)\b")
_ACTION_TYPE = re.compile(rb"/S\s*/(URI|GoToR|GoToE|Rendition|Sound|Movie)\b")
_REFERENCE = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+R\b")
MAX_TRIGGER = 4000
"""Bytes of a trigger's dictionary read (its actions are found by reference beyond them)."""


def refuse_pdf_actions(label: str, dictionaries: Iterable[bytes],
                       objects: dict[int, bytes] | None = None) -> None:
    """Refuse a PDF whose dictionaries (outside streams and in object streams) hold an
    action a reader would run, an address a click would run or send credentials to, or an
    action that opens an address by itself (when the file or a page opens, or the pointer
    passes); names written with `#xx` escapes (`/J#61vaScript`) and addresses written in hex
    or with escapes too. `objects` (by number) resolve the actions' references."""
    objects = {number: _unescaped_names(text) for number, text in (objects or {}).items()}
    actions: dict[int, str] = {}
    for text in map(_unescaped_names, dictionaries):
        for match in _ADDRESS.finditer(text):
            address = re.sub(r"[\x00-\x20]", "", _pdf_string(match.group(2)))
            scheme = _SCHEME.match(address) if match.group(1) == b"URI" else None
            if _UNSAFE_SCHEME.match(address) or (
                    scheme and scheme.group(1).lower() not in LINK_SCHEMES):
                raise _Refused(f"{label} has a link to a javascript: or data: address, a"
                               " program's own scheme, or a file on another computer"
                               f" ({address[:60]}){_ADVICE}")
        for match in _PDF_NAME.finditer(text):
            what = PDF_ACTIONS.get(match.group(1))
            if what:
                raise _Refused(f"{label} holds {what}, which a PDF reader runs{_ADVICE}")
        action = _opened_by_itself(text, objects, actions)
        if action:
            raise _Refused(f"{label} opens an address or another file by itself"
                           f" ({action}: a request to a server whenever it is read){_ADVICE}")


def _opened_by_itself(text: bytes, objects: dict[int, bytes],
                      actions: dict[int, str]) -> str:
    """What a trigger (`/OpenAction`, `/AA`) of `text` runs by itself that opens an address
    (`/OpenAction with a /URI action`), or "": its value (an action, or a dictionary of
    triggers: `/AA << /O 12 0 R >>`), the actions that value refers to, and the ones those
    run next (`/Next`); never a destination's page (`[3 0 R /Fit]`). Each trigger's value is
    read once (a trigger inside another's value is read with it), each object once
    (`actions`: object number -> the address-opening action it holds, or "")."""
    end = 0
    for match in _TRIGGER.finditer(text):
        if match.start() < end:
            continue
        value = _value(text, match.end())
        end = match.end() + len(value)
        found = _ACTION_TYPE.search(value)
        kind = f"/{found.group(1).decode()}" if found else next(
            (kind for number in _REFERENCE.findall(value)
             if (kind := _object_action(int(number), objects, actions))), "")
        if kind:
            return f"/{match.group(1).decode()} with a {kind} action"
    return ""


def _object_action(number: int, objects: dict[int, bytes], actions: dict[int, str]) -> str:
    """The address-opening action object `number` holds, or the actions it runs next hold."""
    if number not in actions:
        actions[number] = ""
        text = objects.get(number, b"")
        found = _ACTION_TYPE.search(text)
        actions[number] = f"/{found.group(1).decode()}" if found else next(
            (kind for following in _NEXT.findall(text)
             if (kind := _object_action(int(following), objects, actions))), "")
    return actions[number]


_NEXT = re.compile(rb"/Next\s*(?:\[\s*)?(\d{1,10})\s+\d{1,5}\s+R\b")


def _value(text: bytes, start: int) -> bytes:
    """The value at `start`: a balanced `<< >>` dictionary, or a reference (`12 0 R`); an
    array (a destination) or anything else is nothing to run."""
    window = text[start:start + MAX_TRIGGER].lstrip()
    reference = _REFERENCE.match(window)
    if reference or not window.startswith(b"<<"):
        return reference.group() if reference else b""
    depth = 0
    for token in re.finditer(rb"<<|>>", window):
        depth += 1 if token.group() == b"<<" else -1
        if depth == 0:
            return window[:token.end()]
    return window


def _unescaped_names(text: bytes) -> bytes:
    """`text` with its names' `#xx` escapes undone (`/J#61vaScript` is `/JavaScript`)."""
    if b"#" not in text:
        return text
    return _PDF_NAME.sub(lambda m: b"/" + _NAME_ESCAPE.sub(
        lambda e: bytes([int(e.group(1), 16)]), m.group(1)), text)


_STRING_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_string(token: bytes) -> str:
    """The start of a PDF string (`(literal` with its escapes, or `<hex`) as text: UTF-16 after
    a byte-order mark, else Latin-1."""
    if token.startswith(b"<"):
        digits = re.sub(rb"[^0-9A-Fa-f]", b"", token)
        raw = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
    else:
        raw = re.sub(rb"\\([0-7]{1,3}|.)", lambda m: bytes([int(m.group(1), 8) & 0xFF])
                     if m.group(1)[:1].isdigit() else _STRING_ESCAPES.get(m.group(1), m.group(1)),
                     token[1:], flags=re.DOTALL)
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw[2:].decode("utf-16-be" if raw[0] == 0xFE else "utf-16-le", errors="ignore")
    return raw.decode("latin-1")


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


_INSTALLERS = (bytes.fromhex("84100c0000000000c000000000000046"),
               bytes.fromhex("86100c0000000000c000000000000046"))
"""The class ids an OLE storage's root names when it is a Windows Installer package or patch
(`.msi`, `.msp`), as stored (little-endian)."""


def refuse_ole_macros(label: str, data: bytes) -> None:
    """Refuse an OLE storage (an old Office file, or an object embedded in any Office file)
    that holds a VBA project or a packaged file, or that is a Windows installer."""
    if any(installer in data for installer in _INSTALLERS):
        raise _Refused(f"{label} is a Windows installer (.msi){_PROGRAM_ADVICE}")
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


_PROGRAMS = ((b"\x7fELF", "a Linux program (ELF)"),
             (b"\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"),
             (b"\xfe\xed\xfa\xce", "a macOS program (Mach-O)"),
             (b"\xfe\xed\xfa\xcf", "a macOS program (Mach-O)"),
             (b"\xce\xfa\xed\xfe", "a macOS program (Mach-O)"),
             (b"\xcf\xfa\xed\xfe", "a macOS program (Mach-O)"),
             (b"L\x00\x00\x00\x01\x14\x02\x00", "a Windows shortcut (.lnk), which runs a command"),
             (b"\xed\xab\xee\xdb", "a Linux installer (RPM package)"))
"""First bytes of programs and of what starts one; Windows programs (`MZ`) are told by their
`PE` header."""
RUN_ON_OPEN = frozenset({
    ".exe", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1",
    ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".reg", ".lnk", ".url", ".jar",
    ".command", ".desktop", ".appimage", ".apk", ".app", ".scpt", ".applescript", ".library-ms",
    ".settingcontent-ms", ".inf", ".application", ".gadget", ".xbap", ".ws"})
"""Names a desktop runs when they are opened from an unpacked archive (Windows' script hosts,
installers and shortcuts, macOS `.command`, Linux `.desktop`)."""
_PROGRAM_ADVICE = ("; kbgen does not publish programs (their content cannot be checked, and a"
                   " help centre's download runs on its readers' computers): publish them from"
                   " your release or download host and link to it, or remove the file")


def refuse_program(label: str, data: bytes) -> None:
    """Refuse a file (or an archive's member) whose bytes are a program."""
    what = next((what for magic, what in _PROGRAMS if data.startswith(magic)), None)
    if what is None and data[:2] == b"MZ" and len(data) >= 64:
        offset = int.from_bytes(data[60:64], "little")
        if data[offset:offset + 4] == b"PE\x00\x00":
            what = "a Windows program (.exe, .dll)"
    if what is not None:
        raise _Refused(f"{label} is {what}{_PROGRAM_ADVICE}")


def refuse_runnable_member(label: str, member: str, data: bytes, mode: int) -> None:
    """Refuse an archive's member that runs when opened: by its name (`setup.bat`,
    `invoice.pdf.js`), or a script (`#!`) marked executable (`mode`: its Unix permissions)."""
    suffix = PurePosixPath(member.replace("\\", "/").rstrip(" .")).suffix.lower()
    if suffix in RUN_ON_OPEN:
        raise _Refused(f"{label} is a {suffix} file, which runs when it is opened from the"
                       f" unpacked archive{_PROGRAM_ADVICE}")
    if mode & 0o111 and data.startswith(b"#!"):
        raise _Refused(f"{label} is an executable script (#!), which runs when it is opened"
                       f" from the unpacked archive{_PROGRAM_ADVICE}")
