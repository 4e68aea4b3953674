"""Hostile round 25 (issue 19): a passport's or identity card's machine-readable zone's name
line pasted without its data line (`P<GBRSMITH<<JOHN<PETER<<<…`), which main published; read in
kbgen/core/privacy/zone_name_lines.py (hostile67's must-publish `name line alone` is one of them
now: the brief of round 25 names it a leak). The leaks are also rows `hostile68: MRZ name line …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, scan

F = "```"


def _wide(start: str, width: int = 44) -> str:
    return start + "<" * (width - len(start))


REFUSE: dict[str, str] = {
    "prose": "The app reads " + _wide("P<GBRSMITH<<JOHN<PETER") + " and then stops.",
    "fence": F + "\n" + _wide("P<D<<SCHMIDT<<KLAUS<DIETER") + "\n" + F,
    "french ticket": "> Le scan donne :\n> " + _wide("P<FRADUPONT<<JEAN<LUC"),
    "polish": "Odczytana strefa MRZ: `" + _wide("P<POLKOWALSKI<<JAN") + "`",
    "spanish two surnames": "Resultado OCR:\n\n    " + _wide("P<ESPGARCIA<LOPEZ<<MARIA<JOSE"),
    "finnish": "Passin rivi: " + _wide("P<FINVIRTANEN<<MIKKO<JUHANI"),
    "dutch particle": _wide("P<NLDDE<VRIES<<PIETER"),
    "hostile67's name line alone": "P<NLDDE<VRIES<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "japanese": "読み取り結果：" + _wide("P<JPNTANAKA<<HIROSHI"),
    "table row": "| Kunde | MRZ |\n|---|---|\n| 4711 | " + _wide("P<AUTHUBER<<THOMAS") + " |",
    "html cell": "<table><tr><td>" + _wide("P<USAJOHNSON<<EMILY<ROSE") + "</td></tr></table>",
    "visa": "Visa zone: " + _wide("V<DEUMUELLER<<SABINE"),
    "italian": "Riga MRZ del passaporto: " + _wide("P<ITAROSSI<<GIULIA"),
    "turkish": "Pasaport satırı: " + _wide("P<TURYILMAZ<<AYSE"),
    "portuguese": "Linha lida: " + _wide("P<BRASILVA<<ANA<PAULA"),
    "canadian quoted": "> " + _wide("P<CANTREMBLAY<<MARIE<EVE"),
    "norwegian": "Linje 1: " + _wide("P<NORHANSEN<<OLA"),
    "td2 card": "Carte d'identité : " + _wide("I<FRADUPONT<<JEAN", 36),
    "td2 german": _wide("I<DEUWEBER<<ANNA", 36),
    "td1 third line": "Ausweis, dritte Zeile:\n\n    " + _wide("MEIER<<PETRA", 30),
    "td1 polish": "Trzecia linia dowodu: " + _wide("KOWALSKA<<ANNA<MARIA", 30),
    "front matter": "---\nmrz: \"" + _wide("P<SWEANDERSSON<<KARIN") + "\"\n---\nText",
    "one short": _wide("P<GBRSMITH<<JOHN<PETER", 43),  # OCR'd: a leak since hostile69 (ocr_zones)
}
"""Leaks: a national ID finding."""

PUBLISH: dict[str, str] = {
    "utopia specimen": _wide("P<UTOERIKSSON<<ANNA<MARIA"),
    "icao holder": _wide("P<SWEERIKSSON<<ANNA<MARIA"),
    "mustermann": _wide("P<D<<MUSTERMANN<<ERIKA"),
    "field names": _wide("P<XXXSURNAME<<GIVEN<NAMES"),
    "primary secondary": _wide("P<ISSPRIMARY<<SECONDARY"),
    "repeated letters": _wide("P<GBRXXXXXX<<XXXXX"),
    "filler only": "<" * 44,
    "prose with chevrons": "Use << and >> to move between pages.",
    "shell heredoc": "cat <<EOF\nhello\nEOF",
    "whole zone, specimen data line": (
        _wide("P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE") + "\n"
        + "SPECI20142NLD6503101F2403096999999990<<<<<84"),
    "td1 doc": _wide("SURNAME<<GIVEN<NAMES", 30),
    "cpp shift": "x = a<<b<<c;",
}
"""Specimens, the format's field names, other shapes: no national ID."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_zone_name_line_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_person_named_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID not in kinds[name]
