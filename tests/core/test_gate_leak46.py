"""Issue 19 (leak46): the leak shapes leak44 and claims45 left open. Numbers above nine spelt as
words in the six site languages (`four fifteen`, `vierhundertfünfzehn`, `quatre-cent-quinze`),
Z85, short bare base64 and uuencode, text written as its characters' decimal or binary codes,
someone's device named without an apostrophe (`Janes Laptop hat 192.168.1.23`), names under a
home router's domain (`nas.fritz.box`), dynamic DNS names (`janehome.duckdns.org`) and a key's
end after a shortened key's cut longer than a shortened key shows are findings; the
documentation shapes beside them publish. The hostile twins are rows `(leak46)` of
bench/gatecorpus/hostile.yml, checked by test_gate_precision and counted by bench/gate.py."""

from __future__ import annotations

import binascii

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
)
from kbgen.core.privacy.compound_numbers import _digits

Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


def _z85(text: str) -> str:
    """ZeroMQ's Z85 of `text` (zero bytes pad its last group), as pyzmq's `z85.encode`."""
    data = text.encode() + b"\0" * (-len(text.encode()) % 4)
    out = []
    for at in range(0, len(data), 4):
        number, group = int.from_bytes(data[at:at + 4], "big"), ""
        for _ in range(5):
            number, digit = divmod(number, 85)
            group = Z85[digit] + group
        out.append(group)
    return "".join(out)


def _uu(text: str) -> str:
    return binascii.b2a_uu(text.encode()).decode().rstrip("\n")


def _codes(text: str, separator: str = ", ") -> str:
    return separator.join(str(byte) for byte in text.encode())


@pytest.mark.parametrize("words, digits", [
    ("four hundred fifteen, two thirty-eight", "415 238"),
    ("fourhundredfifteen", "415"),
    ("forty-five thirty-nine", "4539"),
    ("zweiunddreißig vierundfünfzig", "3254"),
    ("vierhundertfünfzehn", "415"),
    ("quatre-cent-quinze", "415"),
    ("quatre-vingt-dix-neuf", "99"),
    ("soixante-dix-sept", "77"),
    ("vingt et un", "21"),
    ("treinta y cuatro", "34"),
    ("cuatrocientos quince", "415"),
    ("trentaquattro trentotto ventuno", "343821"),
    ("vierendertig tweeëntwintig", "3422"),
    ("one hundred and one", "101"),
    ("four twenty", "420"),  # quatre-vingt is French only
    ("double seven twelve", "7712"),
])
def test_numbers_are_read_as_said(words: str, digits: str) -> None:
    assert _digits(words)[0] == digits


ENCODED = {
    "English card in tens": ("Card: forty-five thirty-nine, fourteen eighty-eight, zero three "
                             "forty-three, sixty-four sixty-seven", CARD),
    "Dutch card, unit-en-ten": ("Kaart: vijfenveertig negenendertig, veertien achtentachtig, nul"
                                " drie drieënveertig, vierenzestig zevenenzestig", CARD),
    "glued hundreds, a PIN": ("The alarm PIN is fourhundredfifteen seven.", PASSWORD),
    "French hundreds, a PIN": ("Le code PIN est quatre-cent-quinze sept.", PASSWORD),
    "Italian più, glued tens": ("Il mio cellulare: più trentanove, tre quattro sette, uno due "
                                "tre, quarantacinque sessantasette", PHONE),
    "plus, English tens": ("plus forty-four seventy-nine eleven, one two three four fifty-six",
                           PHONE),
    "Z85 e-mail": (f"Kontakt (Z85): {_z85('jane.doe@gmail.com')}", EMAIL),
    "Z85 key after a name's =": (f"STRIPE_Z85={_z85('sk_live_4eC39HqLyjWDarjtT1zdp7dc')}", TOKEN),
    "Z85 AWS key in a table": (f"| clé | {_z85('AKIAQ3EGTPRV5XKLM7NB')} |", AWS_KEY),
    "short bare base64, an address": ("host: MTkyLjE2OC4xMC43Nw==", INTERNAL_IP),
    "short bare base64, a password": ("Der Wert (Base64): cHc9U3VuZmxvd2VyNw==", PASSWORD),
    "uuencode": ("```\nbegin 644 kontakt.txt\n" + _uu("jane.doe@gmail.com") + "\n`\nend\n```",
                 EMAIL),
    "decimal codes": (f"String.fromCharCode({_codes('jane.doe@gmail.com', ',')})", EMAIL),
    "decimal codes after a label": (f"Kennwort: {_codes('Kq8vNz3Lw2pd')}", PASSWORD),
    "binary octets": ("Nummer: " + " ".join(format(byte, "08b") for byte in b"+49 151 23456789"),
                      PHONE),
    "a key's end as long as the key's": ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI..."
                                         "Kq8vNz3Lw2pdR7xYt0bFhJ4mQeU9 jane@laptop", TOKEN),
}


