"""Public keys and key fingerprints: published by design, never secrets.

A help centre shows an SSH public key to paste into `authorized_keys` (`ssh-ed25519 AAAAC3…`)
and the fingerprints of its servers' host keys (`SHA256:kfZ8…`, `MD5:3c:9f:…`) so that readers
can check whom they connect to. Both look like random keys to an entropy check.

- An OpenSSH public key is its algorithm's name, then base64 whose decoded start names the
  same algorithm (the key format's first field): a random secret does not decode that way.
- An SSH fingerprint is `SHA256:` and 43 base64 characters (unpadded), or `MD5:` and 16
  colon-separated hex pairs.
- 43 base64 characters (a SHA-256 fingerprint without its label) on a line naming a server's
  host key (`ssh_host_ed25519_key.pub`).
- A key in base64 (WireGuard's, crypt4gh's) on a line that calls it a public key and names
  nothing private, preshared or secret.

A line that names a secret, a token, a password or a credential keeps its findings (`HMAC
secret: SHA256:…` is not a fingerprint); a private key block is found by its own detector.
"""

from __future__ import annotations

import base64
import binascii
import re

_PUBLIC_KEY = re.compile(
    r"(?<![\w-])(?P<algorithm>ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)"
    r"|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+(?P<blob>AAAA[A-Za-z0-9+/]+={0,3})")
_FINGERPRINT = re.compile(
    r"(?<![\w])(?:SHA256:(?P<sha>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])"
    r"|MD5:(?P<md5>[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15})(?![\w:]))")
_NAMED_PUBLIC = re.compile(r"(?i)\bpublic[ _-]?key|\bPublicKey\b")
_NOT_PUBLIC = re.compile(r"(?i)private|preshared|secret|passw")
_BASE64_KEY = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,86}={0,2}(?![A-Za-z0-9+/=])")
"""Base64 (a Curve25519 key: WireGuard, crypt4gh) on a line that calls it a public key
(`PublicKey = F+80…=`, `peer: F+80…=  ⬅ Your peer's public key`), naming nothing private."""
_HOST_KEY = re.compile(r"(?i)\bssh_host_\w*key|\bhost key")
_BARE_FINGERPRINT = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=])")
"""A SHA-256 fingerprint without its `SHA256:` label, on a line naming a server's host key
(`| h3YV…aTU | ssh_host_ecdsa_key.pub (ECDSA) |`)."""
_SECRET = re.compile(r"(?i)secret|token|passw|credential|api[_ -]?key|hmac|bearer|webhook")
"""Words that make a value on the line a secret whatever its shape."""


def public_key_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each public key blob and key fingerprint in `line`."""
    if ("AAAA" not in line and "SHA256:" not in line and "MD5:" not in line
            and "ublic" not in line and "ost" not in line):
        return []
    if _SECRET.search(line):
        return []
    spans = [match.span("blob") for match in _PUBLIC_KEY.finditer(line)
             if _names_algorithm(match.group("blob"), match.group("algorithm"))]
    if _NAMED_PUBLIC.search(line) and not _NOT_PUBLIC.search(line):
        spans += [match.span() for match in _BASE64_KEY.finditer(line)]
    if _HOST_KEY.search(line) and not _NOT_PUBLIC.search(line):
        spans += [match.span() for match in _BARE_FINGERPRINT.finditer(line)]
    for match in _FINGERPRINT.finditer(line):
        spans.append(match.span("sha") if match.group("sha") else match.span("md5"))
    return spans


def _names_algorithm(blob: str, algorithm: str) -> bool:
    """The blob decodes to a key whose first field is `algorithm` (RFC 4253, 6.6)."""
    head = blob[:4 * ((len(algorithm) + 4 + 2) // 3 + 1)]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4))
    except (binascii.Error, ValueError):
        return False
    size = int.from_bytes(decoded[:4], "big")
    return size == len(algorithm) and decoded[4:4 + size] == algorithm.encode()
