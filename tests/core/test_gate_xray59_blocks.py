"""Issue 19 (xray59): a block of lines that are one value is reported once, at its first line
with its extent (kbgen.core.privacy.block_findings), and a certificate written as a JSON
array's or YAML list's items is read as PEM reads it (kbgen.core.pem_blocks.unwrapped). Blocks
and certificates are made fresh in each run; hostile variants are rows `xray59-…` of
bench/gatecorpus/hostile.yml too."""

from __future__ import annotations

import base64
import datetime
import json
import random
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kbgen.core.privacy import Allowed, Finding, scan

TOKEN_40 = "Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0qW2eR4t"
GITHUB = "ghp_" + "R8x2Lq7Vn4Tz9Pw3Ks6Hd1Jm5Fb0Yc2Ng7Qe"
FINDS = {"API key or token", "password or secret", "private key"}

# Fresh bytes each test draws, seeded by the test's id: the same draws on every run and worker.
_DRAW = random.Random()


@pytest.fixture(autouse=True)
def _seeded_draws(request: pytest.FixtureRequest) -> None:
    _DRAW.seed(request.node.nodeid)



def _found(text: str) -> list[Finding]:
    return [finding for finding in scan(text, Allowed()) if not finding.advisory]


def _random_block(lines: int = 24, width: int = 64) -> list[str]:
    """Base64 of random bytes wrapped at `width`, `lines` long, the last line shorter."""
    encoded = base64.b64encode(_DRAW.randbytes(width * lines * 3 // 4)).decode()
    return [encoded[at:at + width] for at in range(0, width * (lines - 1), width)] + [
        encoded[width * (lines - 1):width * (lines - 1) + 40]]


def _code(*lines: str) -> str:
    return "Intro.\n\n```\n" + "\n".join(lines) + "\n```\n"


def test_a_block_is_one_finding_naming_its_lines() -> None:
    block = _random_block()
    found = _found(_code("--BEGIN CERTIFICAT--", *block, "--END CERTIFICAT--"))
    assert [(f.line, f.last_line, f.kind) for f in found] == [(4, 29, "API key or token")]
    assert found[0].extent == " (lines 4-29)"


def test_an_openvpn_static_key_is_one_finding_from_its_armour() -> None:
    key = _DRAW.randbytes(256).hex()
    found = _found(_code("-----BEGIN OpenVPN Static key V1-----",
                         *(key[at:at + 32] for at in range(0, 512, 32)),
                         "-----END OpenVPN Static key V1-----"))
    assert [(f.line, f.last_line) for f in found] == [(4, 21)]


@pytest.mark.parametrize("wrap", [
    lambda line: f"    {line}",
    lambda line: f'  "{line}",',
    lambda line: f"- '{line}'",
], ids=["indented", "json items", "yaml items"])
def test_an_armoured_block_in_a_container_is_one_finding(wrap: Callable[[str], str]) -> None:
    found = _found(_code(*map(wrap, ["--BEGIN CERTIFICAT--", *_random_block(12),
                                     "--END CERTIFICAT--"])))
    assert [(f.line, f.last_line) for f in found] == [(4, 17)]


@pytest.mark.parametrize("wrap", [
    lambda line: f"    {line}",
    lambda line: f'  "{line}",',
    lambda line: f"- '{line}'",
], ids=["indented", "json items", "yaml items"])
def test_a_run_without_armour_keeps_a_finding_a_line(wrap: Callable[[str], str]) -> None:
    """fixx59 (rev59 R1, R3): lines of one width without armour are several values (an API's
    example keys, a ticket's keys), one finding each."""
    found = _found(_code(*map(wrap, _random_block(12))))
    assert len(found) >= 10 and all(f.last_line is None for f in found), found


@pytest.mark.parametrize("intruder", [TOKEN_40, GITHUB, "password: " + TOKEN_40],
                         ids=["another width", "a vendor's token", "a labelled secret"])
def test_a_different_secret_inside_a_block_stays_its_own_finding(intruder: str) -> None:
    block = _random_block()
    found = _found(_code(*block[:10], intruder, *block[10:]))
    assert FINDS & {f.kind for f in found if f.line == 14 and f.last_line is None}, found


def test_two_blocks_are_two_findings_and_a_token_beside_them_its_own() -> None:
    first, second = _random_block(8), _random_block(8)
    found = _found(_code("--BEGIN CERTIFICAT--", *first, "--END CERTIFICAT--",
                         f"token = {TOKEN_40}", "--BEGIN CERTIFICAT--", *second,
                         "--END CERTIFICAT--"))
    assert [(f.line, f.last_line) for f in found] == [(4, 13), (14, None), (15, 24)]


def _certificate() -> tuple[str, str]:
    """A fresh self-signed certificate and its private key, as PEM."""
    key = ec.derive_private_key(_DRAW.getrandbits(250) | 1, ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "proxy.example.com")])
    start = datetime.datetime(2026, 1, 1)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(_DRAW.getrandbits(159) | 1)
                   .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=90))
                   .sign(key, hashes.SHA256()))
    return (certificate.public_bytes(serialization.Encoding.PEM).decode(),
            key.private_bytes(serialization.Encoding.PEM,
                              serialization.PrivateFormat.TraditionalOpenSSL,
                              serialization.NoEncryption()).decode())


def _json_config(certificate: str, key: str | None = None, dashes: int = 5) -> str:
    def items(pem: str) -> list[str]:
        return [line.replace("-----", "-" * dashes) for line in pem.strip().splitlines()]

    shown = {"certificate": items(certificate), **({"key": items(key)} if key else {})}
    return "```json\n" + json.dumps({"certificates": [shown]}, indent=2) + "\n```\n"


@pytest.mark.parametrize("dashes", [5, 2])
def test_a_certificate_as_a_json_array_is_read_as_pem(dashes: int) -> None:
    certificate, _ = _certificate()
    assert _found(_json_config(certificate, dashes=dashes)) == []


def test_a_certificate_as_a_yaml_list_is_read_as_pem() -> None:
    certificate, _ = _certificate()
    text = "```yaml\ncertificate:\n" + "".join(
        f'  - "{line}"\n' for line in certificate.strip().splitlines()) + "```\n"
    assert _found(text) == []


def test_a_private_key_as_a_json_array_is_found_once() -> None:
    certificate, key = _certificate()
    found = _found(_json_config(certificate, key))
    assert [f.kind for f in found] == ["private key"]


def test_a_json_arrays_certificate_line_written_over_is_found() -> None:
    certificate, _ = _certificate()
    lines = certificate.strip().splitlines()
    lines[2] = TOKEN_40 + lines[2][40:]
    found = _found(_json_config("\n".join(lines)))
    assert FINDS & {f.kind for f in found}, found


def test_a_token_as_an_item_after_a_json_arrays_certificate_is_found() -> None:
    certificate, _ = _certificate()
    found = _found(_json_config(certificate.strip() + "\n" + TOKEN_40))
    assert FINDS & {f.kind for f in found}, found
