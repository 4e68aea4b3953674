"""Public keys and key fingerprints: published by design, never secrets.

A help centre shows an SSH public key to paste into `authorized_keys` (`ssh-ed25519 AAAAC3…`)
and the fingerprints of its servers' host keys (`SHA256:kfZ8…`, `MD5:3c:9f:…`) so that readers
can check whom they connect to. Both look like random keys to an entropy check.

- An OpenSSH public key is its algorithm's name, then base64 whose decoded start names the
  same algorithm (the key format's first field): a random secret does not decode that way.
- An SSH fingerprint is `SHA256:` and 43 base64 characters (unpadded), or `MD5:` and 16
  colon-separated hex pairs; or `SHA256`, a space, the 43 characters and the key's type in
  brackets, as a console banner prints a host key's (`SHA256 pwup… (ECDSA)`).
- 43 base64 characters (a SHA-256 fingerprint without its label) on a line naming a server's
  host key (`ssh_host_ed25519_key.pub`).
- A key in base64 (WireGuard's, crypt4gh's) on a line that calls it a public key and names
  nothing private, preshared or secret.
- A PEM public key written on one line with `\\n` escapes (ActivityPub's `"publicKeyPem"`)
  whose base64 decodes to a SubjectPublicKeyInfo (RFC 5280, 4.1): a DER sequence of an
  algorithm and a bit string, ending where the sequence says. A private key (PKCS#1, PKCS#8)
  starts with a version number instead, and a secret decodes to neither.
- A key or digest a DNS record publishes: DKIM's `p=`, TLSA's and SSHFP's digests
  (kbgen.core.published_records).
- A P-256 public key as Web Push (VAPID) and ECDH write it (`"server_key": "BCk-…="`): base64
  or base64url of an uncompressed curve point, 65 bytes, `04` then x and y, on a line naming a
  key and nothing secret. The point must lie on the curve: a random secret does so with a
  chance of one in 2^256, so no token or password passes as one.

A line that names a secret, a token, a password or a credential keeps its findings (`HMAC
secret: SHA256:…` is not a fingerprint); a private key block is found by its own detector.
"""

from __future__ import annotations

import base64
import binascii
import re

from kbgen.core.published_records import record_spans

_PUBLIC_KEY = re.compile(
    r"(?<![\w-])(?P<algorithm>ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)"
    r"|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+(?P<blob>AAAA[A-Za-z0-9+/]+={0,3})")
_FINGERPRINT = re.compile(
    r"(?<![\w])(?:SHA256:(?P<sha>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])"
    r"|MD5:(?P<md5>[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15})(?![\w:]))")
_SPACED_FINGERPRINT = re.compile(
    r"^[ \t]*SSH:[ \t]+SHA256[ \t]+(?P<sha>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048])[ \t]+"
    r"\((?:RSA|DSA|ECDSA|ED25519|ECDSA-SK|ED25519-SK)\)[ \t]*$")
