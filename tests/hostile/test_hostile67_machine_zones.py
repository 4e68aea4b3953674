"""Hostile round 24 (issue 19): a passport's or an identity card's machine-readable zone (ICAO
Doc 9303) pasted from a scan, which main published in every layout; read by structure in
kbgen/core/privacy/machine_zones.py (a line of the zone's width whose check digits are right).
The leaks are also rows `hostile67: MRZ …` of bench/gatecorpus/hostile.yml. All texts are
scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, scan

F = "```"
NAME = "P<NLDDE<VRIES<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
NLD = "C4H7R2K913NLD8503172F3105227<<<<<<<<<<<<<<<0"
DEU = "X7Q2L0P480DEU9202298M2901019<<<<<<<<<<<<<<<2"
USA = "5333800068USA7807046M3009152<<<<<<<<<<<<<<<6"
FRA = "18AV123451FRA0111300F3302288<<<<<<<<<<<<<<<4"
ESP = "PAA1234560ESP6904122M270606312345678Z<<<<<34"
FIN = "YA77231860FIN9901018X3201015<<<<<<<<<<<<<<<6"
TD2 = "D231458907DEU7408122F3204153<<<<<<<2"
TD1_FIRST = "IDBEL5921234569<<<<<<<<<<<<<<<"
TD1_SECOND = "8805234M3105238BEL880523123453"

REFUSE: dict[str, str] = {
    "passport zone in prose": f"The customer sent the scan, its last lines read:\n\n{NAME}\n{NLD}",
    "data line alone": f"MRZ: {NLD}",
    "code fence": f"{F}\n{NAME}\n{DEU}\n{F}",
    "code fence text": f"{F}text\nP<USAQUINN<<MARY<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n{USA}\n{F}",
    "quoted ticket": f"> Hi, here is my passport, the bottom says\n> {NAME}\n> {NLD}",
    "customer's message": f"Customer: my passport doesn't scan at the gate: {FRA} — why?",
    "table row": f"| Customer | MRZ |\n|---|---|\n| Mary Quinn | `{USA}` |",
    "html pre": f"<pre>{NAME}\n{NLD}</pre>",
    "html cell": f"<td>{DEU}</td>",
    "front matter": f"---\ntitle: Check-in failed\nmrz: \"{ESP}\"\n---\nSee the ticket.",
    "german": f"Die maschinenlesbare Zone des Reisepasses lautet {DEU}.",
    "french": f"Zone de lecture automatique du passeport : {FRA}",
    "spanish": f"La zona MRZ del pasaporte del cliente: {ESP}",
    "finnish": f"Asiakkaan passin MRZ-rivi: {FIN}",
    "dutch": f"Onderste regel van het paspoort: {NLD}",
    "json": f'{F}json\n{{"document": {{"mrz_line2": "{USA}"}}}}\n{F}',
    "yaml": f"{F}yaml\nguest:\n  mrz: {FIN}\n{F}",
    "log line": f"2024-05-01T10:22:01Z ocr.result line2={DEU} confidence=0.98",
    "td2 visa": f"Visa MRZ second line: {TD2}",
    "identity card first line": f"ID card (front, bottom): {TD1_FIRST}",
    "identity card second line": f"{F}\n{TD1_SECOND}\n{F}",
    "identity card both": f"Belgian eID zone:\n\n    {TD1_FIRST}\n    {TD1_SECOND}",
    "list item": f"- Guest 2: {ESP}",
    "sex X": f"Passport (X): {FIN}",
}
"""Leaks: each a finding of a national ID."""

PUBLISH: dict[str, str] = {
    "icao specimen": ("ICAO Doc 9303 gives this example:\n\n"
                      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    "icao card specimen": "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6",
    "template of filler": "Line 2: <<<<<<<<<0DEU0001018<0001018<<<<<<<<<<<<<<<6",
    "filler only": "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "format description": ("The second line is 44 characters: document number (9), check "
                           "digit, nationality (3), birth date YYMMDD, check digit, sex, expiry "
                           "date, check digit, personal number (14), check digits."),
    "layout letters": "NNNNNNNNNCAAAYYMMDDCSYYMMDDCXXXXXXXXXXXXXXCC",
    "wrong check digits": "C4H7R2K910NLD8503170F3105220<<<<<<<<<<<<<<<9",
    "git conflict": "<<<<<<< HEAD\nvalue = 1\n=======\nvalue = 2\n>>>>>>> feature",
    "licence key": "Enter the key ABCDE12345FGHIJ67890KLMNO12345 in the dialog.",
    "digits 30": "Reference 123456789012345678901234567890 was charged.",
    "html entity run": "&lt;&lt;&lt;&lt;&lt; 2024 01 01",
    "arrows": "Click <<<<< BACK 20240101 to return.",
    "no calendar date": "C4H7R2K913NLD8513372F3105227<<<<<<<<<<<<<<<0",
}
"""Everyday text and the format's own documentation: no national ID."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_zone_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_not_a_zone_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID not in kinds[name]