@pytest.mark.parametrize("case", ENCODED)
def test_encoded_values_are_found(case: str) -> None:
    text, kind = ENCODED[case]
    assert kind in {finding.kind for finding in scan(text)}, case


@pytest.mark.parametrize("language, text", [
    ("en", "Call me on four hundred fifteen, two thirty-eight, ninety-seven forty-one."),
    ("de", "Meine Nummer: null eins fünf eins, zweiunddreißig vierundfünfzig sechsundsiebzig "
           "achtundneunzig."),
    ("fr", "Mon portable : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit."),
    ("es", "Mi móvil: seis doce, treinta y cuatro, cincuenta y seis, setenta y ocho"),
])
def test_national_numbers_in_compound_words_are_read_in_the_sites_language(
        language: str, text: str) -> None:
    allowed = Allowed(national_regions=national_regions((language,), (), None))
    assert PHONE in {finding.kind for finding in scan(text, allowed)}


@pytest.mark.parametrize("text, kind", [
    ("Janes Laptop hat 192.168.1.23.", INTERNAL_IP),
    ("Janes laptop has 192.168.1.23.", INTERNAL_IP),
    ("Thomas' Drucker steht auf 192.168.1.40.", INTERNAL_IP),
    ("Der Drucker von Herrn Müller: 192.168.178.40", INTERNAL_IP),
    ("Mit Kathrins iPhone: 192.168.1.50", INTERNAL_IP),
    ("Le portable de Jane a l'adresse 192.168.1.23.", INTERNAL_IP),
    ("L'ordinateur d'Anne répond sur 192.168.1.23.", INTERNAL_IP),
    ("El portátil de María tiene la 192.168.1.23.", INTERNAL_IP),
    ("Il portatile di Marco ha 192.168.1.23.", INTERNAL_IP),
    ("Janes laptop heeft 192.168.1.23.", INTERNAL_IP),
    ("De laptop van Jan heeft 192.168.1.23.", INTERNAL_IP),
    ("Müllers NAS heißt nas-mueller.lan.", INTERNAL_HOST),
    ("Janes Laptop heißt laptop.fritz.box.", INTERNAL_HOST),
])
def test_someones_device_without_an_apostrophe_is_an_error(text: str, kind: str) -> None:
    assert kind in {found.kind for found in scan(text) if not found.advisory}


