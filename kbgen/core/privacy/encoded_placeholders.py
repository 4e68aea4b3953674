"""A base64 value whose decoded text the gate would pass written out (issue 19, branch fp50).

Docs teach an encoding with a value they make readable on purpose: Traefik's token
introspection page sends `Authorization: Basic ZXhhbXBsZTpleGFtcGxl` (`example:example`) and its
rate-limit page stores `password: c2VjdXJlLXBhc3N3b3Jk  # base64 encoded "secure-password"`;
NetBird's table gives `Basic dXNlcjpwYXNz` (`user:pass`). The token rules see random-looking
letters; the text they encode says what they are. An encoding hides nothing from the gate, so
the value is judged as the text it encodes: accepted only when that text, written out as a
password (`password: secure-password`; for `login:secret`, the secret, and the login and the
whole text alone), is something the gate itself passes, and neither its line, its headings nor
what introduces it nor a comment in its block says whose it is (placed_blocks).
`Basic <base64 of jane@acme.com:Sunflower2024!>` stays a finding (the address and the password
are each one), and so does the base64 of anything random.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import _base64_decode
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.placed_blocks import unplaced

REASON = "a base64 value whose decoded text is a placeholder the gate passes written out"

MAX_DECODED = 64
"""The longest decoded text judged (a placeholder is short; a payload is not one)."""
_BASE64 = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")
_READABLE = re.compile(r"[\x20-\x7e]+")
"""Decoded text a reader could type: printable ASCII on one line (random bytes rarely are)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but base64 values that decode to text the gate passes."""
    return unplaced(found, lines, context, lambda index, line, hit: (
        hit.kind in (TOKEN, PASSWORD) and not hit.vendor
        and _passes_decoded(line[hit.start:hit.end], context.default_region)), REASON)


@lru_cache(maxsize=1024)
def _passes_decoded(value: str, region: str | None) -> bool:
    """`value` is base64 of one word, or of a `login:secret` pair of words, that the gate finds
    nothing in written out; never of text with a space (a passphrase written out after
    `password:` is prose to the gate: `tiger piano river cloud meadow`, `john:Hunter2 Secret of
    the day` stay findings)."""
    if not _BASE64.fullmatch(value) or len(value) % 4:
        return False
    decoded = _base64_decode(value)
    try:
        text = decoded.decode("ascii") if decoded else ""
    except UnicodeDecodeError:
        return False
    if not text or len(text) > MAX_DECODED or not _READABLE.fullmatch(text):
        return False
    from kbgen.core.privacy.scanner import scan_part  # here: the scanner imports this module

    login, colon, secret = text.partition(":")
    if " " in text:
        return False
    written = [text, f"password: {secret if colon else text}"] + ([login] if colon else [])
    return not any(scan_part(each, default_region=region) for each in written)
