"""Issue 19 (gap61): the leak classes gap60 left, written as an attacker (`gap61_cases.yml`, 369
rows in 18 languages and the layouts agents paste: a ticket quoted, a table row, a list, a code
fence, HTML, a front matter field):

- a PIN after its word with no sign (`PIN 4821`, `Kennwort/PIN 4821`, `PIN kód 4821`, `PIN번호
  4821`, `--with-pin 482913`, `pin_code: 4831`): kbgen.core.privacy.pins;
- a key's or certificate's file name carrying a password (`Summer2024@Jensen.p12`,
  `Falcon1234-Jensen.key`): kbgen.core.privacy.key_file_names;
- a sign-in sentence giving the login and the password (`Sign in with admin and Falcon-1234`,
  `Use admin with Summer2024! to sign in`, `Inicia sesión con admin y Verano2024!`, `Войдите с
  admin и Leto2024!`, `Uživatel admin, heslo Leto2024!`): kbgen.core.privacy.login_phrases;
- a private address in a home router's default network labelled with a customer's name alone
  (`| Jensen Dental | 192.168.1.20 |`, `Priya: 192.168.1.20`, `(Marta Kowalska, reception)
  192.168.1.20`): a warning on main, an error now (kbgen.core.row_owners);
- a seed phrase written a word a line with blank lines or a note between, numbered with a label
  (`Word 3: thank`), in a table or HTML: kbgen.core.privacy.wallet_secrets.

Every row caught here stays caught; on main (`4e5d0c08`) 333 of them were published (270
through, 63 as warnings). The
look-alikes a documentation page writes stay published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.wallet_secrets import SHORTEST
from tests.hostile.review_cases import ArticleCase, check_cases, gate_verdict, misjudged
from tests.yaml_tables import yaml_table

CASES = yaml_table(Path(__file__).parent / "gap61_cases.yml")


def test_the_set_is_as_described() -> None:
    assert len(CASES) >= 250
    assert len({case["lang"] for case in CASES}) >= 10
    for cls in ("pin", "keyfile", "login", "seed", "rowname"):
        rows = [case for case in CASES if case["cls"] == cls]
        assert len(rows) >= 40 and len({case["lang"] for case in rows}) >= 10
    assert not any(case["verdict_main"] == "caught" != case["verdict_gap61"] for case in CASES)


_DROPPED = re.compile(r"\b(?:[A-Z][a-z]{2,}\d{3,}-[A-Z][a-z]{2,}"
                      r"|[A-Z][a-z]{2,}-[A-Z][a-z]{2,}\d{3,})\.(?:key|pem|p12|pfx)\b")
"""gap61's `Falcon1234-Jensen.key` rule (a capitalised word glued to a number beside a
capitalised piece), taken out by fix61: it read `Ubuntu2204-Signing.key`,
`Office365-Exchange.cer` and `Azure2024-Gateway.cer` as passwords, and nothing in the name tells
a product's version and a role from a password and a customer's name (these rows pass again,
as on main)."""


CAUGHT = [case for case in CASES if case["verdict_gap61"] == "caught"
          and not (case["cls"] == "keyfile" and _DROPPED.search(case["text"]))]


@pytest.mark.parametrize("cls", sorted({case["cls"] for case in CAUGHT}))
def test_a_caught_variant_stays_caught(cls: str) -> None:
    # one test a class, not a test a row: pytest's reporting cost more than the scans
    verdicts = {f"{case['cls']}-{case['lang']}-{case['wrap']}: {case['text'][:60]}":
                gate_verdict(case["text"]) for case in CAUGHT if case["cls"] == cls}
    assert {name: verdict for name, verdict in verdicts.items() if verdict != "caught"} == {}


_SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow".split()

LOOKALIKES = (
    "PIN 1234",  # a device's default
    "Connect the sensor to PIN 13 and GND.",
    "netbird expose 3000 --with-pin 123456",
    "Package: *\nPin: release a=stable\nPin-Priority: 1001",
    "Protect the service with a 6-digit PIN (e.g. 000000).",
    "/certificate/import file-name=DigiCertGlobalG3TLSECCSHA3842020CA1-1.crt.pem",
    "Copy isrgrootx1.pem and lets-encrypt-r3.pem to the trust store.",
    "Sign in with Google and iOS14 support is enabled.",
    "Connect with USB and COM3 appears in the device manager.",
    "Log in with your email and password.",
    "Sign in with SSO and MFA2 enabled.",
    "Use Chrome and Firefox110 to sign in.",
    "Use tab and F12 to open the developer tools.",
    "Log in as admin with your new password.",
    # words of the list a line each, but more than two lines of text between them
    "\n".join(f"{word}\nSee the next step.\nThen check the log.\nAnd again." for word in _SEED),
    "| Home Assistant | 192.168.1.20 |\n| Netgear Orbi | 192.168.1.1 |\n"
    "| Mac Mini | 192.168.1.30 |",
    "| Raspberry Pi (Pi-hole) | 192.168.1.2 |",
    "Device A: 192.168.1.201",
    "| Asus Router | 192.168.1.1 |",
    "| Printer Epson | 192.168.1.30 |\n| Google Gemini | 192.168.1.31 |",
    "Primary DNS: 192.168.1.2",
    # eleven words: no phrase
    "\n\n".join(f"{number}. {word}" for number, word in enumerate(_SEED[:11], 1)),
)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_documentation_lookalikes_publish(text: str) -> None:
    assert gate_verdict(text) in ("through", "warning")


ARTICLES: list[ArticleCase] = [
    ("pin in a table", "", "| Device | Note |\n|---|---|\n| Alarm | PIN 4821 |\n",
     "password or secret"),
    ("key file", "", "Import `Summer2024@Jensen.p12` into the keychain.\n", "password or secret"),
    ("sign-in sentence", "", "> Sign in with admin and Falcon-1234, the password Priya set.\n",
     "password or secret"),
    ("seed with notes", "", "\n\n".join(f"Word {n}: {w}" for n, w in enumerate(_SEED, 1)) + "\n",
     "password or secret"),
    ("default pin", "", "The factory PIN 1234 can be changed in Settings.\n", None),
    ("row label", "", "| Device | Address |\n|---|---|\n| Marta Kowalska | 192.168.1.20 |\n",
     "internal IP address"),
]


def test_kbgen_check_refuses_them_by_file_and_line(tmp_path: Path) -> None:
    code, errors = check_cases(tmp_path, ARTICLES, [])
    assert misjudged(ARTICLES, errors) == {}, errors
    assert code == 1
    shown = "\n".join(errors)
    assert "4821" not in shown and "Falcon-1234" not in shown and "Summer2024@" not in shown


# fix61: what a review of gap61's rules found main catching and gap61 letting through, and the
# false findings the rules added (/tmp/rev61/report.md).
_PHRASE = ("scare remove delay nuclear adapt coast stereo index bounce circle annual mom").split()
_PHRASE_24 = ("nice almost message fit cushion draft reopen admit file quit virus waste later acid "
              "zebra wrestle assume balance exchange urban job catch among water").split()
_ENDINGS = ("thanks", "done", "- checked\n- archived", "Step 1: done", "Word 13: fertig", "- ok",
            "saved", "todo", "> regards", "| 13 | done |", "<li>done</li>", "13. fin", "danke",
            "## Next\n\nfinally", "\n\nnotes")
"""A line of one word of no BIP39 list near the phrase (gap61 took it into the run, which then
was not all of one list)."""


def _with_ending(words: list[str], ending: str, layout: str) -> list[str]:
    shaped = {"bare": words, "dash": [f"- {word}" for word in words],
              "numbered": [f"{n}. {word}" for n, word in enumerate(words, 1)],
              "table": [f"| {n} | {word} |" for n, word in enumerate(words, 1)],
              "html": [f"<li>{word}</li>" for word in words],
              "quote": [f"> {word}" for word in words]}[layout]
    return [
        "\n".join(shaped) + "\n\n" + ending,
        ending + "\n\n" + "\n".join(shaped),
        "Recovery phrase of Anna Jensen's wallet:\n\n" + "\n".join(shaped) + "\n" + ending,
        "\n".join(shaped[:6]) + "\n\n" + "\n".join(shaped[6:]) + "\n\n" + ending,
    ]


@pytest.mark.parametrize("text", [
    text for words in (_PHRASE, _PHRASE_24) for ending in _ENDINGS
    for layout in ("bare", "dash", "numbered", "table", "html", "quote")
    for text in _with_ending(words, ending, layout)])
def test_a_seed_phrase_a_word_a_line_is_found_beside_a_word_of_no_list(text: str) -> None:
    findings = [finding for finding in scan(text, Allowed()) if not finding.advisory]
    assert len(findings) >= SHORTEST, text


@pytest.mark.parametrize("text", [
    "curl -F cert=@Summer2024!Jensen.p12 https://x", "curl --cert @Falcon2024&Dupont.pem",
    "file=@Summer2024!Jensen.p12", "See @Summer2024!Jensen.pfx",
    "dl.php?Falcon2024#Mueller.key", "| ?Sommer2024%Mueller.pfx |", "Path ~Summer2024!Jensen.crt",
    "`~Herbst2024!Schmidt.p12`", "scp ~Spring2025^Rossi.key host:",
    "curl -F cert=@Summer2024@Jensen.p12 https://x", "Path ~Orbit2023?Jensen.key",
    "<code>@Lato2024@Kowalski.p12</code>", "- download ?Verano2024~Garcia.pfx",
    "scp ~/certs/Summer2024!Jensen.key host:", "Importez ~Ete2024@Dupont.p12 dans le trousseau."])
def test_a_key_file_name_with_a_password_is_found_after_at_question_mark_or_tilde(
        text: str) -> None:
    assert gate_verdict(text) == "caught"


@pytest.mark.parametrize("text", [
    "Download Ubuntu2204-Signing.key from the archive.",
    "Import Office365-Exchange.cer into the trust store.",
    "Install Windows2019-Server.pfx on the domain controller.",
    "Azure2024-Gateway.cer is the gateway's public certificate.",
    "Use Fedora2024-Primary.crt to verify the repository.",
    "The file cert~v2.pem is a backup.", "Restore server.key~ or cert~old2.pem from the backup.",
    "The PIN 2024 edition of the hub ships in March.",
    "Our PIN 1000 series thermostats support Matter.",
    "Die PIN 2024-Edition des Hubs erscheint im März.",
])
def test_product_names_and_backups_publish(text: str) -> None:
    assert gate_verdict(text) in ("through", "warning")


@pytest.mark.parametrize("text", [
    "PIN: 2024 edition", "The PIN is 2024, edition two.", "PIN 4821 (see the edition notes)",
    "The alarm PIN 4821 was set by the owner.", "| Alarm | PIN 4821 |"])
def test_a_pin_beside_a_catalogue_word_but_not_naming_a_line_is_found(text: str) -> None:
    assert gate_verdict(text) == "caught"


_SETTINGS = ("zone alarm display room holiday boost frost mouse screen cable power switch "
             "network").split()
"""Thirteen settings of a thermostat, each a BIP39 word."""


@pytest.mark.parametrize("text", [
    "## Settings\n\n" + "\n\n".join(f"{word}\n: The {word} setting of the hub."
                                    for word in _SETTINGS),
    "\n\n".join(f"{word}\n\nControls the {word} of the thermostat." for word in _SETTINGS),
    "\n".join(f"- {word}\n  Sets the {word.capitalize()} mode." for word in _SETTINGS),
    "\n\n".join(f"{word}\n\nDer Wert {word} steuert das Gerät." for word in _SETTINGS),
])
def test_a_glossary_of_list_words_described_one_by_one_publishes(text: str) -> None:
    assert gate_verdict(text) in ("through", "warning")


@pytest.mark.parametrize("note", ["(checked with the customer)", "See the card.", "Karte 2",
                                  "(vom Kunden diktiert)"])
def test_a_seed_phrase_with_a_note_between_its_words_is_still_found(note: str) -> None:
    text = "\n".join(f"{word}\n{note}" if n % 4 == 3 else word
                     for n, word in enumerate(_PHRASE))
    assert len([f for f in scan(text, Allowed()) if not f.advisory]) >= SHORTEST
