"""Issue 19 (leak48): leaks the gate still missed, closed as classes. Phone numbers glued to a
word, an SVG path's command, a date or a unit, or grouped by thousands separators; addresses
said aloud (`192 dot 168 dot 1 dot 23`, digit and number words); Portuguese and Polish compound
numbers; pre-shared keys under Wi-Fi and VPN settings' names; a uuencoded value cut between two
lines; a customer's postal address. The documentation shapes beside them publish. The hostile
twins are rows `(leak48)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision and
counted by bench/gate.py."""

from __future__ import annotations

import binascii
from pathlib import Path

import pytest

from kbgen.core.allow_markers import KINDS
from kbgen.core.loader import load
from kbgen.core.privacy import INTERNAL_IP, PASSWORD, PHONE, POSTAL_ADDRESS, Allowed, scan
from kbgen.core.privacy.spoken_dots import _runs
from tests.conftest import MINI_CATEGORIES, write_files


def _found(text: str, region: str | None = None) -> set[str]:
    return {f.kind for f in scan(text, Allowed(), default_region=region) if not f.advisory}


@pytest.mark.parametrize("text, region", [
    ("Please call07911123456 after lunch.", "GB"),
    ("Handy015112345678 (Frau Weber)", "DE"),
    ("whatsapp+447911123456", None),
    ("Ring her on07911123456", "GB"),
    ("07911123456today", "GB"),
    ('<path d="M3 3L07911 123456"/>', "GB"),
    ("2026-12-05+447911123456", None),
    ("+44 7,911,123,456", None),
])
def test_glued_and_grouped_numbers_are_found(text: str, region: str | None) -> None:
    assert PHONE in _found(text, region)


@pytest.mark.parametrize("text, region", [
    ("INC0012345678 was closed.", "GB"),  # an id's scheme in capitals
    ("Order ord0301234567 ships today.", "DE"),  # a lower-case id's scheme
    ("v1.2.3+build2026120512", "US"),  # semver's build metadata
    ("1234567890ab27fb/12345678-90ab-cdef-1234-567890abcdef", "US"),  # hex and a uuid
    ("It took 1234567890ns and 4,294,967,295 bytes.", "US"),  # quantities: no trunk 0
    ('<path d="M0 0L1000000000 0"/>', "DE"),  # a coordinate, no trunk 0
    ("Size: 01,234,567 bytes", "GB"),  # too few digits for a number
])
def test_glued_shapes_that_are_no_number_publish(text: str, region: str | None) -> None:
    assert PHONE not in _found(text, region)


@pytest.mark.parametrize("text", [
    "Her NAS: 10 dot 20 dot 30 dot 40",
    "NAS: eins sieben zwei Punkt zwanzig Punkt vierzehn Punkt siebenundsiebzig",
    "IP : cent soixante-douze point vingt point quatorze point soixante-dix-sept",
])
def test_addresses_said_aloud_are_found(text: str) -> None:
    assert INTERNAL_IP in _found(text)


@pytest.mark.parametrize("line, expected", [
    ("at one nine two dot one six eight dot one dot two three now",
     [(3, 55, "192.168.1.23")]),
    ("1 dot 2 dot 3 dot 4 dot 5", []),  # five groups: no address
    ("one dot dot two dot three", []),  # two dot words in a row
    ("Click the dot. Point one to the server, point two to the client.", []),
])
def test_spoken_addresses_are_read_in_their_places(line: str, expected: list[object]) -> None:
    assert list(_runs(line)) == expected


@pytest.mark.parametrize("text", [
    "Version one point two point three point four",
    "Set 1 point 5 point 2 point 9 as the scale",
    "at 8 dot 8 dot 8 dot 8, Google's resolver",
])
def test_dotted_numbers_that_are_no_private_address_publish(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "psk=Kx7Fenchel99",
    "    pre-shared-key: 'Kx7Fenchel99'",
    "wpa-psk Kx7Fenchel99",
    "pre_shared_key: Kx7Fenchel99",
    "Gemeinsamer Schlüssel: fenchel2024wald",
    "Chave pré-compartilhada: Kx7Fenchel99",
    "Vooraf gedeelde sleutel: fenchel2024wald",
    "authentication psk OFFICE secret Kx7Fenchel99",
])
def test_pre_shared_keys_are_found(text: str) -> None:
    assert PASSWORD in _found(text)


@pytest.mark.parametrize("text", [
    "psk: <your-wifi-password>",
    "psk: ${WIFI_PSK}",
    "psk: changeme",
    "The PSK is stored in the keychain.",
    "Pre-shared key: enter the key from your provider",
    "## PSK Key generation",
    "Security: WPA2-PSK",
    "pre-shared-key address 0.0.0.0 0.0.0.0 key <key>",
    "crypto isakmp key <your-key> address 203.0.113.5",
    "option key '<password>'",
    "| PSK | The pre-shared key |",
    "| psk | string |",
    "La clé pré-partagée est indiquée sur l'étiquette.",
    "Der Pre-Shared Key ist auf dem Typenschild angegeben.",
])
def test_pre_shared_key_documentation_publishes(text: str) -> None:
    assert _found(text) == set()


