"""Issue 19 (m57): a line of a public certificate whose base64 spells a secret's word by
chance (`…HPkHmACNS…` holds `hmac`; about one fresh certificate in 200, which failed m57's CI
in pem57's 600 fresh blocks) is material of the block, not a line naming a secret."""

from __future__ import annotations

from kbgen.core.privacy import Allowed, scan

# A self-signed P-384 certificate made in m57's CI run; its seventh line holds `HmAC`.
CERTIFICATE = """-----BEGIN CERTIFICATE-----
MIIBlTCCARugAwIBAgIUGlYpAAzbSR527MyZRlVK4bfXecUwCgYIKoZIzj0EAwIw
LDEqMCgGA1UEAwwhaW50cmFuZXQtZ2F0ZXdheS5jb3JwLmV4YW1wbGUuY29tMB4X
DTI2MDEwMTAwMDAwMFoXDTI3MDEwMTAwMDAwMFowLDEqMCgGA1UEAwwhaW50cmFu
ZXQtZ2F0ZXdheS5jb3JwLmV4YW1wbGUuY29tMHYwEAYHKoZIzj0CAQYFK4EEACID
YgAEOAaezowQObCIjbss9fFB51UPqrgRQowqeUJAkT3Us3Rx1U+STtpWvbKvEZPV
RocpVJ6ejDZ4cy+ZKkzF96ci8Ik/vFmrdlBjbWvZf3HPkHmACNSujUcXj6QDi51o
9lqtMAoGCCqGSM49BAMCA2gAMGUCMQCWaIe137E5x0Gn08gkPxDcsuKn/KKvNLta
Q1HijhV6OKG46t1KWZGb5doNwXlmG7oCMCJ4eWAKMWAAgTS7KfT6TLh48vnwk84s
liwqkdOQiMohwQWZuv8rEQbmO7dZ5uwssQ==
-----END CERTIFICATE-----

"""
HMAC_LINE = CERTIFICATE.splitlines()[6]


def _found(text: str) -> list[int]:
    """Lines found; a block's one finding covers its lines (xray59)."""
    return [line for finding in scan(text, Allowed()) if not finding.advisory
            for line in range(finding.line, (finding.last_line or finding.line) + 1)]


def test_a_certificate_line_spelling_a_secret_word_passes() -> None:
    assert "hmac" in HMAC_LINE.lower()
    assert _found(f"```\n{CERTIFICATE}```\n") == []


def test_the_same_certificate_with_its_last_letter_changed_is_found() -> None:
    tampered = CERTIFICATE.replace(HMAC_LINE, HMAC_LINE[:-1] + "X")
    assert 8 in _found(f"```\n{tampered}```\n")
