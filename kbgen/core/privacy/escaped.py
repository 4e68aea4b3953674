"""Values written in escapes a program or a mail reader decodes: quoted-printable (`=40` is
`@`, a line ending in `=` goes on on the next: a pasted e-mail's source) and backslash escapes
(`\\u0040`, `\\x40`, `\\u{40}` in JSON and scripts, `\\100` in octal, as `printf` and `$'...'`
read them) and CSS escapes (`\\31 0\\.20`, `\\40 `, `\\000040`: a selector's or a
`content:` string's, as a browser reads them). Each line is read again decoded, and what it
shows that the line as written does not is reported there (`_escaped_payloads`); a value
broken by quoted-printable's soft line breaks is read joined, at its first line
(`_soft_broken`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.normalize import decode_escapes
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
"""Quoted-printable escapes in a row (upper-case hex, as RFC 2045 writes them): the UTF-8
bytes of one or more characters."""
_QP_TELLING = re.compile(r"=(?:[2-3][0-9A-F]|4[0-9A-F]|5[BDF]|[C-F][0-9A-F])")
"""An escape of what quoted-printable is there for: punctuation, a space, `@` or the first
byte of a character beyond ASCII (`timeout=30` alone is no quoted-printable)."""
_BACKSLASH = re.compile(r"\\(?:u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}"
                        r"|[0-3][0-7]{2})")
_OCTAL = re.compile(r"\\([0-3][0-7]{2})")
_CSS = re.compile(r"\\(?:(?P<hex>[0-9a-fA-F]{1,6})[ \t]?|(?P<other>[^0-9a-fA-F\s]))")
"""A CSS escape: up to six hex digits, ended by one space or tab (eaten), or any other
character for itself (`\\.` is `.`)."""
_CSS_TELLING = re.compile(r"\\(?:[0-9a-fA-F]{2,5}[ \t]|0{2,4}[0-9a-fA-F]{2}(?![0-9a-fA-F]))")
"""What CSS writes and other escapes do not: hex ended by a space (`\\31 0`, `\\40 `), or six
digits (`\\000040`); a regular expression's `\\.` or `\\d` alone is no CSS."""
_SOFT_BREAK = re.compile(r"(?<=[^\s=])=[ \t]*$")
"""A quoted-printable soft line break: `=` ending a line (not base64's `==` padding)."""
_PADDED = re.compile(r"(?:^|[^A-Za-z0-9+/])([A-Za-z0-9+/]{7,}=)[ \t]*$")
"""A base64 value ending a line with its padding (`Digest: sha-256=hcK0...X0A=`): no soft
break when its length is a multiple of four, unless the text is quoted-printable (_QP_TEXT)."""
_QP_TEXT = re.compile(r"=(?:20|3D|09)|=[C-F][0-9A-F]=[89AB][0-9A-F]|quoted-printable", re.I)
"""What only quoted-printable text holds: an encoded space, tab or `=`, a character's UTF-8
bytes, or its header's name."""
_PARAMETER = re.compile(r"[?&;][\w.~%\[\]-]{1,100}(?==)")
"""A URL query's parameter name (`?X-Amz-Expires`, `&se`): the `=` after it is the parameter's
(`X-Amz-Expires=3600` is no escape); in quoted-printable text that `=` is itself escaped
(`=3D`)."""
MAX_JOINED = 20
"""At most this many soft-broken lines are read as one."""


def quoted_printable(text: str) -> str | None:
    """`text` with its quoted-printable escapes decoded, or None when it has no escape that
    quoted-printable would write."""
    if "=" not in text or not _QP_TELLING.search(text):
        return None
    parameters = {match.end() for match in _PARAMETER.finditer(text)}
    if not any(match.start() not in parameters or match.group() == "=3D"
               for match in _QP_TELLING.finditer(text)):
        return None
    return _QP_RUN.sub(lambda match: _qp_characters(match, parameters), text)