def _uuencoded(data: bytes) -> str:
    lines = [binascii.b2a_uu(data[at:at + 45]).decode().rstrip("\n")
             for at in range(0, len(data), 45)]
    return "begin 644 notes.txt\n" + "\n".join(lines) + "\n`\nend\n"


def test_a_uuencoded_value_cut_between_lines_is_found_at_its_block() -> None:
    data = (" " * 41 + "password: Kx7Fenchel99-Grunewald").encode()
    findings = [f for f in scan(_uuencoded(data)) if f.kind == PASSWORD]
    assert [(f.line, f.excerpt.endswith("(in uuencode)")) for f in findings] == [(2, True)]


def test_uuencoded_text_without_secrets_publishes() -> None:
    data = b"The quick brown fox jumps over the lazy dog, again and again and again."
    assert scan(_uuencoded(data)) == []


@pytest.mark.parametrize("text", [
    "Kundin: Eva Braun-Schulz, Goethestraße 7, 04109 Leipzig",
    "Facturer à Paul Leroy, 8 boulevard Victor Hugo, 06000 Nice",
    "Domicilio: Lucía Fernández, Avenida de la Constitución 12, 41004 Sevilla",
    "Billing address: Tom Baker, 7 Mill Lane, Leeds LS1 4AP",
])
def test_customers_postal_addresses_are_found(text: str) -> None:
    assert POSTAL_ADDRESS in _found(text)


@pytest.mark.parametrize("text", [
    "DuckDuckGo, Inc., 20 Paoli Pike, Paoli, PA 19301",
    "Anschrift: Musterfirma GmbH, Hauptstraße 1, 12345 Berlin",
    "Kanboard Team, Lindenstraße 14, 10115 Berlin",
    "Our office: 12 rue des Lilas, 75011 Paris",
    "Impressum: Max Mustermann, Musterstraße 1, 12345 Musterstadt",
    "Enter your address, e.g. Priya Shah, 42 Acacia Avenue, London SW1A 1AA",
    "Client: Firefox 120, Windows 11",
    "The customer enters the delivery address: street, postcode and town.",
])
def test_addresses_that_name_no_customer_publish(text: str) -> None:
    assert _found(text) == set()


def test_a_postal_address_is_masked_and_has_a_marker_word() -> None:
    [finding] = scan("Kunde: Jana Müller, Lindenstraße 14, 10115 Berlin")
    assert (finding.kind, finding.excerpt) == (POSTAL_ADDRESS, "L*** Berlin")
    assert "14" not in finding.excerpt and "postal address" in finding.advice
    assert KINDS["address"] == POSTAL_ADDRESS


CONTACT = """\
company: Weber Reparaturen
email: hilfe@weber-reparaturen.de
postal_address: "Max Weber, Lindenstraße 14, 10115 Berlin"
lines:
  - label: Support
    number: "+49 30 901820"
    timezone: Europe/Berlin
    hours:
      monday: 08:00-18:00
"""


def test_the_sites_own_postal_address_publishes_a_customers_does_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = "Rücksendung an Jana Müller, Goethestraße 7, 04109 Leipzig."
    write_files(tmp_path, {
        "_data/categories.yml": MINI_CATEGORIES, "_data/contact.yml": CONTACT,
        "articles/billing/returns.md": "---\ntitle: Returns\nsummary: Send it back.\n"
                                       f"status: published\n---\n\n## Fix\n\n{body}\n"})
    _, problems = load(tmp_path)
    errors = [str(problem) for problem in problems if problem.level == "error"]
    assert len(errors) == 1 and "returns.md" in errors[0] and "postal address" in errors[0]


def test_a_customers_address_elsewhere_in_the_contact_data_is_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the `postal_address` field is the company's own (rev48's hole: every postal
    address anywhere in the file published)."""
    monkeypatch.chdir(tmp_path)
    contact = CONTACT + ('have_ready:\n  - "Rücksendung an Jana Müller, Goethestraße 7,'
                         ' 04109 Leipzig"\n')
    write_files(tmp_path, {
        "_data/categories.yml": MINI_CATEGORIES, "_data/contact.yml": contact,
        "articles/billing/returns.md": "---\ntitle: Returns\nsummary: Send it back.\n"
                                       "status: published\n---\n\n## Fix\n\nUse the form.\n"})
    _, problems = load(tmp_path)
    errors = [str(problem) for problem in problems if problem.level == "error"]
    assert len(errors) == 1 and "contact.yml" in errors[0] and "postal address" in errors[0]
