"""Hostile round 24 (issue 19): bank details in the slash form (a sort code and an account as
one value, the names in the reverse order, Canada's transit/institution/account), which main
published; read in kbgen/core/privacy/slashed_bank_details.py. The leaks are also rows
`hostile67: bank slash …` of bench/gatecorpus/hostile.yml. All texts are scanned once
(module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import BANK_ACCOUNT, scan

F = "```"

REFUSE: dict[str, str] = {
    "bank details": "Bank details: 20-45-77 / 41234567 (Mary Quinn)",
    "refund to": "Please pay the refund to 20-45-77 / 41234567.",
    "no spaces": "Refund: 20-45-77/41234567",
    "table row": "| Customer | Bank |\n|---|---|\n| Mary Quinn | 20-45-77 / 41234567 |",
    "quoted ticket": "> my details are 30-96-34 / 01234568, thanks",
    "code fence": F + "\npayee: Mary Quinn\nbank: 30-96-34 / 71234568\n" + F,
    "html": "<td>40-11-62 / 51234567</td>",
    "front matter": "---\ntitle: Refund\nbank: \"20-45-77 / 41234567\"\n---\nDone.",
    "german reversed": "Kto./BLZ: 0532013000 / 37040044",
    "german reversed long": "Kontonummer/Bankleitzahl: 0532013000 / 37040044",
    "english reversed": "Account no./Sort code: 41234567 / 20-45-77",
    "account/routing": "Account/Routing: 4400123456789 / 021000021",
    "dutch reversed": "Rekeningnummer/BIC: 417164300 / ABNANL2A",
    "bsb reversed": "Acct/BSB: 10234867 / 062-000",
    "canadian": "Transit/Institution/Account: 12345-003-4403567",
    "canadian spaced": "Transit / Institution / Account no.: 12345 003 4403567",
    "customer's message": "Customer: send it to 20-45-77 / 41234567 please, my old card is gone.",
    "list item": "- Mary Quinn: 60-83-71 / 81234567",
    "json": F + 'json\n{"payout": "20-45-77 / 41234567"}\n' + F,
    "french": "Coordonnées : 20-45-77 / 41234567 (client britannique)",
    "spanish reversed": "Cuenta/Routing: 4400123456789 / 021000021",
    "date-like code, other account": "Refund to 24-03-15 / 41239875 please.",
    "code as date, account not its date": "Bank: 15-03-24 / 15032025 (Mary)",
    "near-test code": "Refund to 10-88-01 / 41234567 please.",
    "stripe code in another place": "Bank: 20-45-77 / 10880041 (Mary Quinn)",
    "steps uneven": "Refund: 10-20-30 / 40506071",
    "three values": "Refund: 21-19-21 / 21192118",
    "us reversed real": "Account/Routing: 000123456780 / 021000021",
    "canadian real": "Transit/Institution/Account: 12345-003-4403567",
    "german real after a date": "Stand 15-03-24: Kto./BLZ: 0532013000 / 37040044",
    "two pairs, one real": "Release 24-03-15 / 20240315; refund to 20-45-77 / 41234567",
}
"""Leaks: a finding of a bank account."""

PUBLISH: dict[str, str] = {
    "counting": "Bank details: 12-34-56 / 12345678",
    "zeros": "Sort code / account: 00-00-00 / 00000000",
    "example": "For example: 20-45-77 / 41234567",
    "format": "The format is NN-NN-NN / NNNNNNNN.",
    "dates": "Valid 12-03-24 / 13-03-24 only.",
    "seven digits": "Ref 20-45-77 / 4123456",
    "nine digits": "Ref 20-45-77 / 412345678",
    "iso date": "2024-05-01 / 20240501",
    "url path": "See https://example.com/20-45-77/41234567abc",
    "phone": "Call 020-7946-0000 / 07700900123",
    "reversed doc": "Account/Sort code: the two numbers on your card.",
    "one digit": "Bank details: 11-11-11 / 11111111",
    "release date twice": "Release 24-03-15 / 20240315 fixes the export.",
    "german date twice": "Stand 15-03-24 / 15032024, Version 3",
    "date twice in a table": "| Build | Date |\n|---|---|\n| 7 | 23-11-30 / 20231130 |",
    "date twice, 1900s": "Archived 99-12-31 / 19991231",
    "part numbers": "Part 10-20-30 / 40506070 is the hinge kit.",
    "score": "Final 21-19-21 / 21192119 in the league table",
    "descending steps": "Kit 90-80-70 / 60504030 spare parts",
    "stripe gb slash": "In test mode use sort code and account 10-88-00 / 00012345 (Stripe).",
    "stripe us slash": "Account/Routing: 000123456789 / 110000000 (Stripe test numbers)",
    "stripe ca slash": "Transit/Institution/Account: 11000-000-000123456789 (Stripe, Canada)",
    "stripe gb in a fence": F + "\nbank: 10-88-00 / 00012345\n" + F,
}
"""Nobody's account: no bank account."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_slashed_details_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert BANK_ACCOUNT in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_slashed_details_publish(kinds: dict[str, set[str]], name: str) -> None:
    assert BANK_ACCOUNT not in kinds[name]