def _qp_characters(match: re.Match[str], parameters: set[int]) -> str:
    """A run of escapes decoded; one starting at a URL parameter's `=` keeps that `=` and the
    two characters after it, unless they are `=3D` (the `=` escaped)."""
    run = match.group()
    kept = "" if match.start() not in parameters or run.startswith("=3D") else run[:3]
    try:
        decoded = bytes.fromhex(run[len(kept):].replace("=", "")).decode("utf-8")
    except UnicodeDecodeError:  # `token=EAAC...`: no character's bytes
        return run
    return kept + decoded if decoded.isprintable() else run


def backslash_escapes(text: str) -> str | None:
    """`text` with its JSON, script and octal escapes decoded, or None without one."""
    if "\\" not in text or not _BACKSLASH.search(text):
        return None
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), decode_escapes(text))


def css_escapes(text: str) -> str | None:
    """`text` with its CSS escapes decoded, or None without one CSS writes (_CSS_TELLING)."""
    if "\\" not in text or not _CSS_TELLING.search(text):
        return None
    return _CSS.sub(_css_character, text)


def _css_character(match: re.Match[str]) -> str:
    if match.group("other"):
        return match.group("other")
    code = int(match.group("hex"), 16)
    character = chr(code) if code <= 0x10FFFF else ""
    return character if character.isprintable() else match.group()


def _escaped_payloads(line: str, context: _Context) -> Iterator[_Hit]:
    """What a line's quoted-printable, backslash or CSS escapes hide (`jane=40gmail.com`,
    `"jane\\u0040gmail.com"`, `jane\\40 gmail\\.com`), read decoded; the first decoding that
    shows something is reported."""
    for decode, escape, encoding in ((quoted_printable, _QP_RUN, "quoted-printable"),
                                     (backslash_escapes, _BACKSLASH, "escapes"),
                                     (css_escapes, _CSS, "CSS escapes")):
        decoded = decode(line)
        if decoded is not None and decoded != line:
            escapes = [match.span() for match in escape.finditer(line)]
            hits = list(decoded_hits(line, decoded, escapes[0][0], escapes[-1][1], context,
                                     encoding))
            if hits:
                yield from hits
                return


def _escaped_needs(text: str, folded: str) -> bool:
    """Whether `text` has an escape `_escaped_payloads` decodes."""
    return ("=" in text and bool(_QP_TELLING.search(text))) or (
        "\\" in text and bool(_BACKSLASH.search(text) or _CSS_TELLING.search(text)))


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)*")
"""A continued line's quotation marks and indentation (`> ` of a quoted e-mail)."""


def _continued(line: str) -> str:
    """A line that goes on from a soft-broken one, without its quotation marks (and without
    its own soft break)."""
    return _SOFT_BREAK.sub("", _QUOTED.sub("", line, count=1))


def _soft_break(line: str, quoted_printable: bool) -> bool:
    """Whether `line` ends in a soft line break (not in base64's padding, unless the text is
    `quoted_printable`)."""
    if not _SOFT_BREAK.search(line):
        return False
    padded = _PADDED.search(line)
    return quoted_printable or padded is None or len(padded.group(1)) % 4 != 0


def _soft_broken(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """A value that quoted-printable's soft line breaks cut (`jane.doe@gm=` / `ail.com`), read
    with the lines joined and decoded, at the first of them."""
    if not any(line.rstrip(" \t").endswith("=") for line in lines):
        return
    encoded = any(map(_QP_TEXT.search, lines))
    index = 0
    while index < len(lines):
        if not _soft_break(lines[index], encoded):
            index += 1
            continue
        end = index
        while end < min(len(lines) - 1, index + MAX_JOINED) and _soft_break(lines[end],
                                                                              encoded):
            end += 1
        joined = "".join(_SOFT_BREAK.sub("", line) if at == index else _continued(line)
                         for at, line in enumerate(lines[index:end + 1], index))
        text = quoted_printable(joined) or joined
        written = " ".join(lines[index:end + 1])
        for hit in decoded_hits(written, text, 0, len(lines[index]), context,
                                "quoted-printable lines"):
            yield index, hit
        index = end + 1