"""A host key's SHA-256 fingerprint as OPNsense's console banner prints it (`SSH:   SHA256
pwup…G9j8 (ECDSA)`, fp66): the line holds only `SSH:`, `SHA256`, the 32 bytes' unpadded base64
and an SSH key type in brackets, as `ssh-keygen -l` ends its line; on a line naming nothing
private, preshared or secret. The banner's `SSH:` is needed (`SHA256 … (RSA)` alone is no
banner's line: fixfp66, rev66 F15), and the 43rd character must be one that 32 bytes end with
(its last two bits zero): three in four random 43-character runs are not."""
_NAMED_PUBLIC = re.compile(r"(?i)\bpublic[ _-]?key|\bPublicKey\b")
"""A line calling its key public in its words."""
_PUBLIC_SETTING = re.compile(r"(?i)^\s*(?:-\s+)?[\"']?public[\"']?\s*[:=]")
"""A setting named `public` (netplan's WireGuard peer `keys: {public: …}`, fp65): only a curve
key's exact size is read as its key under it, not any padded base64 (fixfp65)."""
_NOT_PUBLIC = re.compile(r"(?i)private|preshared|secret|passw")
_BASE64_KEY = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,86}={0,2}(?![A-Za-z0-9+/=])")
CURVE_KEY_SIZES = frozenset({32, 56, 57})
"""Bytes of a Curve25519 or Ed25519 key (32) and of an X448 (56) or Ed448 (57) key."""
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
    if _SECRET.search(line):
        return []
    points = ec_point_spans(line) if "key" in line.lower() else []
    if "BEGIN PUBLIC KEY" in line:
        points += pem_spans(line)
    if "DKIM1" in line or "TLSA" in line or "SSHFP" in line:
        points += record_spans(line, _subject_public_key_info)
    if ("AAAA" not in line and "SHA256" not in line and "MD5:" not in line
            and "ublic" not in line and "ost" not in line):
        return points
    spans = points + [match.span("blob") for match in _PUBLIC_KEY.finditer(line)
                      if _names_algorithm(match.group("blob"), match.group("algorithm"))
                      and _well_formed(match.group("blob"))]
    if _NAMED_PUBLIC.search(line) and not _NOT_PUBLIC.search(line):
        spans += [match.span() for match in _BASE64_KEY.finditer(line)
                  if _curve_key(match.group())]
    elif _PUBLIC_SETTING.search(line) and not _NOT_PUBLIC.search(line):
        spans += [match.span() for match in _BASE64_KEY.finditer(line)
                  if _curve_key_size(match.group())]
    if _HOST_KEY.search(line) and not _NOT_PUBLIC.search(line):
        spans += [match.span() for match in _BARE_FINGERPRINT.finditer(line)]
    for match in _FINGERPRINT.finditer(line):
        spans.append(match.span("sha") if match.group("sha") else match.span("md5"))
    if not _NOT_PUBLIC.search(line):
        spans += [match.span("sha") for match in _SPACED_FINGERPRINT.finditer(line)]
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


def _well_formed(blob: str) -> bool:
    """The whole blob is the key format's length-prefixed fields, ending where they end: a
    key's valid head with a secret written after it is no public key."""
    try:
        decoded = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return False
    at = fields = 0
    while at < len(decoded):
        size = int.from_bytes(decoded[at:at + 4], "big")
        at += 4 + size
        fields += 1
    return at == len(decoded) and fields >= 2


def _curve_key_size(text: str) -> bool:
    """Base64 of exactly a curve key's size (32, 56 or 57 bytes)."""
    try:
        return len(base64.b64decode(text, validate=True)) in CURVE_KEY_SIZES
    except (binascii.Error, ValueError):
        return False


def _curve_key(text: str) -> bool:
    """Base64 of binary, padded as encoders pad it (`F+80…=`), or of a curve key's size: not a
    40-character cloud secret or a token that only stands beside the words `public key`."""
    try:
        return (len(base64.b64decode(text, validate=True)) in CURVE_KEY_SIZES
                or text.endswith("="))
    except (binascii.Error, ValueError):
        return False


_EC_POINT = re.compile(r"(?<![A-Za-z0-9+/_-])B[A-Za-z0-9+/_-]{86}=?(?![A-Za-z0-9+/=_-])")
"""87 base64(url) characters starting `B` (the byte 04), padded or not: 65 bytes."""
_P256 = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b


def ec_point_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each uncompressed P-256 point in `line` (a Web Push server key)."""
    return [match.span() for match in _EC_POINT.finditer(line) if _on_p256(match.group())]


def _on_p256(text: str) -> bool:
    """`text` decodes to 04, x, y with y^2 = x^3 - 3x + b over P-256's field (SEC 1, 2.3.4)."""
    try:
        raw = base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_").rstrip("=") + "=")
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 65 or raw[0] != 4:
        return False
    x, y = int.from_bytes(raw[1:33], "big"), int.from_bytes(raw[33:], "big")
    return x < _P256 and y < _P256 and (y * y - (x * x * x - 3 * x + _P256_B)) % _P256 == 0


_ONE_LINE_PEM = re.compile(r"-----BEGIN PUBLIC KEY-----((?:\\n|[A-Za-z0-9+/=\s]){16,8192}?)"
                           r"-----END PUBLIC KEY-----")


