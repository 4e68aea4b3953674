"""rev67 findings 11/6, 4, 5, 8 and 19 on hostile67's readers (fixcard67, issue 19).

11/6: a vCard ADR/LABEL/TEL hit spanned the rest of its line, so a token after the address or
number was reported as part of it, and `<!-- kb:allow address -->` (or `phone`) published it.
A hit now covers the value's own parts: the token is found as what it is, which no address or
phone marker accepts. 4: a TEL is judged as the prose phone reader judges a number (the site's
own numbers, validity where the region is known); `tel;timeout=30:` is no vCard's. 5: the
company's own work card publishes its work address. 8: the published specimen passports'
zones publish. 19: Caddy 1's documented `basicauth /secret Bob hiccup` publishes, and its block
form `basicauth mary Sommer2024Haus {` is read. All texts are scanned once (module fixture)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.core.privacy import NATIONAL_ID, PASSWORD, PHONE, POSTAL_ADDRESS, Allowed, scan

F = "```"
KEY = "Zx8Qp3Lm9Rt2Vw7Ky4Nb6Hc1Jd5Fg0Ts"
HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
ACME = Allowed(phones_e164=frozenset({"+442079460958", "+18005550100"}),
               domains=frozenset({"acme.co.uk"}), national_regions=("GB",))
NONE = Allowed()

BESIDE: dict[str, str] = {
    "adr, token as an eighth part": f"ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;UK;{KEY}",
    "adr, token in the country part": f"ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA {KEY}",
    "adr, token after a tab": f"ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA\ttoken {HEX}",
    "adr, six parts, token after the postcode": f"ADR:;;Hauptstr. 5;Berlin;;10115 {KEY}",
    "adr, base64 of a login": "ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;UK;"
                              "YWRtaW46U29tbWVyMjAyNEhhdXM=",
    "adr, jwt": "ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;eyJhbGciOiJIUzI1NiJ9."
                "eyJzdWIiOiIxMjMifQ.abcDEFghiJKLmnoPQRstuVWXyz012345",
    "adr, wifi password": "ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA;wifi password "
                          "Qm7Rt2Xv9Lp4Kz8N",
    "adr, kennwort": "ADR;TYPE=home:;;Hauptstr. 5;Berlin;;10115;DE;Kennwort Sommer2024Haus",
    "adr in html": f"<pre>ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA;{KEY}</pre>",
    "label, token on its last line": f"LABEL;TYPE=home:12 Elm St\\nSpringfield IL {KEY}",
    "tel, secret word and token": f"TEL;TYPE=cell:(217) 384-2291 secret {KEY}",
    "tel, hex key": f"TEL;TYPE=work:(217) 384-2291 {HEX}",
    "tel, own number and token": f"TEL;TYPE=work:+1 800 555 0100 {KEY}",
    "item tel, session": "item1.TEL;type=pref:2173842291;session=8c1f4e2a9b7d3c6e5f0a1b2c3d4e5f6a",
    "tel uri, base64 parameter": "TEL;VALUE=uri:tel:+1-217-384-2291;"
                                 "x=Tk9UUkVBTFRPS0VOMTIzNDU2Nzg5MA",
    "tel, bearer": "TEL;TYPE=cell:(217) 384-2291 / bearer 4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99",
    "tel, aws key": "TEL;TYPE=work:(217) 384-2291 AKIAIOSFODNN7EXAMPLF wJalrXUtnFEMI/K7MDENG/"
                    "bPxRfiCYEXAMPLEKEZ",
    "tel in a table row": f"| Mary | TEL;TYPE=cell:(217) 384-2291 apikey {KEY} |",
    "tel in a quoted ticket": f"> The customer sent: TEL;TYPE=cell:(217) 384-2291 apikey {KEY}",
    "tel in a fenced card": f"{F}\nBEGIN:VCARD\nTEL;TYPE=cell:(217) 384-2291 {KEY}\nEND:VCARD\n{F}",
}
"""A secret after a card's value: found as its own kind, which an address or phone marker
does not accept (each line carries one such marker on a site)."""

REFUSE: dict[str, tuple[str, Allowed, str]] = {
    "home address in a company's card": (
        f"{F}\nBEGIN:VCARD\nORG:Acme Ltd\nADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA\n"
        f"END:VCARD\n{F}", ACME, POSTAL_ADDRESS),
    "work address, card names no organisation": (
        f"{F}\nBEGIN:VCARD\nFN:Mary Quinn\nADR;TYPE=work:;;12 Elm St;Springfield;IL;62701;USA\n"
        f"END:VCARD\n{F}", ACME, POSTAL_ADDRESS),
    "work address, organisation is a person's name": (
        f"{F}\nBEGIN:VCARD\nORG:Mary Quinn\nADR;TYPE=work:;;12 Elm St;Springfield;IL;62701;USA\n"
        f"END:VCARD\n{F}", ACME, POSTAL_ADDRESS),
    "work address, the company is another card's": (
        f"{F}\nBEGIN:VCARD\nORG:Acme Ltd\nEND:VCARD\nBEGIN:VCARD\nFN:Mary Quinn\n"
        f"ADR;TYPE=work:;;12 Elm St;Springfield;IL;62701;USA\nEND:VCARD\n{F}", ACME,
        POSTAL_ADDRESS),
    "work address, someone else's e-mail domain": (
        "BEGIN:VCARD\nEMAIL;TYPE=work:mary@quinn-family.net\n"
        "ADR;TYPE=work:;;12 Elm St;Springfield;IL;62701;USA\nEND:VCARD", ACME, POSTAL_ADDRESS),
    "home label of a company's line": (
        "LABEL;TYPE=home:Acme Ltd\\n12 Elm St\\nSpringfield IL 62701", ACME, POSTAL_ADDRESS),
    "home and work address in a company's card": (
        "ORG:Acme Ltd\nADR;TYPE=home,work:;;12 Elm St;Springfield;IL;62701;USA", NONE,
        POSTAL_ADDRESS),
    "home and work label": ("LABEL;TYPE=work,home:Acme Ltd\\n12 Elm St\\nSpringfield IL 62701",
                            NONE, POSTAL_ADDRESS),
    "work label of a person": ("LABEL;TYPE=work:Mary Quinn\\n12 Elm St\\nSpringfield IL 62701",
                               ACME, POSTAL_ADDRESS),
    "tel, not the site's": ("TEL;TYPE=cell:(217) 384-2291", ACME, PHONE),
    "tel, british national, not the site's": ("TEL;TYPE=cell:07911 123456", ACME, PHONE),
    "tel, no region": ("TEL;TYPE=home:030 84712345", NONE, PHONE),
    "tel, bare ten digits of another plan": ("TEL;TYPE=cell:9812347650", NONE, PHONE),
    "tel, indian grouping": ("TEL;TYPE=cell:98123 47650", NONE, PHONE),
    "tel, unknown upper-case parameter": ("TEL;X-CUSTOM=1:(217) 384-2291", NONE, PHONE),
    "tel, lower-case with the rfc's parameters": ("tel;type=cell:(217) 384-2291", NONE, PHONE),
    "caddy 1 block form": (f"{F}\nbasicauth mary Sommer2024Haus {{\n\trealm \"Admin\"\n\t/admin\n}}"
                           f"\n{F}", NONE, PASSWORD),
    "caddy 1 block form with a path": (f"{F}\nbasicauth /admin mary Sommer2024Haus {{\n}}\n{F}",
                                       NONE, PASSWORD),
    "caddy 1, the docs' user, another password": ("basicauth /secret Bob hiccup2", NONE, PASSWORD),
    "caddy 1, another user, the docs' password": ("basicauth /secret mary hiccup9Z", NONE,
                                                  PASSWORD),
    "real zone, mustermann in prose only": (
        "Erika Mustermann sent this zone:\n\nP<NLDDE<VRIES<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "C4H7R2K913NLD8503172F3105227<<<<<<<<<<<<<<<0", NONE, NATIONAL_ID),
    "real zone, the specimen's name a paragraph away": (
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n\nThe customer's:\n\n"
        "C4H7R2K913NLD8503172F3105227<<<<<<<<<<<<<<<0", NONE, NATIONAL_ID),
}
"""(text, allowances, kind): still a finding of that kind."""

PUBLISH: dict[str, tuple[str, Allowed]] = {
    "own card, organisation and work address": (
        f"Add us: [acme.vcf](acme.vcf) reads\n{F}\nBEGIN:VCARD\nVERSION:4.0\nORG:Acme Ltd\n"
        "TEL;TYPE=work,voice:020 7946 0958\nADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;"
        f"United Kingdom\nEND:VCARD\n{F}", ACME),
    "own card, german organisation": (
        "BEGIN:VCARD\nORG:Nordlicht GmbH\nADR;TYPE=work:;;Lindenstraße 12;Berlin;;10115;"
        "Deutschland\nEND:VCARD", NONE),
    "own card, the site's e-mail": (
        "BEGIN:VCARD\nFN:Acme Support\nEMAIL;TYPE=work:help@acme.co.uk\n"
        "ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;UK\nEND:VCARD", ACME),
    "own card, the site's phone": (
        "BEGIN:VCARD\nTEL;TYPE=work:+44 20 7946 0958\n"
        "ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;UK\nEND:VCARD", ACME),
    "own card, vcard 2.1 work type, no begin line": (
        "ORG:Acme Ltd\nADR;WORK:;;1 Acme Way;London;;EC1A 1BB;UK", NONE),
    "own label": ("LABEL;TYPE=work:Acme Ltd\\n1 Acme Way\\nLondon EC1A 1BB", NONE),
    "own label, german": ("LABEL;TYPE=work:Nordlicht GmbH\\nLindenstraße 12\\n10115 Berlin", NONE),
    "site's own tel, toll free": ("Save our card: TEL;TYPE=work:1-800-555-0100", ACME),
    "site's own tel, national": ("TEL;TYPE=work,voice:020 7946 0958", ACME),
    "site's own tel, uri": ("TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0958", ACME),
    "invalid number in a format table": ("| Property | Example |\n|---|---|\n"
                                         "| TEL;TYPE=cell | TEL;TYPE=cell:(555) 010-0199 |", NONE),
    "invalid north american number": ("TEL;TYPE=home:(555) 123-4567", NONE),
    "invalid north american number, dashes": ("TEL;TYPE=home:555-010-0199", NONE),
    "timeout setting": ("tel;timeout=30:1000000 ms", NONE),
    "retry setting": ("tel;retry=3:2173842291", NONE),
    "dutch specimen": (f"Test with the Dutch specimen:\n{F}\nP<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<"
                       f"<<<<<<<<\nSPECI20142NLD6503101F2401151999999990<<<<<82\n{F}", NONE),
    "dutch specimen data line alone": ("MRZ: SPECI20142NLD6503101F2401151999999990<<<<<82", NONE),
    "german passport specimen": (f"{F}\nP<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                                 f"C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4\n{F}", NONE),
    "german passport specimen, quoted": ("> P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                                         "> C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4", NONE),
    "german id card specimen": ("Musterausweis:\nIDD<<T220001293<<<<<<<<<<<<<<<\n"
                                "6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<",
                                NONE),
    "german id card specimen in html": ("<pre>IDD<<T220001293<<<<<<<<<<<<<<<\n"
                                        "6408125<2010315D<<<<<<<<<<<<<4\n"
                                        "MUSTERMANN<<ERIKA<<<<<<<<<<<<<</pre>", NONE),
    "caddy 1 docs": (f"Caddy 1's documentation:\n{F}\nbasicauth /secret Bob hiccup\n{F}", NONE),
    "caddy 1 docs, no path": ("basicauth Bob hiccup", NONE),
    "caddy 1 docs in html": ("<pre><code>basicauth /secret Bob hiccup</code></pre>", NONE),
    "caddy 2 matcher block": (f"{F}\nbasicauth @admins {{\n\t<username> <hashed_password>\n}}\n{F}",
                              NONE),
    "caddy 2 algorithm and realm": (f"{F}\nbasicauth bcrypt \"Restricted\" {{\n\t"
                                    f"<username> <hashed_password>\n}}\n{F}", NONE),
}
"""(text, allowances): no finding."""


def _kinds(text: str, allowed: Allowed) -> list[tuple[str, str]]:
    return [(finding.kind, finding.excerpt) for finding in scan(text, allowed)
            if not finding.advisory]


@pytest.fixture(scope="module")
def judged() -> dict[str, list[tuple[str, str]]]:
    found = {f"beside:{name}": _kinds(text, NONE) for name, text in BESIDE.items()}
    found |= {f"refuse:{name}": _kinds(text, allowed)
              for name, (text, allowed, _) in REFUSE.items()}
    found |= {f"publish:{name}": _kinds(text, allowed) for name, (text, allowed) in PUBLISH.items()}
    return found


@pytest.mark.parametrize("name", BESIDE)
def test_a_secret_beside_a_card_value_is_found_as_itself(
        judged: dict[str, list[tuple[str, str]]], name: str) -> None:
    found = judged[f"beside:{name}"]
    assert [kind for kind, _ in found if kind not in (PHONE, POSTAL_ADDRESS)], found


@pytest.mark.parametrize("name", REFUSE)
def test_still_refused(judged: dict[str, list[tuple[str, str]]], name: str) -> None:
    assert REFUSE[name][2] in [kind for kind, _ in judged[f"refuse:{name}"]]


@pytest.mark.parametrize("name", PUBLISH)
def test_published(judged: dict[str, list[tuple[str, str]]], name: str) -> None:
    assert judged[f"publish:{name}"] == []


MARKED = [
    (f"ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;United Kingdom;{KEY} "
     "<!-- kb:allow address -->", "API key or token"),
    (f"TEL;TYPE=work:(217) 384-2291 secret {KEY} <!-- kb:allow phone -->", "API key or token"),
    (f"TEL;TYPE=work:(217) 384-2291 {HEX} <!-- kb:allow phone -->", "API key or token"),
    ("item1.TEL;type=pref:2173842291;session=8c1f4e2a9b7d3c6e5f0a1b2c3d4e5f6a "
     "<!-- kb:allow phone -->", "API key or token"),
    ("ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;UK;YWRtaW46U29tbWVyMjAyNEhhdXM= "
     "<!-- kb:allow address -->", "API key or token"),
    (f"LABEL;TYPE=home:12 Elm St\\nSpringfield IL {KEY} <!-- kb:allow address -->",
     "API key or token"),
]
"""(line, kind) of rev67 11's marker lines: the address or phone marker accepts the card's
value, the secret beside it stays an error of its own kind."""


def test_an_address_or_phone_marker_does_not_publish_a_secret_beside_it(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.conftest import article

    name = "content/articles/account/card-lines.md"
    body = "Card lines we were sent:\n\n" + "\n\n".join(line for line, _ in MARKED) + "\n"
    config = write_project({name: article("Card lines", body=body)})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = {int(line.split(":")[1]): line for line in result.output.splitlines()
              if line.startswith(f"{name}:") and ": error: " in line}
    first = 10  # the front matter's 7 lines, a blank, the lead-in and a blank
    for number, (_, kind) in enumerate(MARKED):
        assert f"error: {kind} (" in errors.get(first + 2 * number, ""), result.output
    assert result.exit_code == 1
