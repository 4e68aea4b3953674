"""Two false findings from Hetzner's community tutorials (issue 19, imp38): an SSH public key
shown shortened to show its shape (`ssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ov…`),
whose end read as a token, and strongSwan's `ipsec status` listing, where an SPI ending one row
(`cbe50d53_o`) and the next row's label (`TemplateTwoSix`) were joined into a "split" key.
Secrets dressed as either shape are still found."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

TOKEN = "API key or token"
SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCYzQ9k3LmT7w"

IPSEC = """```text
Security Associations (2 up, 0 connecting):
  TemplateTwo{12}:  INSTALLED, TRANSPORT, ESP in UDP SPIs: c5b8b7f7_i ccf37767_o
  TemplateTwo{12}:   172.31.1.100/32 === 192.0.2.10/32
  TemplateTwoSix{11}:  INSTALLED, TRANSPORT, ESP SPIs: c5521750_i cbe50d53_o
  TemplateTwoSix{11}:   2001:db8:c17::2/128 === 2001:db8:61:20e1::2/128
```
"""


@pytest.mark.parametrize("text", [
    "```\nssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ovvAH/6SAsKD6\n```\n",
    "Der Schlüssel sieht so aus: `ssh-rsa AAAAB3NzaC1yc2EAAAA...rdj7eitNUjlIV8ovvAH/6SAsKD6`",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…Xq7u8Kf3sPz9wAbcdEfgh user@host",
    IPSEC,
], ids=["shortened RSA key in code", "shortened RSA key in text", "shortened Ed25519 key",
        "strongSwan listing"])
def test_shown_shapes_pass(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text", [
    f"ssh-rsa AAAAB3NzaC1yc2EAAAA...{SECRET}",  # an end longer than a shortened key's
    "ssh-rsa AAAAQ3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ovvAH/6SAsKD6",  # no RSA key's start
    "ssh-rsa AAAAB3NzaC1yc2EAAAA...rdj7eitNUjlIV8ovvAH/6SAsKD6 is the token",  # names one
    "```\n  Row1: SPIs: c5521750_i q8Zr2LmX7vN4p\n  T9wK3sB6yD1aaZq8Zr2Lm rest\n```\n",
], ids=["secret after a shortened key", "not a key's start", "a line naming a token",
        "key split over rows without a repeated label"])
def test_secrets_in_those_shapes_are_found(text: str) -> None:
    assert TOKEN in {finding.kind for finding in scan(text)}
