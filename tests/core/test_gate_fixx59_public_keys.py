"""Issue 19 (fixx59): a public key is public only as far as pem_blocks proves it (rev59's R4):
in a JSON array, a YAML list or armour of two to four dashes its lines are read as main read
them, and in any form a line written over with base64 of a secret's text (sixteen printable
bytes in a row, which no key's DER holds) keeps the block from passing. Keys are made fresh."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kbgen.core.privacy import Allowed, scan

SECRET = "ghp_R8kL2mQ9xT4vZ7wN3pB6sD1fH5jK0yC2aE8u xx"


def _public_key_lines() -> list[str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo
                            ).decode().strip().split("\n")


def _written_over(lines: list[str]) -> list[str]:
    written = base64.b64encode(SECRET.encode()[:48].ljust(48, b"x")).decode()
    return [*lines[:3], written, *lines[4:]]


FORMS = {
    "bare": lambda lines: "\n".join(lines),
    "two dashes": lambda lines: "\n".join(line.replace("-----", "--") for line in lines),
    "three dashes": lambda lines: "\n".join(line.replace("-----", "---") for line in lines),
    "yaml list": lambda lines: "```yaml\npublic_key:\n" + "".join(
        f'  - "{line}"\n' for line in lines) + "```",
    "json array": lambda lines: '```json\n"publicKey": [\n' + ",\n".join(
        f'  "{line}"' for line in lines) + "\n]\n```",
    "single quotes": lambda lines: "```\nkey = [\n" + ",\n".join(
        f"  '{line}'" for line in lines) + "\n]\n```",
}


@pytest.mark.parametrize("form", FORMS)
def test_a_public_keys_line_written_over_with_a_secret_is_found(form: str) -> None:
    text = FORMS[form](_written_over(_public_key_lines()))
    assert [f for f in scan(text, Allowed()) if not f.advisory], text


def test_a_bare_public_key_untouched_passes() -> None:
    assert scan("\n".join(_public_key_lines()), Allowed()) == []
