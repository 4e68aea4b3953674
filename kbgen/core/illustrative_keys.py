"""Keys a value's own setting shows to be no secret, for the gate (issue 19).

A WireGuard key (`PrivateKey`, `PresharedKey`, `PublicKey`) is always 32 bytes, 44 characters
of base64: Pi-hole's `PresharedKey = 8cLaY8Bkd7PiUs0izYBQYVTEFlA=` is 20 bytes, so WireGuard
would refuse it; it can only be an example. Only 24 bytes or fewer: what is missing of a
real key is then 64 bits or more, too many to guess. A 32-byte one, one a character or two
short of it (a key mangled in the copy), or a longer one (a key with more after it) stay
findings, whatever the line says besides.

A public key's name is not enough (`"vapid_key"`): public_keys checks the value is one.
"""

from __future__ import annotations

import base64
import binascii
import re

_WIREGUARD = re.compile(r"(?:^|\s)(?:PrivateKey|PresharedKey|PublicKey)\s*=\s*$")
MAX_EXAMPLE_BYTES = 24
"""At most this many bytes: at least 64 bits of a real 32-byte key missing."""

SHORT_KEY = "not a WireGuard key: a real one is 32 bytes (an example)"


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` is no secret, or None."""
    before = line[max(0, start - 40):start]
    if _WIREGUARD.search(before):
        size = base64_bytes(line[start:end])
        return SHORT_KEY if size is not None and size <= MAX_EXAMPLE_BYTES else None
    return None


def base64_bytes(value: str) -> int | None:
    """The bytes standard base64 `value` encodes, or None."""
    try:
        return len(base64.b64decode(value + "=" * (-len(value) % 4), validate=True))
    except (binascii.Error, ValueError):
        return None
