"""Issue 19 (leak44): values a reader decodes by eye or with one command (base32, ascii85,
written backwards, CSS escapes, digits spelt out as words), a password of one word under a
short label (`pass: sunflower`), a person's login at a role's machine (`rsync jane@nas01:`) and
what is pasted after a shortened public key's cut are findings; the documentation shapes beside
them publish. The hostile twins are rows `(leak44)` of bench/gatecorpus/hostile.yml, checked by
test_gate_precision."""

from __future__ import annotations

import base64

import pytest

from kbgen.core.phone_regions import national_regions
from kbgen.core.privacy import (
    AWS_KEY,
    CARD,
    EMAIL,
    INTERNAL_HOST,
    INTERNAL_IP,
    PASSWORD,
    PHONE,
    TOKEN,
    Allowed,
    scan,
    scanner,
)

EMAIL_VALUE = "jane.doe@gmail.com"
STRIPE = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"


def _b32(text: str) -> str:
    return base64.b32encode(text.encode()).decode()


def _a85(text: str) -> str:
    return base64.a85encode(text.encode()).decode()


ENCODED = {
    "base32 e-mail in prose": (f"Write to {_b32(EMAIL_VALUE)} please.", EMAIL),
    "base32 key after KEY=": (f"STRIPE={_b32(STRIPE)}", TOKEN),
    "lower-case base32, unpadded": (f"blob {_b32('password=Kq8vNz3Lw2pd').lower().rstrip('=')}",
                                    PASSWORD),
    "ascii85 framed": (f"<~{_a85(STRIPE)}~>", TOKEN),
    "ascii85 bare, Japanese": (f"鍵は{_a85('AKIAQ3EGTPRV5XKLM7NB')}です。", AWS_KEY),
    "base85 bare": (f"Kundin: {base64.b85encode(EMAIL_VALUE.encode()).decode()}", EMAIL),
    "reversed phone": ("Ruf an: " + "+49 151 23456789"[::-1], PHONE),
    "reversed card groups": ("Karte: " + "4539 1488 0343 6467"[::-1], CARD),
    "said backwards, French": ("Ma carte, à l'envers : " + "4539148803436467"[::-1], CARD),
    "reversed Russian line": ("Телефон: +7 916 123-45-67"[::-1], PHONE),
    "reversed password word": ("sunflower2024Qx :drowssap", PASSWORD),
    "CSS selector id": ("#\\31 0\\.20\\.30\\.40 { display: none }", INTERNAL_IP),
    "CSS content": ('.c::after { content: "jane.doe\\40 gmail.com"; }', EMAIL),
    "CSS six digits": ("content:'jane\\00002edoe\\000040gmail\\00002ecom'", EMAIL),
    "words, English plus": ("plus four four seven nine one one, one two three four five six",
                            PHONE),
    "words, Italian più": ("più tre nove, tre quattro cinque, uno due tre quattro cinque sei "
                           "sette", PHONE),
    "words, Russian плюс": ("плюс семь девять один шесть, один два три, четыре пять, шесть семь",
                            PHONE),
    "words, card": ("four five three nine one four eight eight zero three four three six four "
                    "six seven", CARD),
    "words, PIN": ("The door PIN is seven three nine one.", PASSWORD),
    "words, double": ("Call plus one four one five, two three eight, double nine seven four.",
                      PHONE),
}


@pytest.mark.parametrize("case", ENCODED)
def test_encoded_values_are_found(case: str) -> None:
    text, kind = ENCODED[case]
    assert kind in {finding.kind for finding in scan(text)}, case
    assert all(EMAIL_VALUE not in finding.excerpt and STRIPE not in finding.excerpt
               for finding in scan(text))


@pytest.mark.parametrize("language, text", [
    ("de", "Meine Nummer: null eins fünf eins, zwei drei vier fünf sechs sieben acht."),
    ("fr", "Mon portable : zéro six, un deux, trois quatre, cinq six, sept huit."),
    ("ja", "携帯は〇九〇一二三四五六七八です。"),
])
def test_national_numbers_in_words_are_read_in_the_sites_language(language: str,
                                                                  text: str) -> None:
    allowed = Allowed(national_regions=national_regions((language,), (), None))
    assert PHONE in {finding.kind for finding in scan(text, allowed)}


