"""An armoured certificate or public key read as PEM reads it (RFC 7468), for the gate
(issue 19, branch fp57).

The gate passes the lines of a `-----BEGIN CERTIFICATE-----` (or `PUBLIC KEY`) block as public
material. Judged by its first line alone, any base64 between the armour lines passed: a
40-character secret written over one line of a real certificate, or a key under a
certificate's label. A block is public only when all of these hold:

- an `-----END <label>-----` line closes it, and every line between is base64 alone
  (indentation aside);
- every line but the last has one length and the last is no longer (64, as PEM writes, or
  any one width a tool wrapped at, a multiple of 4): a line written over with a value of
  another length breaks it;
- the lines decode as strict base64 to DER, and `cryptography` parses the whole as the label
  says: a certificate (or, under a certificate's label, a certificate request with no
  challenge password, as Traefik's docs paste one), a public key (SubjectPublicKeyInfo, or
  PKCS #1's RSA public key), nothing after it;
- the certificate names no mailbox and no host outside the public DNS
  (`names_nothing_private`);
- a self-signed certificate's signature checks against its own key, and a certificate issued
  by another one checks against the key of a certificate on the page that names its issuer: a
  line written over with a value of the same length that still parses breaks the signature.
  A certificate whose issuer is not on the page cannot be checked, so it is no public block
  (gap58: its modulus or signature line written over with 64 characters of a password or a
  token parsed and passed, rev57's pem-03…06); no help centre of the gate's corpora shows one.

A certificate cut short as documentation shows one (its first line only, then the END line)
is public when that line decodes to a certificate's opening: DER whose elements are
consistent up to the cut, a version, a serial number and a signature algorithm `cryptography`
knows (base64 of anything else, a token among it, is not).

A block written inside a container reads as the same block (issue 19, branch xray59): a JSON
array or YAML list of the armour's lines, one quoted string each (Xray's `"certificate": [...]`),
and armour of two to five dashes a side (as Xray's pages print it) are unwrapped line for line
(`unwrapped`) before the block is judged; a private key in that form stays a private key.
A public key is not unwrapped (fixx59, rev59's R4): it proves nothing, so in those forms its
lines are read as main read them.

Anything else is no public block: each of its lines is read as any other line would be (a
token there stays found). Left: an RSA public key cannot be checked (any number is a modulus),
nor can an Ed25519 or X25519 key (any 32 bytes): one of their lines written over with base64 of
the same width that still parses as DER passes, as every line did before, unless it decodes
to sixteen printable bytes in a row (base64 of a secret's text: fixx59), which no key's DER
holds.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import AttributeOID, NameOID, SignatureAlgorithmOID

from kbgen.core.host_suffixes import icann as _suffixes

CERTIFICATE_LABELS = frozenset({"CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"})
"""Armour labels of an X.509 certificate (RFC 7468 section 5; OpenSSL's trusted form)."""
KEY_LABELS = frozenset({"PUBLIC KEY", "RSA PUBLIC KEY"})
"""Armour labels of a public key (SubjectPublicKeyInfo, RFC 7468 section 13; PKCS #1's)."""
LABELS = CERTIFICATE_LABELS | KEY_LABELS

_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_MAX_WIDTH = 76
"""The widest line a PEM or MIME writer wraps at."""


_ARMOUR = re.compile(r"-{2,5}(BEGIN|END) ([A-Z0-9 ]{1,40}?)-{2,5}")
_ITEM = re.compile(r"[ \t]*(?:- )?([\"'])([^\"']{1,100})\1,?[ \t]*")
"""A JSON array's or YAML list's item of one quoted string, alone on its line."""


def unwrapped(lines: list[str]) -> list[str]:
    """`lines` with each armoured block written as quoted items of a list (`"-----BEGIN
    CERTIFICATE-----",` then its base64 lines, each an item) written bare, and each armour line
    of two to five dashes a side written with five; line for line, the rest unchanged."""
    out = list(lines)
    opened: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        item = _ITEM.fullmatch(line)
        value = item.group(2).strip() if item else line.strip()
        armour = _ARMOUR.fullmatch(value)
        if armour and armour.group(1) == "BEGIN" and _unwraps(armour.group(2)):
            opened = [(number, f"-----BEGIN {armour.group(2)}-----")]
        elif armour and opened:
            opened.append((number, f"-----END {armour.group(2)}-----"))
            if all(_ITEM.fullmatch(lines[at]) for at, _ in opened) or not any(
                    _ITEM.fullmatch(lines[at]) for at, _ in opened):
                for at, bare in opened:
                    out[at] = bare
            opened = []
        elif opened and _BASE64.fullmatch(value):
            opened.append((number, value))
        else:
            opened = []
    return out


def _unwraps(label: str) -> bool:
    """A block under `label` is read as PEM in a list or two- to four-dash armour, but a
    public key's (`PUBLIC KEY`, `RSA PUBLIC KEY`): its body proves nothing (fixx59, rev59's R4),
    so it is read line by line there, as main read it."""
    return label not in KEY_LABELS


_TEXT = re.compile(rb"[ -~]{16,}")
"""Sixteen printable bytes in a row: text, where a public key holds an OID and key bytes."""


@dataclass(frozen=True)
class _Parsed:
    """What a block decoded to: a certificate (to check its signature) or None."""

    certificate: x509.Certificate | None


def body(lines: list[str], begin: int, label: str, limit: int) -> list[str] | None:
    """The lines between the armour opened on line `begin` and its `-----END <label>-----`
    (within `limit` lines), stripped; None when no END line closes it there."""
    end = f"-----END {label}-----"
    if end in lines[begin]:
        return None
    for number in range(begin + 1, min(len(lines), begin + limit)):
        if end in lines[number]:
            return [line.strip() for line in lines[begin + 1:number]]
        if "-----END " in lines[number] or "-----BEGIN " in lines[number]:
            return None
    return None


def shaped(body_lines: list[str]) -> bool:
    """Base64 alone on every line, every line but the last one length (a multiple of 4, 76
    at most), the last no longer."""
    if not body_lines or not all(_BASE64.fullmatch(line) for line in body_lines):
        return False
    width = len(body_lines[0])
    return (width % 4 == 0 and (width <= _MAX_WIDTH or len(body_lines) == 1)
            and all(len(line) == width for line in body_lines[:-1])
            and 0 < len(body_lines[-1]) <= width)


def _parse(label: str, der: bytes) -> _Parsed | None:
    """`der` parsed as `label` says, or None."""
    try:
        if label in KEY_LABELS:
            serialization.load_der_public_key(der)
            return None if _TEXT.search(der) else _Parsed(None)
        try:
            return _Parsed(x509.load_der_x509_certificate(der))
        except ValueError:
            pass
        try:
            request = x509.load_der_x509_csr(der)  # Traefik's docs label a request so
        except ValueError:
            return _Parsed(None) if _bare_request(der) else None
        try:
            request.attributes.get_attribute_for_oid(AttributeOID.CHALLENGE_PASSWORD)
        except x509.AttributeNotFound:
            return _Parsed(None) if request.is_signature_valid else None
        return None  # SCEP's enrolment secret
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return None




_SIGNATURES = frozenset(value.dotted_string for name, value in vars(SignatureAlgorithmOID).items()
                        if isinstance(value, x509.ObjectIdentifier))
"""The signature algorithms `cryptography` names (RSA, ECDSA, EdDSA, DSA, GOST ...)."""
_CONSTRUCTED = frozenset({0x30, 0x31, 0xA0, 0xA3})
"""SEQUENCE, SET and a certificate's explicit [0] version and [3] extensions."""
_PRIMITIVE = frozenset({0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0C, 0x13, 0x14, 0x16, 0x17, 0x18,
                        0x1E})
"""BOOLEAN, INTEGER, BIT and OCTET STRING, NULL, OID, the strings and times of a name."""


def _header(data: bytes, at: int) -> tuple[int, int] | None:
    """(content start, content length) of the element at `at`, or None if its header is cut
    or is no DER length."""
    if at + 1 >= len(data):
        return None
    first = data[at + 1]
    if first < 0x80:
        return at + 2, first
    size = first & 0x7F
    if not 1 <= size <= 3 or at + 2 + size > len(data):
        return None
    return at + 2 + size, int.from_bytes(data[at + 2:at + 2 + size], "big")


def _consistent(data: bytes, at: int, end: int) -> bool:
    """The elements from `at` to `end` (which may lie past the cut) are of a certificate's
    kinds and fit inside each other, the last one cut at most."""
    while at < min(end, len(data)):
        if data[at] not in _CONSTRUCTED | _PRIMITIVE:
            return False
        header = _header(data, at)
        if header is None:
            return True  # cut inside the last element's header
        start, length = header
        if start + length > end:
            return False
        if data[at] in _CONSTRUCTED and not _consistent(data, start, start + length):
            return False
        at = start + length
    return True


def _encoded(dotted: str) -> bytes:
    """An OBJECT IDENTIFIER's content bytes (X.690 8.19)."""
    arcs = [int(arc) for arc in dotted.split(".")]
    encoded = bytearray()
    for arc in [40 * arcs[0] + arcs[1], *arcs[2:]]:
        chunk = [arc & 0x7F]
        while arc > 0x7F:
            arc >>= 7
            chunk.append(arc & 0x7F | 0x80)
        encoded.extend(reversed(chunk))
    return bytes(encoded)


_SIGNATURE_CONTENTS = frozenset(_encoded(dotted) for dotted in _SIGNATURES)


def cut_opening(der: bytes) -> bool:
    """`der` is a certificate's opening, cut short: an outer and a to-be-signed SEQUENCE
    longer than what is there, a version and a serial number whole, a known signature
    algorithm (whole, or cut where the bytes end), then elements consistent up to the cut."""
    outer = _header(der, 0) if der[:1] == b"\x30" else None
    tbs = _header(der, outer[0]) if outer and der[outer[0]:outer[0] + 1] == b"\x30" else None
    if outer is None or tbs is None or outer[0] + outer[1] <= len(der):
        return False
    at = tbs[0]
    if der[at:at + 5] in (b"\xa0\x03\x02\x01\x00", b"\xa0\x03\x02\x01\x01",
                           b"\xa0\x03\x02\x01\x02"):
        at += 5
    serial = _header(der, at) if der[at:at + 1] == b"\x02" else None
    if serial is None or not 1 <= serial[1] <= 21:
        return False
    at = serial[0] + serial[1]
    algorithm = _header(der, at) if der[at:at + 1] == b"\x30" else None
    oid = _header(der, algorithm[0]) if algorithm and der[algorithm[0]:algorithm[0] + 1] == (
        b"\x06") else None
    if oid is None:
        return False
    known = der[oid[0]:oid[0] + oid[1]]  # whole, or cut where the line ends
    if not any(content.startswith(known) and (len(known) == oid[1] == len(content)
                                              or oid[0] + len(known) == len(der))
               for content in _SIGNATURE_CONTENTS):
        return False
    return _consistent(der, 0, outer[0] + outer[1])


_REQUEST_HASHES: dict[bytes, type[hashes.HashAlgorithm]] = {
    _encoded("1.2.840.113549.1.1.5"): hashes.SHA1,
    _encoded("1.2.840.113549.1.1.11"): hashes.SHA256,
    _encoded("1.2.840.113549.1.1.12"): hashes.SHA384,
    _encoded("1.2.840.113549.1.1.13"): hashes.SHA512,
}
"""RSA signature algorithms (PKCS #1 v1.5) a request without attributes is read with."""


def _children(der: bytes, at: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """The whole elements from `at` to `end` as (tag, start, content start, end); None if
    one is cut or runs past `end`."""
    children = []
    while at < end:
        header = _header(der, at)
        if header is None or header[0] + header[1] > end:
            return None
        children.append((der[at], at, header[0], header[0] + header[1]))
        at = header[0] + header[1]
    return children


def _bare_request(der: bytes) -> bool:
    """A PKCS #10 request written without its attributes field (older tools; the request
    Traefik's JWT pages paste under a certificate's label), RSA-signed, whose signature checks
    against its own key: `cryptography` refuses the missing field."""
    outer = _children(der, 0, len(der))
    if outer is None or len(outer) != 1 or outer[0][0] != 0x30:
        return False
    parts = _children(der, outer[0][2], outer[0][3])
    if parts is None or [part[0] for part in parts] != [0x30, 0x30, 0x03]:
        return False
    info, algorithm, signature = parts
    fields = _children(der, info[2], info[3])
    oid = _children(der, algorithm[2], algorithm[3])
    if fields is None or [field[0] for field in fields] != [0x02, 0x30, 0x30] or not oid:
        return False
    digest = _REQUEST_HASHES.get(der[oid[0][2]:oid[0][3]])
    try:
        key = serialization.load_der_public_key(der[fields[2][1]:fields[2][3]])
        if digest is None or not isinstance(key, rsa.RSAPublicKey):
            return False
        key.verify(der[signature[2] + 1:signature[3]], der[info[1]:info[3]],
                   padding.PKCS1v15(), digest())
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def names_nothing_private(certificate: x509.Certificate) -> bool:
    """The certificate names no mailbox (a subject's `emailAddress`, an `rfc822Name`: a
    person's S/MIME certificate) and no host outside the public DNS (`payroll.acme.internal`;
    the names RFC 6761 reserves, `whoami.localhost`, are no one's): what it names is published
    with it (xray59; fp56's hostile certificates, rev57's pem-15). An address is not judged
    here (a cluster's service address as a common name: NetBird's docs)."""
    hosts = [attribute.value for attribute in certificate.subject
             if attribute.oid == NameOID.COMMON_NAME and isinstance(attribute.value, str)]
    if any(attribute.oid == NameOID.EMAIL_ADDRESS for attribute in certificate.subject):
        return False
    try:
        names = certificate.extensions.get_extension_for_class(
            x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        names = x509.SubjectAlternativeName([])
    if names.get_values_for_type(x509.RFC822Name):
        return False
    hosts += names.get_values_for_type(x509.DNSName)
    return all(_public_host(host.lower().lstrip("*.")) for host in hosts
               if "." in host and " " not in host and not _IP.fullmatch(host))


_IP = re.compile(r"[0-9.]{7,15}|[0-9a-f:]{2,39}")
_RESERVED = frozenset({"localhost", "example", "test", "invalid"})
"""Top-level names RFC 6761 reserves: no one's host."""


def _public_host(host: str) -> bool:
    return host.rsplit(".", 1)[-1] in _RESERVED or _suffixes().publicsuffix(host) is not None


def _signed_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


class PemBlocks:
    """The armoured blocks of one page, each read once."""

    def __init__(self, lines: list[str], limit: int) -> None:
        self._lines = lines
        self._limit = limit
        self._parsed: dict[int, _Parsed | None] = {}
        self._page_certificates: list[x509.Certificate] | None = None

    def public(self, begin: int, label: str) -> bool:
        """The block opened on line `begin` under `label` (one of LABELS) holds what its label
        says, whole and untouched (see the module's docstring)."""
        parsed = self._read(begin, label)
        if parsed is None:
            return False
        certificate = parsed.certificate
        if certificate is None:
            return True
        if not names_nothing_private(certificate):
            return False
        if certificate.issuer == certificate.subject:
            return _signed_by(certificate, certificate)
        issuers = [issuer for issuer in self._certificates()
                   if issuer.subject == certificate.issuer]
        return bool(issuers) and all(_signed_by(certificate, issuer) for issuer in issuers)

    def _read(self, begin: int, label: str) -> _Parsed | None:
        if begin not in self._parsed:
            lines = body(self._lines, begin, label, self._limit)
            parsed = None
            if lines is not None and shaped(lines):
                try:
                    der = base64.b64decode("".join(lines), validate=True)
                except (binascii.Error, ValueError):
                    der = b""
                parsed = _parse(label, der) if der else None
                if parsed is None and len(lines) == 1 and label in CERTIFICATE_LABELS \
                        and len(lines[0]) <= _MAX_WIDTH and cut_opening(der):
                    parsed = _Parsed(None)  # its first line only, as documentation shows one
            self._parsed[begin] = parsed
        return self._parsed[begin]

    def public_spans(self) -> list[tuple[int, int]]:
        """(BEGIN line, END line) of every block on the page that `public` judges so: two of
        its lines read joined (a value split over two lines) are its base64 and armour too."""
        spans = []
        for number, label in self._openings():
            lines = body(self._lines, number, label, self._limit)
            if lines is not None and self.public(number, label):
                spans.append((number, number + len(lines) + 1))
        return spans

    def signed_spans(self) -> list[tuple[int, int]]:
        """(BEGIN line, END line) of every whole certificate on the page whose signature checks
        (`public`, not a cut one): each byte of its base64 is the signer's, none a writer's."""
        return [(begin, end) for begin, end in self.public_spans()
                if (parsed := self._parsed.get(begin)) is not None
                and parsed.certificate is not None]

    def _openings(self) -> list[tuple[int, str]]:
        """(line, label) of every BEGIN line of LABELS on the page."""
        return [(number, label) for number, line in enumerate(self._lines)
                if "-----BEGIN " in line
                for label in LABELS if f"-----BEGIN {label}-----" in line]

    def _certificates(self) -> list[x509.Certificate]:
        """Every certificate the page holds in an armour of its own (read once)."""
        if self._page_certificates is None:
            self._page_certificates = self._read_certificates()
        return self._page_certificates

    def _read_certificates(self) -> list[x509.Certificate]:
        found = []
        for number, label in self._openings():
            if label in CERTIFICATE_LABELS:
                parsed = self._read(number, label)
                if parsed is not None and parsed.certificate is not None:
                    found.append(parsed.certificate)
        return found
