"""Issue 19 (fixx59): folding a block's findings changes no verdict (rev59's R1 and R3): an API
example's advisory token never carries a vendor's live key with it, a run without armour keeps a
finding a line, and a marker accepts a block whole only when the block is one structure that
parses. Texts are rev59's attacks; their rows are `fixx59-…` in bench/gatecorpus/hostile.yml."""

from __future__ import annotations

import base64
import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kbgen.core.allow_markers import read_markers, strip_markers
from kbgen.core.privacy import Allowed, scan

EXAMPLE = "ZEaFx7vQ2mZ9LpR3tYwKq8dNf2Hs6JbLcT4uWe9a"
LIVE = ["ghp_R8kL2mQ9xT4vZ7wN3pB6sD1fH5jK0yC2aE8u", "gho_R8kL2mQ9xT4vZ7wN3pB6sD1fH5jK0yC2aE8u",
        "glpat-Hx7vQ2mZ9LpR3tYwKq8dNf2Hs6JbLcT4uW", "sk_live_51HqR8kL2mQ9xT4vZ7wN3pB6sD1fH5jK",
        "xoxb-2841-5719-Hx7vQ2mZ9LpR3tYwKq8dNf2H"]
HEADINGS = ["#### 200: OK", "#### 201 Created", "## Example response", "### Example"]


def _published(text: str) -> list[str]:
    """The kinds of what the gate would stop in `text`, its own markers read as the gate reads
    them."""
    kept = read_markers(text).split(scan(strip_markers(text), Allowed()))[0]
    return [finding.kind for finding in kept if not finding.advisory]


@pytest.mark.parametrize("live", LIVE)
@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("form", ["bare", "yaml", "json"])
def test_a_live_key_under_an_api_examples_token_is_found(live: str, heading: str,
                                                         form: str) -> None:
    lines = {"bare": [EXAMPLE, live], "yaml": ["tokens:", f'  - "{EXAMPLE}"', f'  - "{live}"'],
             "json": ['"keys": [', f'  "{EXAMPLE}",', f'  "{live}"', "]"]}[form]
    text = ("## Register an app\n\nPOST /api/v1/apps\n\n" + heading + "\n\n```\n"
            + "\n".join(lines) + "\n```\n")
    assert _published(text), text


@pytest.mark.parametrize("marker", ["<!-- kb:allow token -->", "# kb:allow token"])
@pytest.mark.parametrize("live", LIVE)
def test_a_marker_for_an_example_key_accepts_no_key_under_it(marker: str, live: str) -> None:
    text = f"Example of a key:\n\n```\n{marker}\n{EXAMPLE}\n{live}\n```\n"
    assert _published(text), text


def test_a_marker_before_a_run_of_customers_keys_accepts_one_line_only() -> None:
    text = ("Keys issued today (ticket 8812):\n\n<!-- kb:allow token -->\n"
            "q7Lm2Rx8Np3Wb6Yd5Hs1Jc9Kf7Gt2Vz4\nR8kL2mQ9xT4vZ7wN3pB6sD1fH5jK0yC2\n"
            "Hx7vQ2mZ9LpR3tYwKq8dNf2Hs6JbLcT4\n")
    assert len(_published(text)) == 2


def _certificate_lines() -> list[str]:
    """A certificate whose issuer is not on the page, as PEM lines."""
    issuer_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(
        ec.SECP256R1())
    start = datetime.datetime(2026, 1, 1)
    certificate = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                               "vpn.example.com")]))
                   .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "A CA")]))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=9))
                   .sign(issuer_key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode().strip().split("\n")


SECRETS = ["sk_live_51Hx7vQ2mZ9LpR3tYwKq8dNf2 payroll-db pw:",
           "postgres://payroll:Hx7vQ2mZ9Lp@db.jensen-dental.de/pay"]


@pytest.mark.parametrize("secret", SECRETS)
@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_marker_takes_no_certificate_line_written_over(secret: str, at: int) -> None:
    lines = _certificate_lines()
    written = base64.b64encode(secret.encode()[:48].ljust(48, b" ")).decode()
    lines[at] = written[:len(lines[at])]
    text = "Import our VPN CA:\n\n<!-- kb:allow token -->\n" + "\n".join(lines) + "\n"
    assert _published(text), text


def test_a_marker_takes_a_certificate_that_parses_whole() -> None:
    text = "Import our VPN CA:\n\n<!-- kb:allow token -->\n" + "\n".join(
        _certificate_lines()) + "\n"
    assert _published(text) == []


def test_a_hex_line_in_a_marked_block_is_found() -> None:
    lines = _certificate_lines()
    lines[2] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    text = "<!-- kb:allow token -->\n" + "\n".join(lines) + "\n"
    assert _published(text), text


DOUBLE_SLASH_CERTIFICATE = (
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBKTCBz6ADAgECAhQ91PRqQ5IuD+Cu9BSemOs6keGTtDAKBggqhkjOPQQDAjAP\n"
    "MQ0wCwYDVQQDDARBIENBMB4XDTI2MDEwMTAwMDAwMFoXDTI2MDExMDAwMDAwMFow\n"
    "GjEYMBYGA1UEAwwPdnBuLmV4YW1wbGUuY29tMFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
    "AQcDQgAE5nMWphlQX3y9wjojAMD5thNjSt2ZzH//mENeDEq57svZN9fyN+EOessp\n"
    "SW/TFN8a4K2mmSzEutFLOFaQmhlSDzAKBggqhkjOPQQDAgNJADBGAiEA7wZT8kIo\n"
    "032aZr2JrhEcozzIH1pHu2TANMN9vYkwIg0CIQCGkWVbWv08IfkADY6GjbSbBD7Q\n"
    "Yj6WB3hbJqfOv8XAXA==\n"
    "-----END CERTIFICATE-----\n"
)
"""A certificate (made up for this test: vpn.example.com, issuer "A CA") one of whose lines holds
`//` and, later, `+`: form_encoded read `//mENe…+EOe…` as a scheme-less URL and appended its
reading to the line, which broke the block (one fresh certificate in fifty failed the test
above)."""


def test_a_marker_takes_a_certificate_whose_line_holds_a_double_slash() -> None:
    text = "Import our VPN CA:\n\n<!-- kb:allow token -->\n" + DOUBLE_SLASH_CERTIFICATE
    assert _published(text) == []


@pytest.mark.parametrize("url", [
    "src=\"//maps.example.net/?q=Mary+Quinn,+42+Acacia+Avenue\"",
    "(//maps.example.net/place/Mary+Quinn,+42+Acacia+Avenue)",
    "see //maps.example.net/place/Mary+Quinn,+42+Acacia+Avenue",
    "https://maps.example.net//place/Mary+Quinn,+42+Acacia+Avenue"])
def test_a_scheme_less_url_is_still_read_with_its_spaces(url: str) -> None:
    from kbgen.core.privacy import form_encoded

    assert "Mary Quinn, 42 Acacia Avenue" in form_encoded.with_readings(url)
