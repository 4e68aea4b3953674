"""Keys and digests that DNS records publish, for the gate (issue 19, branch fp66).

Mail server guides show the records to add to a zone: maddy's `default._domainkey.example.org.
TXT "v=DKIM1; k=ed25519; p=nAcU…="` and `_25._tcp.mx1.example.org. TLSA 3 1 1 7f59…`. A DKIM
record's `p=` is the signing key's public half (RFC 6376, 3.6.1), a TLSA record's last field a
digest of the server's certificate or public key (RFC 6698, 2.1), an SSHFP record's a digest of
a host key (RFC 4255): every resolver hands them to anyone who asks. The entropy check reads
them as keys.

Accepted only on a line that is the record as a zone file writes it (RFC 1035, 5.1): the
record's owner name, which the type fixes, then an optional TTL and class, the type and its
data, and nothing after the data but a quote, a bracket or a `;` comment; nothing on the line
names anything private, secret or a password, and nothing before the data does so in any
language the gate reads (kbgen.core.secret_names: `Schlüssel IN SSHFP …`). fixfp66, rev66 F15:
the owner and the type were optional, so a digest after `TLSA 3 1 1` alone or
`"v=DKIM1; k=ed25519; p=…"` alone passed:

- DKIM: the owner `SELECTOR._domainkey[.DOMAIN][.]` (RFC 6376, 3.6.2.1), `TXT`, the quoted
  `v=DKIM1;` data, and `p=` then base64 that decodes to a SubjectPublicKeyInfo of an RSA key
  (rsaEncryption, then a BIT STRING holding the key's SEQUENCE, as `opendkim-genkey` prints it:
  a private key's DER, PKCS#1 or PKCS#8, another algorithm or random bytes stay a finding),
  or, where the record says `k=ed25519`, to 32 bytes that are a point of Ed25519's curve
  (RFC 8032, 5.1.3: half of all random 32 bytes are not; a private seed is any 32);
- TLSA: the owner `_PORT._PROTOCOL[.HOST][.]` (RFC 6698, 3), `TLSA`, a usage (0-3), a selector
  (0-1), a matching type 1 or 2, then hex of that digest's length (64 for SHA-256, 128 for
  SHA-512);
- SSHFP: an owner host name, `SSHFP`, an algorithm (1-4), a type 1 or 2, then hex of 40 (SHA-1)
  or 64 (SHA-256).

Why a record so written may publish: it is the data a zone serves to every resolver that asks;
an ed25519 DKIM seed or an HMAC key's hex written as such a record would cost its owner the
secret in DNS itself. A DNS provider's form (`Name: … Type: TXT Value: …`), a table row, a
quoted ticket or a label before the data is no zone line and stays a finding.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from kbgen.core.secret_names import names_a_secret

_ZONE_REST = r"(?:[ \t]+\d+)?(?:[ \t]+IN)?(?:[ \t]+\d+)?[ \t]+"
"""After the owner name: a TTL and the class, in either order (RFC 1035, 5.1), then blanks."""
_LINE_START = r"^[ \t`]*"
"""Before the owner: the blanks of an indented code block, or a code span's backtick."""
_DKIM_RECORD = re.compile(_LINE_START + r"[\w-]+(?:\.[\w-]+)*\._domainkey(?:\.[\w-]+)*\.?"
                          + _ZONE_REST + r"TXT[ \t]+\(?[ \t]*\"v=DKIM1;")
"""A DKIM record's owner name, TTL, class, `TXT` and the start of its quoted data."""
_DIGEST_RECORD = re.compile(
    _LINE_START + r"(?:_\d{1,5}\._[a-z]+(?:\.[\w-]+)*\.?" + _ZONE_REST + r"(?P<tlsa>TLSA)"
    r"|(?!IN[ \t]|\d+[ \t])[\w-]+(?:\.[\w-]+)*\.?" + _ZONE_REST + r"SSHFP)")
