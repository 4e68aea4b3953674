"""Hostile round 25 (issue 19): a home's Plus Code or what3words address in a table whose
column header names the home (`| Name | Home |`), which main published; read in
kbgen/core/privacy/place_code_cells.py. The leaks are also rows `hostile68: Plus Code cell …`
of bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import POSTAL_ADDRESS, scan

SEP = "\n|---|---|\n"

REFUSE: dict[str, str] = {
    "home": "| Name | Home |" + SEP + "| Anna | 8FVC9G8F+6X |",
    "address": "| Customer | Address |" + SEP + "| Jan de Vries | 9F46VGW3+XH |",
    "german": "| Kunde | Adresse |" + SEP + "| Anna Müller | 9F4MGC22+22 |",
    "home address": "| Ticket | Home address |" + SEP + "| 4711 | 87G8Q2JM+X4 |",
    "three columns": "| Name | Phone | Home |\n|---|---|---|\n| Bob | ask | 849VCWC8+R9 |",
    "no outer pipes": "Name | Home\n--- | ---\nAnna | 8FVC9G8F+6X",
    "two rows": "| Name | Home |" + SEP + "| Anna | 8FVC9G8F+6X |\n| Ben | 9C3XGV3C+QR |",
    "quoted": "> | Name | Home |\n> |---|---|\n> | Anna | 8FVC9G8F+6X |",
    "short code and town": "| Client | Domicile |" + SEP + "| Jean | GV3C+QR Paris |",
    "dutch": "| Naam | Thuis |" + SEP + "| Piet | 9F469V2C+QW |",
    "finnish": "| Asiakas | Koti |" + SEP + "| Mikko | 9GG65WGM+3P |",
    "japanese": "| 氏名 | 住所 |" + SEP + "| 田中 | 8Q7XMQJ3+F5 |",
    "italian": "| Cliente | Indirizzo |" + SEP + "| Giulia | 8FHJVHGF+RW |",
    "spanish": "| Cliente | Casa |" + SEP + "| María | 8CGRC7X3+2P |",
    "polish": "| Klient | Adres |" + SEP + "| Jan | 9F2RR3J2+VV |",
    "what3words": "| Name | Home |" + SEP + "| Anna | ///filled.count.soap |",
    "w3w link": "| Kunde | Wohnadresse |" + SEP + "| Hans | https://w3w.co/tisch.lampe.wolke |",
    "aligned separator": "| Name | Home |\n|:---|---:|\n| Anna | 8FVC9G8F+6X |",
    "bold cell": "| Name | Home |" + SEP + "| Anna | **8FVC9G8F+6X** |",
    "code cell": "| Name | Home |" + SEP + "| Anna | `8FVC9G8F+6X` |",
    "danish": "| Kunde | Hus |" + SEP + "| Ole | 9F7JMH2X+5C |",
}
"""Leaks: a postal address finding."""

PUBLISH: dict[str, str] = {
    "office header": "| Site | Office |" + SEP + "| Berlin | 9F4MGC22+22 |",
    "store header": "| Store | Location |" + SEP + "| Mitte | 9F4MGC22+22 |",
    "plus code header": "| City | Plus Code |" + SEP + "| Zurich | 8FVC9G8F+6X |",
    "padded region": "| Name | Home |" + SEP + "| Anna | 8FVC0000+ |",
    "no code": "| Name | Home |" + SEP + "| Anna | Berlin |",
    "format": "| Field | Address |" + SEP + "| format | like 849VCWC8+R9 |",
    "sum": "| Name | Home |" + SEP + "| total | 2345+67 |",
    "other column": "| Home | Office |" + SEP + "| Berlin | 9F4MGC22+22 |",
    "no separator": "| Name | Home |\n| Anna | 8FVC9G8F+6X |",
    "table ended": "| Name | Home |" + SEP + "| Anna | Berlin |\n\nOffice: 9F4MGC22+22",
    "second table's header": ("| Name | Home |" + SEP + "| Anna | Berlin |\n\n| Site | Office |"
                              + SEP + "| Mitte | 9F4MGC22+22 |"),
}
"""Headers naming no home, regions, formats, sums, other columns, no table."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_home_code_in_cell_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert POSTAL_ADDRESS in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_home_code_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert POSTAL_ADDRESS not in kinds[name]
