"""Public keys and key fingerprints are published by design (kbgen.core.public_keys): the gate
lets them pass, and keeps what only looks like them."""

from __future__ import annotations

import base64

import pytest

from kbgen.core.privacy import scan
from kbgen.core.public_keys import public_key_spans

ED25519 = base64.b64encode(b"\0\0\0\x0bssh-ed25519\0\0\0\x20" + bytes(range(7, 39))).decode()
RSA = base64.b64encode(b"\0\0\0\x07ssh-rsa\0\0\0\x03\x01\0\x01\0\0\x01\x01" + bytes(range(60))
                       ).decode()
SHA = "kfZ8xB3L0q9dP2mYwT5vN7cR1hJ4sG6aE8uK0oI3zXc"


@pytest.mark.parametrize("line", [
    f"echo 'ssh-ed25519 {ED25519} me@laptop' >> ~/.ssh/authorized_keys",
    f"ssh-rsa {RSA} me@laptop",
    f"ED25519 key fingerprint is SHA256:{SHA}.",
    f"| puhti.csc.fi | ED25519 | `SHA256:{SHA}` |",
    "MD5:3c:9f:2a:11:7b:04:dd:e5:9a:0c:6f:21:88:ab:cd:ef",
])
def test_public_keys_and_fingerprints_pass(line: str) -> None:
    assert public_key_spans(line)
    assert scan(line) == []


@pytest.mark.parametrize("line", [
    f"ssh-rsa {ED25519}",  # the blob names another algorithm
    "ssh-ed25519 Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0LzQ2QwZyLs8kJP8eHLcNv13A",  # no key format
    f"client secret: SHA256:{SHA}",
    f"api_key = SHA256:{SHA}",
    f"SHA256:{SHA}x",  # 44 characters: not a fingerprint
])
def test_look_alikes_are_found(line: str) -> None:
    assert scan(line) != []
