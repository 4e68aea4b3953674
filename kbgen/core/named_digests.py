"""Values the text names, right before them, as a digest or a signature, and the names of onion
services, for the gate (issue 19).

An API guide shows `"sig_hash": "5cfc…0f"`, `"signatureValue": "5cfc…"`, or an HTTP `Digest:
sha-256=hcK0…=` header: a hash of public data or a signature made to be published with it; it
opens nothing. The value counts as one only

- right after its key (`"sig_hash": "`, `signatureValue=`) naming a hash, digest, checksum,
  signature or fingerprint and nothing secret (`password_hash`, `api_key_digest`,
  `signing_key`, `secret_hash`, `hmac_key` stay findings), and shaped as one: hex of
  16-128 bytes or base64 of 16-512 bytes;
- or right after an algorithm's label (`sha-256=`, `SHA-512:`, `md5=`) and exactly that
  algorithm's length (`sha-256=` then 32 bytes in base64 or hex).

A host name's label before `.onion` (`mastodon.qKnF….onion`) is an onion service's address:
a name published for reaching it, never a secret.
"""

from __future__ import annotations

import base64
import binascii
import re

_KEY = re.compile(r"""(?i)(?:^|[\s{,"'`(])["']?([\w-]{0,40}(?:hash|digest|checksum|signature"""
                  r"""(?:_?value)?|fingerprint))["']?\s*[:=]\s*["']?$""")
_SECRET_KEY = re.compile(r"(?i)pass|secret|key|token|pin|otp|hmac|salt|cred|auth|private")
"""A key naming a secret as well (`password_hash`, `api_key_digest`): its value stays one."""
_ALGORITHM = re.compile(r"(?i)(?:^|[\s,;:\"'`(])(sha-?(?:1|224|256|384|512)|md5)[=:]\s?$")
ALGORITHM_BYTES = {"md5": 16, "sha1": 20, "sha224": 28, "sha256": 32, "sha384": 48,
                   "sha512": 64}
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_ONION_AFTER = re.compile(r"\.onion(?![\w-])")
_LABEL_BEFORE = re.compile(r"(?:^|[\s./=\"'`(])$")

REASON = "a value its key or label names as a digest or a signature (public by nature)"
ONION = "an onion service's address (a name published for reaching it)"


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` is no secret (a named digest, an onion
    address), or None."""
    value = line[start:end]
    before = line[max(0, start - 60):start]
    if _ONION_AFTER.match(line, end) and _LABEL_BEFORE.search(before):
        return ONION
    algorithm = _ALGORITHM.search(before)
    if algorithm:
        size = _size(value)
        expected = ALGORITHM_BYTES[algorithm.group(1).lower().replace("-", "")]
        return REASON if size == expected else None
    key = _KEY.search(before)
    if key and not _SECRET_KEY.search(key.group(1)):
        size = _size(value)
        return REASON if size is not None and 16 <= size <= 512 else None
    return None


def _size(value: str) -> int | None:
    """The bytes `value` encodes as hex (whole bytes, up to 128) or base64, or None."""
    if _HEX.fullmatch(value):
        return len(value) // 2 if len(value) % 2 == 0 and len(value) <= 256 else None
    if not _BASE64.fullmatch(value):
        return None
    text = value.replace("-", "+").replace("_", "/")
    try:
        return len(base64.b64decode(text + "=" * (-len(text) % 4), validate=True))
    except (binascii.Error, ValueError):
        return None
