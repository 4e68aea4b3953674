"""Bank account details in a country's own form (hostile round 22): only IBANs were read, so a
refund's `sort code 20-00-00, account 55779911`, a routing number's, a BSB's, a BLZ's, an
IFSC's, a RIB's, a BIC's or a Japanese branch's account was published by main in every case
below. Each account number is now found (kbgen.core.privacy.bank_accounts) where a bank's code
of its scheme's shape and check stands beside it: in a line, a table row under its headings, an
HTML table or a `.csv`. A code alone, an account number alone, a field's description, a routing
number that fails its checksum and a `git branch` publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import BANK_ACCOUNT, Allowed, scan

REFUSED = {
    "sort code in prose": "Refund to sort code 20-00-00, account 55779911 (M Quinn).",
    "sort code bold labels": "**Sort code:** 20-00-00 **Account no.:** 55779911",
    "account first": "Account number 55779911, sort code 200000, name M Quinn.",
    "sort code table row": "| Sort code | Account number |\n|---|---|\n| 20-00-00 | 55779911 |",
    "sort code html table": ("<table><tr><th>Sort code</th><th>Account</th></tr>\n"
                             "<tr><td>20-00-00</td><td>55779911</td></tr></table>"),
    "sort code csv": "name,sort code,account\nM Quinn,20-00-00,55779911",
    "sort code in code": "```\nrefund --sort-code 20-00-00 --account 55779911\n```",
    "on two lines": "Sort code: 20-00-00\nAccount: 55779911",
    "account line first": "Account number 55779911  \nSort code 20-00-00",
    "routing number": "Refund to routing number 021000021, account number 4400123456789.",
    "aba table": "| Routing | Account |\n|---|---|\n| 026009593 | 483101234567 |",
    "bsb": "Refund to BSB 062-000, account 1234 5678.",
    "transit and institution": "Refund to transit 00011, institution 004, account 1234567.",
    "ifsc": "Refund to IFSC HDFC0001234, account no 50100012345678.",
    "blz": "Erstattung an Kontonummer 0532013000, BLZ 37040044.",
    "rib": ("Remboursement : code banque 30004, code guichet 00823, numéro de compte"
            " 00010123456."),
    "agência": "Reembolso para agência 1234-5, conta corrente 12345-6.",
    "bic": "BIC: NWBKGB2L, account: 55779911",
    "swift": "SWIFT code NWBKGB2LXXX account 55779911",
    "clearing": "Återbetalning: clearingnummer 8327, kontonummer 9234567",
    "japanese branch": "返金先：三菱UFJ銀行 渋谷支店 普通 口座番号 1234567",
    "chinese bank": "退款账户：中国银行 账号 6217000010001234567",
    "korean bank": "환불 계좌: 국민은행 계좌번호 123456-01-234567",
    "in a list": "- Sort code: 20-00-00\n- Account: 55779911",
    "abbreviated": "Sort Code: 20 00 00 Acc No: 55779911, or S/C 20-00-00 A/C 55779911",
    "a whole rib": "RIB : 30004 00823 00010123456 69",
}
"""A bank's code and an account number together: the account number must be found."""
KEPT = {
    "field description": ("Your account number is shown under Settings; the sort code field"
                          " takes 6 digits."),
    "routing number of a wrong checksum": "routing number 123456789, account 12345678",
    "git branch": "git branch 123 and account 4567890",
    "account alone": "Account number 55779911 is on your invoice.",
    "sort code alone": "Sort code 20-00-00 is the branch.",
    "swift in prose": "SWIFT is a network; account 12345678",
    "short account": "Sort code 20-00-00, account 1234.",
    "a rib of a wrong key": "RIB : 30004 00823 00010123456 70",
    "a provider's test account": ("In test mode use routing number 110000000 and account number"
                                  " 000123456789, or sort code 10-88-00, account 00012345."),
}
"""No bank's code beside an account number: nothing found."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_an_account_beside_a_bank_code_is_found(name: str) -> None:
    assert BANK_ACCOUNT in _kinds(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_no_account_is_found_without_a_bank_code_beside_it(name: str) -> None:
    assert BANK_ACCOUNT not in _kinds(KEPT[name])
