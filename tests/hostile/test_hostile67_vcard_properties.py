"""Hostile round 24 (issue 19): a contact card's `ADR`, `LABEL` and `TEL` values (a `.vcf`
pasted into a ticket or an article), which main published: its phone reader needs a region for
a number written without `+`, its address reader a label or a name before a street. Read by
structure in kbgen/core/privacy/vcard_properties.py. The leaks are also rows `hostile67:
vCard …` of bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PHONE, POSTAL_ADDRESS, scan

F = "```"
ADDRESS, TEL = (POSTAL_ADDRESS,), (PHONE,)

REFUSE: dict[str, tuple[str, tuple[str, ...]]] = {
    "adr home": ("ADR;TYPE=home:;;12 Elm St;Springfield;IL;62701;USA", ADDRESS),
    "adr german": ("ADR;TYPE=home:;;Lindenstraße 12;Berlin;;10115;Deutschland", ADDRESS),
    "adr french": ("ADR;TYPE=home:;;12 rue des Lilas;Lyon;;69003;France", ADDRESS),
    "adr spanish": ("ADR;TYPE=home:;;Calle Mayor 23;Madrid;;28013;España", ADDRESS),
    "adr finnish": ("adr;type=HOME:;;Mannerheimintie 5 A 7;Helsinki;;00100;Suomi", ADDRESS),
    "adr item group": ("item1.ADR;type=HOME;type=pref:;;742 Evergreen Terrace;Springfield;OR;"
                       "97403;USA", ADDRESS),
    "adr no params": ("ADR:;;Keizersgracht 221;Amsterdam;;1016 DV;Nederland", ADDRESS),
    "adr postcode and town only": ("ADR;TYPE=home:;;;Utrecht;;3511 AB;NL", ADDRESS),
    "adr geo param": ('ADR;GEO="geo:52.09,5.12";TYPE=home:;;Oudegracht 12;Utrecht;;3511 AB;NL',
                      ADDRESS),
    "adr vcard block": ("Here is the card the customer attached:\n\n" + F + "\nBEGIN:VCARD\n"
                        "VERSION:4.0\nFN:Mary Quinn\nADR;TYPE=home:;;12 Elm St;Springfield;IL;"
                        "62701;USA\nEND:VCARD\n" + F, ADDRESS),
    "adr quoted ticket": ("> ADR;TYPE=home:;;Kungsgatan 4;Stockholm;;111 43;Sverige", ADDRESS),
    "adr table row": ("| Field | Value |\n|---|---|\n| vCard | ADR;TYPE=home:;;12 Elm St;"
                      "Springfield;IL;62701;USA |", ADDRESS),
    "adr html": ("<td>ADR;TYPE=home:;;Lindenstraße 12;Berlin;;10115;DE</td>", ADDRESS),
    "adr front matter": ('---\ntitle: Sync fails\ncontact: "ADR;TYPE=home:;;Via Roma 10;Torino;'
                         ';10121;Italia"\n---\nBody.', ADDRESS),
    "adr folded": (F + "\nADR;TYPE=home:;;12 Elm St;Spring\n field;IL;62701;USA\n" + F, ADDRESS),
    "label": ("LABEL;TYPE=home:12 Elm St\\nSpringfield\\, IL 62701\\nUSA", ADDRESS),
    "label 2.1 quoted printable": ("LABEL;HOME;ENCODING=QUOTED-PRINTABLE:Lindenstra=C3=9Fe 12=0D=0A"
                                   "10115 Berlin", ADDRESS),
    "tel us": ("TEL;TYPE=cell:(217) 384-2291", TEL),
    "tel plain": ("TEL:2173842291", TEL),
    "tel german national": ("TEL;TYPE=home:030 84712345", TEL),
    "tel 2.1": ("TEL;CELL:0687451233", TEL),
    "tel item": ("item2.TEL;type=CELL:06 87 45 12 33", TEL),
    "tel in a customer's message": ("Kunde schreibt: meine Karte hat TEL;TYPE=cell:0171 4455667, "
                                    "aber das Telefon zeigt nichts.", TEL),
    "tel json": ('{"vcard": "BEGIN:VCARD\\nTEL;TYPE=work:020 7946 1234\\nEND:VCARD"}', TEL),
    "tel html": ("<pre>TEL;TYPE=voice:+31 20 794 6123</pre>", TEL),
    "tel ext": ("TEL;TYPE=work:(217) 384-2291 x204", TEL),
}
"""Leaks: a finding of the kind named."""

PUBLISH: dict[str, tuple[str, tuple[str, ...]]] = {
    "rfc example": ("ADR;TYPE=work:;;123 Main Street;Any Town;CA;91921-1234;U.S.A.", ADDRESS),
    "stand-in parts": ("ADR;TYPE=home:;;<street>;<city>;<region>;<code>;<country>", ADDRESS),
    "field names": ("ADR;TYPE=home:;;Street;City;State;ZIP;Country", ADDRESS),
    "empty adr": ("ADR;TYPE=home:;;;;;;", ADDRESS),
    "template": ("ADR;TYPE=home:;;{{ street }};{{ city }};;{{ zip }};{{ country }}", ADDRESS),
    "format doc": ("The ADR property holds seven parts separated by semicolons: post office box, "
                   "extended address, street, locality, region, postal code, country.", ADDRESS),
    "label doc": ("LABEL;TYPE=home:Street\\nCity", ADDRESS),
    "tel stand-in": ("TEL;TYPE=cell:<number>", TEL),
    "tel zeros": ("TEL;TYPE=cell:000-000-0000", TEL),
    "tel counting": ("TEL;TYPE=cell:+49 123 4567", TEL),
    "tel template": ("TEL;TYPE=cell:{{ phone }}", TEL),
    "tel prose": ("Tel: 2173842291 is our office line on the label.", TEL),
    "label as a word": ("label: 2024-01-15 release notes, build 3456789", TEL),
    "telemetry": ("telemetry;interval=30:1234567890", TEL),
    "adr in a sentence": ("Set adr: true to read addresses; the default is false.", ADDRESS),
    "hotel rooms": ("Hotel: 4 rooms; 2 nights; 8 guests; 3 floors; 1 lift", ADDRESS),
}
"""The format's own documentation, stand-ins and other meanings: no finding of that kind."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, (text, _) in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_card_value_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert kinds[name] & set(REFUSE[name][1])


@pytest.mark.parametrize("name", PUBLISH)
def test_not_a_card_value_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert not kinds[name] & set(PUBLISH[name][1])
