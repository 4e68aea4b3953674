"""Values written in base32, ascii85, base85, Z85 or base64, which one command decodes
(`base32 -d`, Python's `base64.a85decode`, `b85decode`, pyzmq's `z85.decode`, `base64 -d`)
(issue 19, leak44; Z85 and short bare base64 leak46): a run that decodes to text is read
decoded, and what that reading finds that the line as written does not is reported at the run.

base32 is a run of 16 or more characters of its alphabet in one case (`NJQW4ZJOMRXWK…`),
ascii85 a run between Adobe's `<~` and `~>`, and a bare run of 15 or more characters holding a
mark and both cases is tried as ascii85, as base85 (RFC 1924's alphabet, git's and
Python's), as Z85 (ZeroMQ's, base85's digits in another order of characters) and as base64 (a
short value's: a long one is a token already), each where its alphabet holds the run; a run
starting with a name and `=` or `:` is tried from its value too. Only a run that decodes to
printable UTF-8 text is read: random bytes (a TOTP seed `JBSWY3DPEHPK3PXP`, a word in capitals)
decode to text once in thousands, so a seed or a constant's name is not read again."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits
from kbgen.core.privacy.printable_runs import printable_runs

_BASE32 = re.compile(r"(?<![A-Za-z0-9+/_-])(?:[A-Z2-7]{16,}|[a-z2-7]{16,})={0,6}"
                     r"(?![A-Za-z0-9+/=_-])")
_FRAMED = re.compile(r"<~([!-u\s]{5,}?)~>")
BASE32_RUN, BARE_RUN = 16, 15
"""The shortest base32 run, and the shortest bare run (printable_runs holds both)."""
_MARKS = re.compile(r"[!-/:-@\[-`{-~]")
_ASCII85_RUN = re.compile(r"[!-u]+")
_BASE85_RUN = re.compile(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+")
MIN_RUN = 9
"""The shortest text that can hold a run (`<~` five characters `~>`)."""
MAX_RUN = 4_000
"""Longer runs are not decoded (a picture's data is no value a reader reads)."""


def _base32(run: str) -> bytes | None:
    stripped = run.rstrip("=").upper()
    if len(stripped) % 8 in (1, 3, 6):  # no byte count ends there
        return None
    try:
        return base64.b32decode(stripped + "=" * (-len(stripped) % 8))
    except (binascii.Error, ValueError):
        return None


def _ascii85(run: str) -> bytes | None:
    try:
        return base64.a85decode(run, ignorechars=b" \t\n\r\v")
    except ValueError:
        return None


def _base85(run: str) -> bytes | None:
    try:
        return base64.b85decode(run)
    except ValueError:
        return None


_Z85_RUN = re.compile(r"[0-9A-Za-z.\-:+=^!/*?&<>()\[\]{}@%$#]+")
_Z85_AS_BASE85 = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
"""Z85 (ZeroMQ's base85, RFC 32/Z85) written in base85's alphabet: the same digits, in
another order of characters."""


def _z85(run: str) -> bytes | None:
    """A Z85 run decoded, without the zero bytes an encoder pads the last group with."""
    decoded = _base85(run.translate(_Z85_AS_BASE85))
    return decoded.rstrip(b"\0") if decoded else None


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def _base64(run: str) -> bytes | None:
    """A bare base64 run decoded (a short value's: a longer one is a token already)."""
    try:
        return base64.b64decode(run, validate=True) if len(run) % 4 == 0 else None
    except ValueError:
        return None


_BARE_CODES = ((_ASCII85_RUN, _ascii85, 5), (_BASE85_RUN, _base85, 5), (_Z85_RUN, _z85, 5),
               (_BASE64_RUN, _base64, 8))
"""The codes a bare run is tried as: the alphabet that must hold it, its decoder, and how many
characters make its first groups (read first: most runs stop there)."""


def _text(decoded: bytes | None) -> str | None:
    """Decoded bytes as text, when they are printable UTF-8 (tabs and newlines allowed)."""
    if not decoded or len(decoded) < 6:
        return None
    try:
        text = decoded.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if all(ch.isprintable() or ch in "\t\n" for ch in text) else None


def _runs(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, decoded text) of each run that decodes to text; base32 and bare runs are
    looked for in the line's printable runs only (printable_runs: one pass, shared)."""
    for start, end in printable_runs(line):
        if end - start >= BASE32_RUN:
            for match in _BASE32.finditer(line, start, end + 1):
                if len(match.group()) <= MAX_RUN and (text := _text(_base32(match.group()))):
                    yield match.start(), match.end(), text
        if not BARE_RUN <= end - start <= MAX_RUN or not _bare_encoded(run := line[start:end]):
            continue
        for at in _value_starts(run):
            if (text := _bare_text(run[at:])) is not None:
                yield start + at, end, text
                break
    if "<~" in line:
        for match in _FRAMED.finditer(line):
            if len(match.group(1)) <= MAX_RUN and (text := _text(_ascii85(match.group(1)))):
                yield match.start(), match.end(), text


_NAMED = re.compile(r"[A-Za-z_][\w.-]{0,40}[=:]")
"""A name and `=` or `:` before a value in a run (`STRIPE_Z85=…`; leak46)."""


def _value_starts(run: str) -> tuple[int, ...]:
    """Where a bare run's value may start: at the run, or after a name's `=` or `:`."""
    named = _NAMED.match(run)
    return (0, named.end()) if named and len(run) - named.end() >= BARE_RUN else (0,)


def _bare_text(run: str) -> str | None:
    """The text a bare run decodes to, in the first code whose alphabet holds it."""
    for alphabet, decode, head in _BARE_CODES:
        if alphabet.fullmatch(run) and _printable_start(decode(run[:head])) \
                and (text := _text(decode(run))):
            return text
    return None


def _printable_start(head: bytes | None) -> bool:
    """The first groups of a run decoded are printable ASCII."""
    return head is not None and all(32 <= byte < 127 for byte in head)


def _bare_encoded(run: str) -> bool:
    """A bare run that can be ascii85 or base85 of text: a mark, both cases, not a URL."""
    return (bool(_MARKS.search(run)) and not run.isalnum() and run.lower() != run
            and run.upper() != run and "://" not in run)


def needs(text: str, folded: str) -> bool:
    """Whether `text` holds a run that decodes to text (asked of a whole text once, so its
    lines are asked only where one does)."""
    return len(text) >= MIN_RUN and next(_runs(text), None) is not None


def _base_encoded(line: str, context: _Context) -> Iterator[_Hit]:
    """What the line's base32, base85 and base64 runs decode to, read decoded."""
    yield from replaced_hits(line, sorted(_runs(line)), context, "base32, base85 or base64")