"""A TLSA record's owner (`_25._tcp.mx1.example.org.`) or an SSHFP record's host (not the class
or a TTL read as one: `IN SSHFP …`), then the TTL, class and type."""
_DKIM_KEY = re.compile(r"(?<![A-Za-z0-9])p=(?P<key>[A-Za-z0-9+/]{40,1000}={0,2})(?![A-Za-z0-9+/=])")
_ED25519 = re.compile(r"(?i)(?<![a-z])k=ed25519\b")
_RECORD_END = r"(?=[ \t\"'`)]*(?:;.*)?$)"
"""After a record's last field: quotes, a bracket, a zone file's `;` comment, the line's end."""
_TLSA = re.compile(r"[ \t]+[0-3][ \t]+[01][ \t]+(?P<type>[12])[ \t]+(?P<hex>[0-9A-Fa-f]+)"
                   + _RECORD_END)
_SSHFP = re.compile(r"[ \t]+[1-4][ \t]+(?P<type>[12])[ \t]+(?P<hex>[0-9A-Fa-f]+)"
                    + _RECORD_END)
_TLSA_LENGTHS = {"1": 64, "2": 128}
_SSHFP_LENGTHS = {"1": 40, "2": 64}
ED25519_KEY_BYTES = 32
_NOT_PUBLIC = re.compile(r"(?i)private|secret|passw|token")
"""Words that make a value on the line anything but a record's public data."""


def record_spans(line: str, public_key_info: Callable[[bytes], bool]) -> list[tuple[int, int]]:
    """[start, end) of each public key or digest a DNS record on `line` publishes;
    `public_key_info` tells a SubjectPublicKeyInfo's DER (kbgen.core.public_keys)."""
    spans: list[tuple[int, int]] = []
    if _NOT_PUBLIC.search(line):
        return spans
    dkim = _DKIM_RECORD.match(line) if "DKIM1" in line else None
    if dkim is not None and not names_a_secret(line[:dkim.end()]):
        ed25519 = _ED25519.search(line) is not None
        for match in _DKIM_KEY.finditer(line):
            der = _decoded(match.group("key"))
            if der is not None and (ed25519_point(der) if ed25519
                                    else public_key_info(der) and rsa_public_key(der)):
                spans.append(match.span("key"))
    record = _DIGEST_RECORD.match(line) if "TLSA" in line or "SSHFP" in line else None
    if record is None or names_a_secret(line[:record.end()]):
        return spans
    pattern, lengths = ((_TLSA, _TLSA_LENGTHS) if record.group("tlsa")
                        else (_SSHFP, _SSHFP_LENGTHS))
    data = pattern.match(line, record.end())
    if data is not None and len(data.group("hex")) == lengths[data.group("type")]:
        spans.append(data.span("hex"))
    return spans


def _decoded(text: str) -> bytes | None:
    """The bytes of strict base64 `text`, or None."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


_RSA_ALGORITHM = bytes.fromhex("300d06092a864886f70d0101010500")
"""SEQUENCE { OID rsaEncryption (1.2.840.113549.1.1.1), NULL }: an RSA key's algorithm."""


def rsa_public_key(der: bytes) -> bool:
    """SubjectPublicKeyInfo `der` holds an RSA public key: right after the outer SEQUENCE's
    header comes rsaEncryption's algorithm, then a BIT STRING whose content (after its unused
    bits' count, 0) is a SEQUENCE (RSAPublicKey: modulus and exponent, RFC 3447, A.1.1)."""
    at = der.find(_RSA_ALGORITHM, 0, 4 + len(_RSA_ALGORITHM))
    if at not in (2, 3, 4):
        return False
    key = at + len(_RSA_ALGORITHM)
    if der[key:key + 1] != b"\x03" or len(der) < key + 2:
        return False
    header = 2 + (der[key + 1] & 0x7F if der[key + 1] & 0x80 else 0)
    return der[key + header:key + header + 2] == b"\x00\x30"


_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_MINUS_ONE = pow(2, (_P - 1) // 4, _P)


def ed25519_point(key: bytes) -> bool:
    """`key` is 32 bytes that decode to a point of Ed25519's curve (RFC 8032, 5.1.3): a public
    key does, half of all random 32 bytes (a private seed's) do not."""
    if len(key) != ED25519_KEY_BYTES:
        return False
    number = int.from_bytes(key, "little")
    y, sign = number & ((1 << 255) - 1), number >> 255
    if y >= _P:
        return False
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return sign == 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_MINUS_ONE % _P
    return (x * x - x2) % _P == 0