def pem_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each public key in PEM written on one line (`\\n` escaped)."""
    spans = []
    for match in _ONE_LINE_PEM.finditer(line):
        body = re.sub(r"\\n|\s", "", match.group(1))
        try:
            der = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            continue
        if _subject_public_key_info(der):
            spans.append(match.span(1))
    return spans


def _der_length(der: bytes, at: int) -> tuple[int, int] | None:
    """(length, where the content starts) of the DER element whose length byte is at `at`."""
    if at >= len(der):
        return None
    first = der[at]
    if first < 0x80:
        return first, at + 1
    size = first & 0x7F
    if not 0 < size <= 4 or at + 1 + size > len(der):
        return None
    return int.from_bytes(der[at + 1:at + 1 + size], "big"), at + 1 + size


def _subject_public_key_info(der: bytes) -> bool:
    """SEQUENCE { SEQUENCE algorithm, BIT STRING key }, the outer one filling `der`."""
    outer = _der_length(der, 1) if der[:1] == b"\x30" else None
    if outer is None or outer[1] + outer[0] != len(der) or der[outer[1]:outer[1] + 1] != b"\x30":
        return False
    algorithm = _der_length(der, outer[1] + 1)
    if algorithm is None:
        return False
    key_at = algorithm[1] + algorithm[0]
    key = _der_length(der, key_at + 1) if der[key_at:key_at + 1] == b"\x03" else None
    return key is not None and key[1] + key[0] == len(der)


_BASE64_START = re.compile(r"[A-Za-z0-9+/]{8,}")
_DER_LABELS = frozenset({"PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE", "X509 CERTIFICATE",
                         "TRUSTED CERTIFICATE"})
"""Labels of armour around DER (RFC 7468); others (PGP's, Crypt4GH's raw key) are not."""


def _crypt4gh_public(first_line: str) -> bool:
    """A Crypt4GH public key is 32 bytes of X25519 key: one line of 43 base64 characters and
    `=`. Its private key (`c4gh-v1` and a sealed key) or anything else is longer."""
    return _CRYPT4GH_KEY.fullmatch(first_line) is not None


_CRYPT4GH_KEY = re.compile(r"[A-Za-z0-9+/]{43}=")

_PGP_PUBLIC_TAGS = frozenset({6, 14})
"""OpenPGP packet tags of a public key and a public subkey (RFC 4880 4.3); a secret key is 5,
a secret subkey 7."""


def _pgp_public(first_line: str) -> bool:
    """A PGP public key block's first packet is a public key's: its tag read from the first
    byte (old format `10tttt..`, new `11tttttt`). A secret key's, or bytes that are no packet,
    are not public."""
    chunk = first_line[:8]
    try:
        head = base64.b64decode(chunk, validate=True)
    except (binascii.Error, ValueError):
        return False
    if not head or not head[0] & 0x80:
        return False
    tag = head[0] & 0x3F if head[0] & 0x40 else (head[0] >> 2) & 0x0F
    return tag in _PGP_PUBLIC_TAGS


_CONTENT_JUDGES = {"CRYPT4GH PUBLIC KEY": _crypt4gh_public, "PGP PUBLIC KEY BLOCK": _pgp_public}
"""Armour of no DER whose content still says whether it is public."""


def armoured_public(label: str, first_line: str) -> bool:
    """The armoured block labelled `label` (`PUBLIC KEY`, `CERTIFICATE`) whose first line of
    base64 is `first_line` starts as public material does: a SEQUENCE opening with a SEQUENCE
    (a SubjectPublicKeyInfo, a certificate) or with a long INTEGER (PKCS #1's RSA public key).
    A private key's DER opens with a one-byte version INTEGER (PKCS #1, #8, SEC 1) and random
    bytes open with anything: either between public markers is not public. PGP's and
    Crypt4GH's armour is judged by its own content (_CONTENT_JUDGES); a first line that is no
    base64 (`...`) is taken as the label says."""
    start = _BASE64_START.match(first_line.strip())
    name = label.strip().upper()
    if start is not None and name in _CONTENT_JUDGES:
        return _CONTENT_JUDGES[name](first_line.strip())
    if name not in _DER_LABELS or start is None:
        return True
    chunk = start.group()
    try:
        der = base64.b64decode(chunk[:len(chunk) // 4 * 4], validate=True)
    except (binascii.Error, ValueError):
        return True
    outer = _der_length(der, 1) if der[:1] == b"\x30" else None
    if outer is None or outer[1] >= len(der):
        return False
    child = der[outer[1]]
    if child == 0x30:
        return True
    inner = _der_length(der, outer[1] + 1) if child == 0x02 else None
    return inner is not None and inner[0] > 1