@pytest.mark.parametrize("text", [
    "pass: sunflower", "Pass: sunflower (Wi-Fi)", "pw: sunflower", "PW: Sonnenblume",
    "mdp : tournesol", "Password = sunflower", "| pass: | sunflower |",
])
def test_a_word_under_a_short_password_label_is_found(text: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("text", [
    "rsync -av ~/Photos jane@nas01:/volume1/photos", "scp report.pdf mueller@backup01:/srv/",
    "sftp kowalski@backup:", "ssh -l jane mail", "ssh marie@db-prod",
])
def test_a_persons_login_at_a_roles_machine_is_found(text: str) -> None:
    assert INTERNAL_HOST in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("text", [
    "ssh-rsa AAAAB3NzaC1yc2EAAAA...8f14e45fceea167a5a36dedd4bea2543",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…Q3EGTPRV5XKLM7NB2ZXR",
])
def test_a_key_pasted_after_a_shortened_keys_cut_is_found(text: str) -> None:
    assert TOKEN in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("text", [
    "This release is backwards compatible with 3.x; rules run in reverse order.",
    "Наоборот, этот параметр можно не задавать.",
    "Set STORAGEBACKENDREPLICATION to 3 and MAXIMUMCONNECTIONSPERHOST to 16.",
    "The TOTP seed in the example QR code is JBSWY3DPEHPK3PXP.",
    "Use `if(a>b){return[c];}` and see https://example.com/a/b?c=D&e=F.",
    ".icon-\\31 0 { width: 10px } .dash::before { content: \"\\2014 \\00A0\"; }",
    "Match hosts with `^10\\.0\\.0\\.\\d+$` in the rule.",
    "One, two, three, four: that is all it takes. Uno, dos, tres, cuatro.",
    "Python 3.8+ and Node 18+ are supported.",
    "pass: true", "pass: skipped", "password = getpass", "Pass: required", "bypass: sunflower",
    "ssh bob@bastion", "ssh username@hostname", "rsync -av ./ user@nas:/backup",
    "ssh jane@server1", "ssh jane@YOUR-NAS",
    "ssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ovvAH/6SAsKD6",
])
def test_documentation_shapes_pass(text: str) -> None:
    assert [(finding.kind, finding.excerpt) for finding in scan(text)] == []


@pytest.mark.parametrize("card", ["4242 4242 4242 4242", "5555 5555 5555 4444"])
def test_a_card_that_reads_both_ways_is_read_as_written(card: str) -> None:
    found = scan(f"Karte {card}")
    assert found and not any("(in reverse)" in finding.excerpt for finding in found)


@pytest.mark.parametrize("text", [
    "Schreib an jane punkt doe ät gmail punkt com.",
    "Écrivez à jane point doe arobase gmail point com",
    "Почта: jane собака gmail точка com", "Scrivi a jane.doe chiocciola gmail punto com",
    "pisz: jan.kowalski małpa gmail kropka com", "Send it to jane_doe at gmail.com",
])
def test_an_address_spelt_in_another_language_is_found(text: str) -> None:
    assert EMAIL in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("text", [
    "Look at this point ahead.", "We meet at noon point five.", "sign in at github.com",
    "Zeig auf den Punkt bei der Tabelle.",
])
def test_prose_with_those_words_passes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Support: help@acme.com, mine backwards: 98765432 151 94+", PHONE),
    ("Support: help@acme.com, my card written backwards: 7646343088419354", CARD),
    (f"Support: help@acme.com, mine: {_b32(EMAIL_VALUE)}", EMAIL),
])
def test_a_decoded_value_beside_an_allowed_one_is_found(text: str, kind: str) -> None:
    allowed = Allowed(domains=frozenset({"acme.com"}))
    assert [finding.kind for finding in scan(text, allowed)] == [kind]


def test_encoded_values_in_a_data_file_are_found() -> None:
    data = {"name": "Jane", "phone": "+49 151 23456789"[::-1], "note": _b32(EMAIL_VALUE)}
    kinds = {finding.kind for finding in scanner.scan_data(data, Allowed(), lambda key: 1)}
    assert {PHONE, EMAIL} <= kinds
