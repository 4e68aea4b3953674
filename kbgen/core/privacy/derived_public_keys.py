"""A key the page proves public: the X25519 public half of a private key the same page shows
(issue 19, branch fp67).

A WireGuard how-to runs `wg genkey`, then `wg pubkey`, and prints both (Netplan's examples:
`cat private.key` -> `UMjI…Dns=`, `cat public.key` -> `EdNn…FFs=`). The printed public key
carries no label the key rules read, so it is reported as a token. It is no secret by
construction: it is X25519(private key, 9), computed by `cryptography` (RFC 7748) and
compared byte for byte; a token, a password or a private key that merely looks alike is
equal to the public half of another value on the page with probability 2^-252.

Accepted only then: the value decodes (standard base64, 44 characters with its `=`) to 32
bytes, and another value the gate found on the same page decodes to 32 bytes whose public
half it is. The private half stays a finding (it is its own value, and no value is the public
half of itself), so a page that shows the secret is still refused for the secret; one whose
secret another rule judged publishable leaks nothing more by its public half. A page with more
than MAX_KEYS such values is left as found.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, PRIVATE_KEY, TOKEN

REASON = "the X25519 public half of a private key the same page shows (a public key)"

KINDS = frozenset({TOKEN, PASSWORD, PRIVATE_KEY})
MAX_KEYS = 64
"""At most this many 32-byte values a page are paired (the work stays linear in the page)."""

_KEY = re.compile(r"[A-Za-z0-9+/]{43}=")


def public_key(private: bytes) -> bytes:
    """The X25519 public key of a 32-byte private key (what `wg pubkey` prints, decoded)."""
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def _key_bytes(value: str) -> bytes | None:
    """The 32 bytes a 44-character standard base64 value decodes to, else None."""
    if not _KEY.fullmatch(value):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values that are the X25519 public half of another value found on the
    page."""
    keys: dict[tuple[int, int], bytes] = {}
    for position, (_, line, hit) in enumerate(found):
        if hit.kind in KINDS:
            key = _key_bytes(line[hit.start:hit.end])
            if key is not None:
                keys[(position, hit.start)] = key
    distinct = set(keys.values())
    if len(distinct) < 2 or len(distinct) > MAX_KEYS:
        yield from found
        return
    publics = {public_key(key): key for key in distinct}
    for position, (index, line, hit) in enumerate(found):
        key = keys.get((position, hit.start))
        if key is not None and key in publics and publics[key] != key:
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit
