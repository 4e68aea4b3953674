"""Issue 19 (fp56): certificates, certificate requests and public keys are public material
in any wrapping (kbgen.core.privacy.public_certificates): base64 lines joined over one JSON
string a line, an armour of two dashes or none, that `cryptography` parses whole. A private key
in any label, a certificate beside a private key, one whose names the gate reports, and base64
that parses as nothing stay found (more are rows `fp56-…` of bench/gatecorpus/hostile.yml).

The material is made here, with `cryptography`, but for Xray's own certificate (the rule's
seen shape, from its TLS settings page without the key printed under it)."""

from __future__ import annotations

import base64
import datetime
import hashlib
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import AttributeOID, NameOID

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, public_certificates, scan
from tests.hostile.test_many_findings import scanned_by_module

XRAY_LINES = [
    '  "certificate": [',
    '    "--BEGIN CERTIFICATE--",',
    '    "MIICwDCCAaigAwIBAgIRAO16JMdESAuHidFYJAR/7kAwDQYJKoZIhvcNAQELBQAw",',
    '    "ADAeFw0xODA0MTAxMzU1MTdaFw0xODA0MTAxNTU1MTdaMAAwggEiMA0GCSqGSIb3",',
    '    "DQEBAQUAA4IBDwAwggEKAoIBAQCs2PX0fFSCjOemmdm9UbOvcLctF94Ox4BpSfJ+",',
    '    "3lJHwZbvnOFuo56WhQJWrclKoImp/c9veL1J4Bbtam3sW3APkZVEK9UxRQ57HQuw",',
    '    "OzhV0FD20/0YELou85TwnkTw5l9GVCXT02NG+pGlYsFrxesUHpojdl8tIcn113M5",',
    '    "pypgDPVmPeeORRf7nseMC6GhvXYM4txJPyenohwegl8DZ6OE5FkSVR5wFQtAhbON",',
    '    "OAkIVVmw002K2J6pitPuJGOka9PxcCVWhko/W+JCGapcC7O74palwBUuXE1iH+Jp",',
    '    "noPjGp4qE2ognW3WH/sgQ+rvo20eXb9Um1steaYY8xlxgBsXAgMBAAGjNTAzMA4G",',
    '    "A1UdDwEB/wQEAwIFoDATBgNVHSUEDDAKBggrBgEFBQcDATAMBgNVHRMBAf8EAjAA",',
    '    "MA0GCSqGSIb3DQEBCwUAA4IBAQBUd9sGKYemzwPnxtw/vzkV8Q32NILEMlPVqeJU",',
    '    "7UxVgIODBV6A1b3tOUoktuhmgSSaQxjhYbFAVTD+LUglMUCxNbj56luBRlLLQWo+",',
    '    "9BUhC/ow393tLmqKcB59qNcwbZER6XT5POYwcaKM75QVqhCJVHJNb1zSEE7Co7iO",',
    '    "6wIan3lFyjBfYlBEz5vyRWQNIwKfdh5cK1yAu13xGENwmtlSTHiwbjBLXfk+0A/8",',
    '    "r/2s+sCYUkGZHhj8xY7bJ1zg0FRalP5LrqY+r6BckT1QPDIQKYy615j1LpOtwZe/",',
    '    "d4q7MD/dkzRDsch7t2cIjM/PYeMuzh87admSyL6hdtK0Nm/Q",',
    '    "--END CERTIFICATE--"',
    '  ],',
]
"""Xray's `CertificateObject` example (docs/en/config/transports/tls.md), its key left out."""
XRAY = "```json\n{\n" + "\n".join(XRAY_LINES) + "\n}\n```\n"

KEY = ec.generate_private_key(ec.SECP256R1())


def _certificate(common_name: str, alternative: str = "", email: str = "") -> bytes:
    names = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if email:
        names.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    name = x509.Name(names)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(KEY.public_key()).serial_number(0x5EED)
               .not_valid_before(datetime.datetime(2026, 1, 1))
               .not_valid_after(datetime.datetime(2036, 1, 1)))
    if alternative:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(alternative)]), critical=False)
    return builder.sign(KEY, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _request(challenge: bytes = b"") -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "vpn.example.net")])
    builder = x509.CertificateSigningRequestBuilder().subject_name(name)
    if challenge:
        builder = builder.add_attribute(AttributeOID.CHALLENGE_PASSWORD, challenge)
    return builder.sign(KEY, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _private(encryption: serialization.KeySerializationEncryption | None = None,
             format: serialization.PrivateFormat = serialization.PrivateFormat.PKCS8) -> bytes:
    return KEY.private_bytes(serialization.Encoding.DER, format,
                             encryption or serialization.NoEncryption())


def _openssh() -> bytes:
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption()).decode()
    return base64.b64decode("".join(pem.strip().splitlines()[1:-1]))


CERTIFICATE = _certificate("vpn.example.net")
PUBLIC_KEY = KEY.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)


def _lines(der: bytes) -> list[str]:
    text = base64.b64encode(der).decode()
    return [text[at:at + 64] for at in range(0, len(text), 64)]


