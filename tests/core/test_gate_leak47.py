"""Issue 19 (leak47): leaks today's helpers saw missed. Ofcom's drama-range numbers that
phonenumbers calls invalid (`07700 900123`, `01632 960123`) in headings, SVG text and paths and
`data-*` attributes; passwords between guillemets or other quote marks set off by spaces
(`« Zq9mollusk »`) or not read at all (`«…»` in Italian); base64 values in a URL's query; Wi-Fi
join codes (`WIFI:T:WPA;S:…;P:…;;`). The documentation shapes beside them publish. The hostile
twins are rows `(leak47)` of bench/gatecorpus/hostile.yml, checked by test_gate_precision and
counted by bench/gate.py."""

from __future__ import annotations

import base64

import pytest

from kbgen.core.privacy import PASSWORD, PHONE, Allowed, scan
from kbgen.core.privacy.spaced_quotes import plain_quotes


def _found(text: str, region: str | None = None, allowed: Allowed | None = None) -> set[str]:
    return {f.kind for f in scan(text, allowed or Allowed(), default_region=region)
            if not f.advisory}


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize("text, region", [
    ("## 07700.900.123", "GB"),
    ('<svg viewBox="0 0 9 9"><text x="0" y="5">07700 900123</text></svg>', "GB"),
    ('Jane\'s mobile: <svg><path d="M07700 900123 L0 0"/></svg>', "GB"),
    ('<span data-note="07700 900123">Call back</span>', "GB"),
    ("Ring Mrs Patel on (01632) 960 321.", "GB"),
    ("Rückruf: +44 (0)7700 900 456", None),
    ("| Jean | 0044 7700-900-789 |", None),
])
def test_drama_range_numbers_are_found(text: str, region: str | None) -> None:
    assert PHONE in _found(text, region)


@pytest.mark.parametrize("text, region", [
    ("Release 1.07700.900.123", "GB"),  # a version's parts
    ("build 107700900123456", "GB"),  # inside a longer number
    ("Ring 07700 900123", None),  # a national number on a site with no British line
    ("word07700 900123", "GB"),
    ("mask 0x07700900123", "GB"),  # a hexadecimal constant
])
def test_drama_range_shapes_that_are_no_number_publish(text: str, region: str | None) -> None:
    assert PHONE not in _found(text, region)


def test_a_drama_number_the_site_lists_as_its_own_publishes() -> None:
    allowed = Allowed(phones_e164=frozenset({"+447700900123"}))
    assert _found("Call our test line on 07700 900123.", "GB", allowed) == set()


@pytest.mark.parametrize("text", [
    "Le mot de passe du Wi-Fi est « Zq9mollusk ».",
    "Mot de passe\u202f: «\u202fBr1ochette!\u202f»",
    "Das WLAN-Passwort ist » Kx7-Fenchel «.",
    "La password del Wi-Fi è «Tr0ta-Salmone».",
    "Het wachtwoord is ‹ Zq9mollusk ›.",
    "The admin password is “ Pl4ntain-77 ”",
    "パスワードは「 Zq9mollusk 」です。",
    "| Red | Contraseña |\n|---|---|\n| Oficina | « Gat0-Negro » |",
])
def test_passwords_between_spaced_or_foreign_quote_marks_are_found(text: str) -> None:
    assert PASSWORD in _found(text)


@pytest.mark.parametrize("text", [
    "Cliquez sur « Mot de passe oublié » puis sur « Envoyer ».",
    "Saisissez votre mot de passe dans le champ « Mot de passe ».",
    "Le champ « Mot de passe » est obligatoire.",
])
def test_quoted_field_names_publish(text: str) -> None:
    assert _found(text) == set()


def test_quote_marks_are_read_in_their_places() -> None:
    line = "est « Zq9 » et «a»"
    assert plain_quotes(line) == 'est  "Zq9"  et "a"'
    assert len(plain_quotes(line)) == len(line)
    assert plain_quotes("ascii \"only\"") == "ascii \"only\""


def test_one_finding_for_an_unspaced_guillemet_password() -> None:
    assert len(scan("Het wachtwoord is «Zq9mollusk».")) == 1


@pytest.mark.parametrize("text, kind, region", [
    (f"https://portal.acme-corp.com/join?code={_b64('password=Hunter2Summer')}", PASSWORD, None),
    (f"https://wlan.acme.de/x?a=1&d={_b64('Passwort: Kx7-Fenchel-Blau').rstrip('=')}&utm_source=m",
     PASSWORD, None),
    (f"https://qr.acme.io/r?data={_b64('WIFI:T:WPA;S:Bureau;P:Br1ochette-42;;')}", PASSWORD, None),
    (f"https://acme.fr/r?cfg={_b64('mot de passe : Tr0ta-Salmone!').replace('=', '%3D')}",
     PASSWORD, None),
    (f"https://crm.acme.io/callback?who={_b64('Jane Doe 07911 123456')}", PHONE, "GB"),
])
def test_base64_query_values_are_read_decoded(text: str, kind: str, region: str | None) -> None:
    assert kind in _found(text, region)


@pytest.mark.parametrize("text", [
    f"https://app.acme.io/login?state={_b64('return_to=/home&lang=en')}",
    f"https://app.acme.io/search?q={_b64('hello world how are you')}",
    "https://app.acme.io/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj",  # OAuth's example
])
def test_query_values_decoding_to_harmless_text_publish(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text", [
    "Scan WIFI:T:WPA;S:Office;P:Kx7Fenchel!;; on the guest's phone.",
    "WIFI:S:Praxis-Weber;T:WPA;P:Sonne&Mond2024;H:false;;",
    "`wifi:T:WPA;S:Atelier;P:Zq9\\;mollusk;;`",
])
def test_wifi_join_codes_are_found(text: str) -> None:
    assert PASSWORD in _found(text)


@pytest.mark.parametrize("text", [
    "The format is `WIFI:T:WPA;S:<ssid>;P:<password>;;`.",
    "WIFI:T:WPA;S:Office;P:${WIFI_PASSWORD};;",
    "An open network: WIFI:T:nopass;S:Guest;;",
    "WIFI:T:WPA;S:Office;P:mypassword;;",
])
def test_wifi_join_code_templates_publish(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text, advisory", [
    ("Jan z'n laptop heeft 192.168.1.23 gekregen.", False),
    ("Anna d’r telefoon: 192.168.1.40", False),
    ("De laptop heeft 192.168.1.23.", True),  # no one's: a warning, as before
])
def test_dutch_spoken_possessive_makes_a_device_someones(text: str, advisory: bool) -> None:
    assert [f.advisory for f in scan(text)] == [advisory]