@pytest.mark.parametrize("text", [
    "Set the DNS server to 192.168.1.10.",
    "Das Windows Laptop hat 192.168.1.23.",  # a product before the device
    "Ein neues Notebook bekommt 192.168.1.23.",  # an adjective after an article
    "Neues Notebook: 192.168.1.23",
    "This laptop has 192.168.1.23.",
    "Le routeur de Free a l'adresse 192.168.1.254.",  # a provider's router
    "Der Router von Vodafone hat 192.168.0.1.",
    "Le serveur de Plex écoute sur 192.168.1.10.",  # software's server
    "Kubernetes Server auf 192.168.1.10",
    "Siemens Router 192.168.0.1",
    "The Rails server listens on 192.168.1.10.",  # real shapes (Fly.io, Kanidm, NetBird)
    "Set the Network Access Server to 192.168.1.10.",
    "The Rosenpass server runs on 192.168.1.10.",
])
def test_devices_of_no_one_stay_warnings(text: str) -> None:
    findings = scan(text)
    assert findings and all(found.advisory for found in findings), findings


@pytest.mark.parametrize("text", [
    "In nineteen ninety-nine, twenty-five of the thirty offices moved.",
    "Zweiundzwanzig Nutzer, dreiunddreißig Gruppen und vierzig Rollen.",
    "Il y a soixante-dix-sept articles et quatre-vingt-dix-neuf pages.",
    "Ports 80, 443, 8080 and 8443; sizes 16 32 64 128 256 512.",
    "The tables hold 100 101 102 103 104 105 rows.",
    "Seize the moment: once, twice, ten times.",
    "Treinta y cuatro personas, cincuenta y seis equipos.",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…Xq7u8Kf3sPz9wAbcdEfgh user@host",
    "ssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ovvAH/6SAsKD6",
    "Use `if(a>b){return[c];}` and see https://example.com/a/b?c=D&e=F.",
    '<script integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC">',
    "Anchors: #Configuration-Options+Advanced/Setup==",
    "```\nbegin 644 notes.txt\n" + _uu("Meeting notes, page 1") + "\n`\nend\n```",
])
def test_documentation_shapes_pass(text: str) -> None:
    assert [(finding.kind, finding.excerpt) for finding in scan(text)] == []


@pytest.mark.parametrize("text", [
    "Unsere Fotos liegen auf nas.fritz.box.", "ping drucker.speedport.ip",
    "Open http://acct01.fritz.box:8080 to log in.",
])
def test_names_under_a_home_routers_domain_are_found(text: str) -> None:
    assert INTERNAL_HOST in {found.kind for found in scan(text) if not found.advisory}


@pytest.mark.parametrize("text", [
    "Open http://fritz.box in your browser.", "Öffnen Sie http://speedport.ip im Browser.",
])
def test_a_home_routers_own_address_passes(text: str) -> None:
    assert scan(text) == []


def test_a_devices_kind_under_a_home_routers_domain_is_a_warning() -> None:
    findings = scan("Der Router nennt Geräte wie laptop.fritz.box.")
    assert findings and all(found.advisory for found in findings)


@pytest.mark.parametrize("text", [
    "From outside, Jane reaches her server at janehome.duckdns.org.",
    "Mein Zugang: https://k2x9f8abc1234.myfritz.net:47123",
    "| Büro Köln | mueller-nas.synology.me |",
])
def test_a_dynamic_dns_name_is_found(text: str) -> None:
    assert INTERNAL_HOST in {found.kind for found in scan(text) if not found.advisory}


@pytest.mark.parametrize("text", [
    "Set the domain to example.duckdns.org.", "auth at example-auth.duckdns.org",
    "Register myname.no-ip.org first.", "Use <your-domain>.duckdns.org",
    "Go to www.duckdns.org and sign in.", "DOMAIN=yourname.duckdns.org",
])
def test_dynamic_dns_stand_ins_pass(text: str) -> None:
    assert scan(text) == []


def test_the_sites_own_dynamic_dns_name_passes() -> None:
    allowed = Allowed(domains=frozenset({"shop.duckdns.org"}))
    assert scan("Our shop: shop.duckdns.org", allowed) == []


def test_the_dynamic_dns_need_covers_every_provider() -> None:
    from kbgen.core.privacy.home_dns import _NEEDED, PROVIDERS

    assert all(_NEEDED(f"x.{provider}") for provider in PROVIDERS)
