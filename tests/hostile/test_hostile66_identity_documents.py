"""Passport and driving-licence numbers (hostile round 23): main published every case below (a
customer's document number pasted from a ticket, in 12 languages and 8 layouts). Each is now a
`national ID number` finding (kbgen.core.privacy.identity_documents) where the document's name
labels a number of a document number's shape; a field's format or example, a placeholder, a
negation, a version and a date publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, Allowed, scan

F = "```"
REFUSED = {
    "en prose": "Customer Mary Quinn, passport number 533380006, asked to change her booking.",
    "en bold label": "**Passport no.:** 533380006 (UK), expires 2031.",
    "en table row": "| Field | Value |\n|---|---|\n| Passport number | C01X00T47 |",
    "de prose": "Kundin Anna Berg, Reisepassnummer C01X00T47, bittet um Rückruf.",
    "fr prose": "Le client a donné son numéro de passeport 18AV12345 au téléphone.",
    "es prose": "Número de pasaporte: PAA123456 (cliente Juan Pérez).",
    "it prose": "Numero di passaporto YA1234567 del cliente.",
    "nl prose": "Paspoortnummer NW92BD1K3 van de klant.",
    "zh": "客户护照号码：E12345678",
    "ja": "お客様のパスポート番号 TK1234567 を確認しました。",
    "ko": "고객 여권번호: M12345678",
    "ru series and number": "Паспорт серия 4510 номер 123456 выдан ОВД.",
    "uk driving licence": "Driving licence number MORGA753116SM9IJ was on the form.",
    "us driver's license": "Driver's license # D1234567 (California), DOB 1987-03-14.",
    "de führerschein": "Führerscheinnummer B072RRE2I55 der Kundin.",
    "fr permis": "Numéro de permis de conduire : 12AB34567.",
    "es carnet": "Carnet de conducir n.º 12345678Z",
    "it patente": "Numero patente di guida U1X234567Y",
    "yaml in code": F + "\ncustomer:\n  passport_number: \"533380006\"\n" + F,
    "json key": F + 'json\n{"name": "Mary Quinn", "passportNo": "C01X00T47"}\n' + F,
    "html": "<p>Passport: <b>533380006</b></p>",
    "front matter": "---\ntitle: Refund\npassport: C01X00T47\n---\nBody.",
    "quoted ticket": "> Hi, my passport number is 533380006, can you update it?",
    "licence column": "| Name | Driving licence |\n|---|---|\n| Mary Quinn | MORGA753116SM9IJ |",
    "html column": ("<table><tr><th>Name</th><th>Passport</th></tr>\n"
                    "<tr><td>Mary Quinn</td><td>533380006</td></tr></table>"),
}
"""A document number its document's name labels: a finding."""
KEPT = {
    "format example": "A UK passport number has 9 digits, for example 533380006.",
    "counted-up digits": "Passport number: 123456789",
    "placeholder": "Passport number: <your passport number>",
    "letters for digits": "Passport number: XXXXXXXXX",
    "negation": "We never ask for your passport number.",
    "field description": "The passport field takes 6-9 letters and digits.",
    "library version": "Passport.js strategy version 0.7.0",
    "npm install": "npm install passport@0.7.0 passport-local",
    "date": "Passport renewals take 10 weeks since 2023-01-01.",
    "short ticket": "Passport ticket 12345 resolved.",
    "sample card": ("Your driving licence number is 16 characters, like MORGA753116SM9IJ on the"
                    " sample card."),
    "inside another word": "Use the bypass code path and compass ABC123456 readings.",
    "english passing": "Passing ABC123456 to the function works.",
    "sentence between": "Bring your passport. Ticket AB1234567 is yours.",
    "photo size": "Passport photos must be 600 x 600 pixels.",
}
"""No document number: no finding of the kind."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_a_labelled_document_number_is_found(name: str) -> None:
    assert NATIONAL_ID in _kinds(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_formats_examples_and_other_numbers_publish(name: str) -> None:
    assert NATIONAL_ID not in _kinds(KEPT[name])
