"""Base64 values in a URL's query string (issue 19, leak47): `?code=cGFzc3dvcmQ9…` or
`?wifi=V0lGSTpUOldQQTtTOk9mZmljZTtQOk…` is a password a reader decodes with one command.
base_encodings reads no run holding `://` (a URL is no encoded value), so a query's value was
read by no decoder. Each value of 8 or more base64 or base64url characters (padding optional)
that decodes to printable text is read decoded, in the parameter's place as text of its own
(`https://wifi.acme.io/join WIFI:T:WPA;S:Office;P:… `: encoded.replaced_hits, which reports
only what the decoded line shows and the written one does not)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits

_VALUE = re.compile(r"[?&;][\w.\-\[\]]{1,40}=([A-Za-z0-9+/_-]{8,4000}(?:={1,2}|%3[Dd]){0,2})"
                    r"(?=[&#;\s\"'<>)\]]|$)")
"""A query parameter's value in base64 or base64url (`=` padding written or `%3D`)."""


def needs(text: str) -> bool:
    """Whether `text` may hold a URL's query."""
    return "?" in text and "=" in text


def _text(value: str) -> str | None:
    """The printable text a base64 or base64url value decodes to."""
    value = re.sub(r"%3[Dd]", "", value).rstrip("=")
    if len(value) % 4 == 1 or value.isalpha() or value.isdigit():
        return None
    try:
        decoded = base64.b64decode(value.replace("-", "+").replace("_", "/")
                                   + "=" * (-len(value) % 4), validate=True)
        text = decoded.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if len(text) < 6 or not all(ch.isprintable() for ch in text):
        return None
    return text


def _query_base64(line: str, context: _Context) -> Iterator[_Hit]:
    """What the line's base64 query values decode to, read decoded."""
    if "?" not in line:
        return
    runs = [(match.start(), match.end(1), f" {text} ") for match in _VALUE.finditer(line)
            if (text := _text(match.group(1))) is not None]
    yield from replaced_hits(line, runs, context, "base64 in a URL's query")