def json_strings(der: bytes, label: str = "CERTIFICATE", extra: tuple[str, ...] = ()) -> str:
    """One JSON string a line, in an armour of two dashes (`label` "" for none)."""
    armour = ([f"--BEGIN {label}--"], [f"--END {label}--"]) if label else ([], [])
    items = [*armour[0], *_lines(der), *extra, *armour[1]]
    return ('```json\n{\n  "certificate": [\n'
            + ",\n".join(f'    "{item}"' for item in items) + "\n  ]\n}\n```\n")


def armoured(der: bytes, label: str = "CERTIFICAT", dashes: str = "--") -> str:
    """Base64 lines in an armour the gate's armour rule does not know."""
    return "```\n" + "\n".join([f"{dashes}BEGIN {label}{dashes}", *_lines(der),
                                 f"{dashes}END {label}{dashes}"]) + "\n```\n"


@pytest.mark.parametrize("text", [
    XRAY,
    json_strings(CERTIFICATE),
    json_strings(CERTIFICATE, label=""),
    armoured(CERTIFICATE),
    armoured(_request(), label="NEW CERTIFICATE REQUEST", dashes="-----"),
    json_strings(PUBLIC_KEY, label="PUBLIC KEY"),
], ids=["xray", "json strings", "json strings, no armour", "two dashes", "a request",
        "a public key"])
def test_certificate_material_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert public_certificates.REASON in {acceptance.reason for acceptance in explained}


TOKEN = "Xk29fLmQ8vR2pZ7tYw4NhB6cJ3sD5gF1"


@pytest.mark.parametrize("text", [
    json_strings(_private()),
    armoured(_private(format=serialization.PrivateFormat.TraditionalOpenSSL)),
    json_strings(_private(serialization.BestAvailableEncryption(b"hunter22")), label=""),
    json_strings(_openssh()),
    json_strings(CERTIFICATE) + "\n" + json_strings(_private(), label=""),
    json_strings(CERTIFICATE) + "\n```\n-----BEGIN EC PRIVATE KEY-----\n...\n```\n",
    json_strings(CERTIFICATE, extra=(TOKEN,)),
    json_strings(_certificate("payroll", alternative="payroll.acme.internal")),
    armoured(_certificate("Jane Doe", email="jane.doe@acme-payroll.com")),
    armoured(base64.b64decode(
        "sxlYqPvWreKgD5b8JyOQX0Yg2MLoRUoDyqVkd31PthIiwzdckoh5eD3JU7ysYBtN")),
    armoured(_request(challenge=b"Vx8kq2Lm9Tz4"), label="CERTIFICATE REQUEST"),
], ids=["a private key labelled a certificate", "PKCS #1 in two dashes",
        "an encrypted key, no armour", "an OpenSSH key", "a certificate beside its key",
        "a certificate beside a private key's armour", "a token as the last line",
        "an internal host's certificate", "a person's mailbox in the certificate",
        "base64 that parses as nothing", "a request with a challenge password"])
def test_private_keys_and_what_is_no_certificate_stay_found(text: str) -> None:
    found = [finding for finding in scan(text, Allowed()) if not finding.advisory]
    assert any(finding.kind == "API key or token" for finding in found), found


def test_a_token_beside_a_certificate_stays_found_and_the_certificate_passes() -> None:
    text = json_strings(CERTIFICATE).replace('  "certificate"', f'  "apiToken": "{TOKEN}",\n'
                                                                 '  "certificate"')
    found = [finding for finding in scan(text, Allowed()) if not finding.advisory]
    assert [(finding.line, finding.kind) for finding in found] == [(3, "API key or token")]


def _random(seed: int) -> str:
    """40 base64 characters that look random to the token rules."""
    return base64.b64encode(hashlib.sha256(str(seed).encode()).digest()).decode()[:40]


@pytest.mark.parametrize("shape, text", [
    ("a long run of base64 lines", lambda n: "```\n" + "\n".join(
        _random(i) for i in range(n)) + "\n```\n"),
    ("many runs of base64 lines", lambda n: "".join(
        f"```\n{_random(i)}\n{_random(-i)}\n```\n\n" for i in range(n))),
])
def test_many_base64_lines_are_read_in_linear_work(
        monkeypatch: pytest.MonkeyPatch, shape: str, text: Callable[[int], str]) -> None:
    """The rule's own patterns read each line a bounded number of times (other modules read
    back a fixed number of lines, which a run past it makes look faster than linear)."""
    work = []
    for size in (100, 400):
        with scanned_by_module(monkeypatch) as counts:
            assert scan(text(size), Allowed()), f"{shape}: no finding; it tests nothing"
        work.append(counts[public_certificates.__name__].total)
    assert 0 < work[1] <= 6 * max(work[0], 1_000), f"{shape}: {work[0]} -> {work[1]}"


def test_a_self_signed_certificate_written_over_with_a_secret_stays_found() -> None:
    """A line of its base64 replaced by a secret of the same length: the certificate still
    parses, its own signature no longer checks."""
    lines = _lines(CERTIFICATE)
    tampered = []
    for at in range(1, len(lines) - 1):
        der = base64.b64decode("".join(
            [*lines[:at], _random(at)[:40] + lines[at][40:], *lines[at + 1:]]))
        try:
            x509.load_der_x509_certificate(der)
        except ValueError:
            continue
        tampered.append(der)
    assert tampered, "no line can be written over and still parse: the test tests nothing"
    for der in tampered:
        assert any(finding.kind == "API key or token"
                   for finding in scan(json_strings(der), Allowed()))
