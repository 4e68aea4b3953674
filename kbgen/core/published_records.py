"""Keys and digests that DNS records publish, for the gate (issue 19, branch fp66).

Mail server guides show the records to add to a zone: maddy's `default._domainkey.example.org.
TXT "v=DKIM1; k=ed25519; p=nAcU…="` and `_25._tcp.mx1.example.org. TLSA 3 1 1 7f59…`. A DKIM
record's `p=` is the signing key's public half (RFC 6376, 3.6.1), a TLSA record's last field a
digest of the server's certificate or public key (RFC 6698, 2.1), an SSHFP record's a digest of
a host key (RFC 4255): every resolver hands them to anyone who asks. The entropy check reads
them as keys.

Accepted only on a line that holds the record as a zone file writes it (an owner name, a TTL, a
class, the type, then its data; nothing else before it), with nothing on it naming anything
private, secret or a password:

- DKIM: `v=DKIM1` on the line and `p=` then base64 that decodes to a SubjectPublicKeyInfo (an
  RSA key as `opendkim-genkey` prints it), or to 32 bytes where the record says `k=ed25519`;
  random base64 of another length, or a private key's DER (PKCS#1, PKCS#8), stays a finding;
- TLSA: `TLSA`, a usage (0-3), a selector (0-1), a matching type 1 or 2, then hex of that
  digest's length (64 for SHA-256, 128 for SHA-512);
- SSHFP: `SSHFP`, an algorithm (1-4), a type 1 or 2, then hex of 40 (SHA-1) or 64 (SHA-256);
  after a TLSA's or an SSHFP's digest, nothing but a quote, a bracket or a `;` comment.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

_ZONE_START = (r"^[ \t>`|]*(?:[\w*.-]+\.?[ \t]+)?(?:\d+[ \t]+)?(?:IN[ \t]+)?")
"""What stands before a record's data on its line: an owner name, a TTL and a class, as a
zone file writes them, and nothing else (no words: `Geheimer Schlüssel: v=DKIM1; …`)."""
_DKIM_RECORD = re.compile(_ZONE_START + r"(?:TXT[ \t]+)?[(\"' \t]*v=DKIM1;")
_DIGEST_RECORD = re.compile(_ZONE_START + r"(?:TLSA|SSHFP)[ \t]")
_DKIM_KEY = re.compile(r"(?<![A-Za-z0-9])p=(?P<key>[A-Za-z0-9+/]{40,1000}={0,2})(?![A-Za-z0-9+/=])")
_ED25519 = re.compile(r"(?i)(?<![a-z])k=ed25519\b")
_RECORD_END = r"(?=[ \t\"'`)]*(?:;.*)?$)"
"""After a record's last field: quotes, a bracket, a zone file's `;` comment, the line's end."""
_TLSA = re.compile(r"\bTLSA[ \t]+[0-3][ \t]+[01][ \t]+(?P<type>[12])[ \t]+(?P<hex>[0-9A-Fa-f]+)"
                   + _RECORD_END)
_SSHFP = re.compile(r"\bSSHFP[ \t]+[1-4][ \t]+(?P<type>[12])[ \t]+(?P<hex>[0-9A-Fa-f]+)"
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
    if "DKIM1" in line and _DKIM_RECORD.match(line):
        ed25519 = _ED25519.search(line) is not None
        for match in _DKIM_KEY.finditer(line):
            der = _decoded(match.group("key"))
            if der is not None and (public_key_info(der)
                                    or ed25519 and len(der) == ED25519_KEY_BYTES):
                spans.append(match.span("key"))
    if not _DIGEST_RECORD.match(line):
        return spans
    for pattern, lengths in ((_TLSA, _TLSA_LENGTHS), (_SSHFP, _SSHFP_LENGTHS)):
        spans += [match.span("hex") for match in pattern.finditer(line)
                  if len(match.group("hex")) == lengths[match.group("type")]]
    return spans


def _decoded(text: str) -> bytes | None:
    """The bytes of strict base64 `text`, or None."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
