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

A host name's label before `.onion` is an onion service's address, a name published for
reaching it, never a secret: a real (v3) address, whose checksum holds, anywhere; a label of
another shape (a guide's made-up `mastodon.qKnF….onion`) only under a service's name and with
nothing secret named before it (`API_KEY=<value>.onion`, `token=<value>.onion` stay findings).

Neither counts where the line names a secret before the key or label (`password: hash:
<value>`, `api_key: signature: <value>`, `Authorization: Bearer sha256=<value>`): a secret's
key, then a digest's word, is a secret with a label put on it (review s32), nor under a parent
key that names one (`secret:` then `  signature: <value>` in YAML, `"token": {` in JSON).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from kbgen.core import password_schemes

_KEY = re.compile(r"""(?i)(?:^|[\s{,"'`(])["']?([\w-]{0,40}(?:hash|digest|checksum|signature"""
                  r"""(?:_?value)?|fingerprint))["']?\s*[:=]\s*["']?$""")
_SECRET_KEY = re.compile(r"(?i)pass|secret|key|token|pin|otp|hmac|salt|cred|auth|private"
                         r"|session|cookie|nonce|blur_?hash")
"""A key naming a secret as well (`password_hash`, `api_key_digest`, `session_hash`): its
value stays one; and a BlurHash, no digest (public_ids reads it to its format)."""
_ALGORITHM = re.compile(r"(?i)(?:^|[\s,;:\"'`(])(sha-?(?:1|224|256|384|512)|md5)[=:]\s?$")
ALGORITHM_BYTES = {"md5": 16, "sha1": 20, "sha224": 28, "sha256": 32, "sha384": 48,
                   "sha512": 64}
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_ONION_AFTER = re.compile(r"\.onion(?![\w-])")
_LABEL_BEFORE = re.compile(r"(?:^|[\s./=\"'`(])$")
_SUBDOMAIN_BEFORE = re.compile(r"(?i)(?:^|[\s/\"'`(=,])[a-z][a-z0-9-]{0,62}\.$")
"""A service's name as the label before the onion label (`mastodon.`)."""
_SECRET_BEFORE = re.compile(r"(?i)pass(?:word|wd|phrase)?|secret|api[-_ ]?key|private|token"
                            r"|bearer|authori[sz]ation|cred|hmac|salt")
"""A secret named earlier on the line, before the digest's key or label."""
BEFORE = 80
"""How far before the value the line is read for a secret's name (a bounded look: linear)."""

REASON = "a value its key or label names as a digest or a signature (public by nature)"
ONION = "an onion service's address (a name published for reaching it)"


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` is no secret (a named digest, an onion
    address), or None."""
    if password_schemes.within(line, start, end):
        return None  # a password's digest (`NTLM hash: …`): cracked offline
    value = line[start:end]
    before = line[max(0, start - BEFORE):start]
    if _ONION_AFTER.match(line, end) and _LABEL_BEFORE.search(before):
        return ONION if onion_address(value) or (
            _SUBDOMAIN_BEFORE.search(before) and not _SECRET_BEFORE.search(before)) else None
    algorithm = _ALGORITHM.search(before)
    if algorithm and _SECRET_BEFORE.search(before, 0, algorithm.start()):
        return None
    if algorithm:
        size = _size(value)
        expected = ALGORITHM_BYTES[algorithm.group(1).lower().replace("-", "")]
        return REASON if size == expected else None
    key = _KEY.search(before)
    if key and not _SECRET_KEY.search(key.group(1)) \
            and not _SECRET_BEFORE.search(before, 0, key.start(1)):
        size = _size(value)
        return REASON if size is not None and 16 <= size <= 512 else None
    return None


MAX_PARENTS_UP = 40
"""How many lines up a value's parent keys are looked for (a bounded look: linear)."""
_KEY_OF_LINE = re.compile(r"""\s*[-{\[]?\s*["']?([\w.-]{1,60})["']?\s*[:=]""")


def secret_parent(lines: list[str], index: int) -> bool:
    """A key that line `index` is nested under (a less indented line above it, in YAML or
    JSON) names a secret."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for line in reversed(lines[max(0, index - MAX_PARENTS_UP):index]):
        if indent == 0:
            return False
        stripped = line.lstrip()
        if not stripped or len(line) - len(stripped) >= indent:
            continue
        indent = len(line) - len(stripped)
        key = _KEY_OF_LINE.match(line)
        if key and _SECRET_BEFORE.search(key.group(1)):
            return True
    return False


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


def onion_address(label: str) -> bool:
    """`label` is a v3 onion address whose checksum holds (rend-spec-v3: base32 of the
    32-byte key, two bytes of SHA3-256 over it, and the version 3)."""
    if len(label) != 56:
        return False
    try:
        data = base64.b32decode(label.upper())
    except (binascii.Error, ValueError):
        return False
    key, checksum, version = data[:32], data[32:34], data[34:]
    return version == b"\x03" and hashlib.sha3_256(
        b".onion checksum" + key + version).digest()[:2] == checksum
