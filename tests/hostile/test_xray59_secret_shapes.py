"""Issue 19 (xray59): the accepting readings of secret shapes, attacked. A receiving address
passes only when its checksum and version prove it (kbgen.core.receiving_addresses); a
certificate in a JSON array or YAML list passes only as PEM would pass it, and names nothing
private (kbgen.core.pem_blocks). Every `xray59-…` row of bench/gatecorpus/hostile.yml (a real
private key, a token dressed as an address or as a block) must stay found."""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import random
from collections.abc import Callable
from pathlib import Path

import base58
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kbgen.core.privacy import Allowed, Finding, scan
from tests.yaml_tables import yaml_table

HOSTILE = Path(__file__).parents[2] / "bench" / "gatecorpus" / "hostile.yml"
ROWS = [row for row in yaml_table(HOSTILE)
        if str(row["id"]).startswith("xray59-")]
SPONSOR = """## Donation & NFTs

- **TRX(Tron)/USDT/USDC: `TNrDh5VSfwd4RPrwsohr6poyNTfFefNYan`**
- **TON: `UQApeV-u2gm43aC1uP76xAC1m6vCylstaN1gpfBmre_5IyTH`**
- **BTC: `1JpqcziZZuqv3QQJhZGNGBVdCBrGgkL6cT`**
"""
"""Xray's sponsor page (MPL-2.0), the addresses it publishes on purpose."""


def _found(text: str) -> list[Finding]:
    return [finding for finding in scan(text, Allowed()) if not finding.advisory]


def test_there_are_twenty_and_more_attacks() -> None:
    assert len(ROWS) >= 30


@pytest.mark.parametrize("row", ROWS, ids=[str(row["id"])[:9] for row in ROWS])
def test_every_attack_is_found(row: dict[str, str]) -> None:
    assert row["kind"] in {finding.kind for finding in _found(row["text"])}


def test_a_projects_published_receiving_addresses_pass() -> None:
    assert _found(SPONSOR) == []


def _bytes(count: int, label: str) -> bytes:
    """`count` bytes drawn by a generator seeded with `label`: the same in every run (a fresh
    random address reads as words to the gate about once in a few hundred draws: CI on m61
    drew `3Mw2zYsQzfrhKgWbGcqgHaWtcpFw5Lovde`, not found unnamed)."""
    return random.Random(label).randbytes(count)


def _p2sh(label: str) -> str:
    return base58.b58encode_check(
        bytes([0x05]) + hashlib.sha256(_bytes(33, label)).digest()[:20]).decode()


def _wif(label: str) -> str:
    return base58.b58encode_check(bytes([0x80]) + _bytes(32, label) + b"\x01").decode()


def _ton(label: str) -> str:
    body = bytes([0x11, 0x00]) + _bytes(32, label)
    return base64.urlsafe_b64encode(body + binascii.crc_hqx(body, 0).to_bytes(2, "big")).decode()


@pytest.mark.parametrize("line", [
    lambda: f"- **BTC: `{_p2sh('p2sh')}`**",
    lambda: f"- TRX: {base58.b58encode_check(b'A' + _bytes(20, 'tron')).decode()}",
    lambda: f"TON: {_ton('ton')}",
], ids=["p2sh", "tron", "ton"])
def test_fresh_receiving_addresses_pass(line: Callable[[], str]) -> None:
    assert _found("## Donations\n\n" + line() + "\n") == []  # fixx59: a donation's section


@pytest.mark.parametrize("line", [
    lambda: f"- send to `{_p2sh('unnamed')}`",  # no coin named
    lambda: f"- **BTC api token: `{_p2sh('secret')}`**",  # the line calls it a secret
    lambda: f"- **LTC: `{_p2sh('other coin')}`**",  # another coin's name
    lambda: f"- **BTC: `{_p2sh('glued')}x`**",  # not the whole value
    lambda: f"- **BTC: `{_wif('wif')}`**",
], ids=["unnamed", "secret", "other coin", "glued", "wif"])
def test_an_address_shape_without_its_proof_is_found(line: Callable[[], str]) -> None:
    assert _found(line() + "\n")


def _certificate(name: x509.Name, alternative: list[x509.GeneralName]) -> str:
    draw = random.Random(repr((name, alternative)))
    key = ec.derive_private_key(draw.getrandbits(250) | 1, ec.SECP256R1())
    start = datetime.datetime(2026, 1, 1)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(draw.getrandbits(159) | 1)
               .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=90)))
    if alternative:
        builder = builder.add_extension(x509.SubjectAlternativeName(alternative), False)
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode()


def _common(name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])


def _as_json(pem: str) -> str:
    return "```json\n" + json.dumps({"certificate": pem.strip().splitlines()}, indent=2) + \
        "\n```\n"


@pytest.mark.parametrize("container", [lambda pem: f"```\n{pem}```\n", _as_json],
                         ids=["armour", "json array"])
@pytest.mark.parametrize("name, alternative", [
    (_common("payroll"), [x509.DNSName("payroll.acme.internal")]),
    (_common("nas.corp.lan"), []),
    (_common("Jane Doe"), [x509.RFC822Name("jane.doe@acme-payroll.com")]),
    (x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jane Doe"),
                x509.NameAttribute(NameOID.EMAIL_ADDRESS, "jane.doe@gmail.com")]), []),
], ids=["internal host", "lan name", "mailbox", "subject mailbox"])
def test_a_certificate_naming_something_private_is_no_public_block(
        container: Callable[[str], str], name: x509.Name,
        alternative: list[x509.GeneralName]) -> None:
    assert _found(container(_certificate(name, alternative)))


@pytest.mark.parametrize("container", [lambda pem: f"```\n{pem}```\n", _as_json],
                         ids=["armour", "json array"])
@pytest.mark.parametrize("name, alternative", [
    (_common("proxy.example.com"), [x509.DNSName("*.example.com")]),
    (_common("Whoami"), [x509.DNSName("whoami.localhost")]),
    (_common("10.152.183.1"), []),
], ids=["public host", "reserved name", "address"])
def test_a_certificate_for_a_public_host_stays_public(
        container: Callable[[str], str], name: x509.Name,
        alternative: list[x509.GeneralName]) -> None:
    assert _found(container(_certificate(name, alternative))) == []
