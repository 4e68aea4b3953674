"""Issue 19 (gap58): leaks main published (rev57's old gaps), closed as classes by structure.
Each text is a real leak shaped as last session's attack wrote it (people made up, secrets
random); each must be found (an error, not a warning)."""

from __future__ import annotations

import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kbgen.core.pem_blocks import PemBlocks
from kbgen.core.privacy import Allowed, scan


def _errors(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


@pytest.fixture(scope="module")
def leaf() -> list[str]:
    """A real leaf certificate (RSA 2048) issued by a CA that is not on the page."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issuer_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = datetime.datetime(2026, 1, 1)
    certificate = (x509.CertificateBuilder().subject_name(_name("hr.northbridge-payroll.co.uk"))
                   .issuer_name(_name("Northbridge Payroll Root CA"))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=800))
                   .sign(issuer_key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode().splitlines()


OVER_64 = (
    "amara+okonkwo+Winter2024+Northbridge+HR+portal+Hx7vQ2mZ9LpR3tYwA",
    "0000000000000000000000003f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01",
    "Xk9vQ2mZ7LpR3tYw8BnE4cF6hJ1aS5dG0qW2eR4tYu7iO9pA3sD5fG7hJ9kL1zX3",
)
"""64 base64 characters a leaker writes over one line of a certificate's modulus or signature
(the DER still parses: any bytes are a modulus, any bytes a signature)."""


@pytest.mark.parametrize("over", OVER_64)
@pytest.mark.parametrize("where", ["modulus", "signature"])
def test_a_line_written_over_in_a_leaf_whose_issuer_is_not_on_the_page_is_found(
        leaf: list[str], over: str, where: str) -> None:
    number = 7 if where == "modulus" else len(leaf) - 4
    lines = leaf[:number] + [over] + leaf[number + 1:]
    assert PemBlocks(lines, 200)._read(0, "CERTIFICATE") is not None  # it still parses
    text = "Our HR portal's certificate:\n\n```\n" + "\n".join(lines) + "\n```\n"
    assert _errors(text)
    indented = "```\n" + "".join(f"    {line}\n" for line in lines) + "```\n"
    assert _errors(indented)


def test_a_leaf_whose_issuer_is_not_on_the_page_is_no_public_block(leaf: list[str]) -> None:
    assert not PemBlocks(leaf, 200).public(0, "CERTIFICATE")
