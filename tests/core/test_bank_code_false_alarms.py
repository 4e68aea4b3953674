"""Bank accounts (rev65, finding on hostile65's reader): bank-code names that are everyday
words (`clearing` cookies, parcels `in transit`, each `institution`, a shop's `sucursal` or
`Filiale`, a travel `agência`, a git `branch #`, the `Swift` language, call `routing`) with any
number after them, `银行` anywhere (`银行卡`, a bank card; `銀行振込`, a bank transfer) and a
form's documented example code made any customer account number a bank account. Each such
text publishes now; an account beside a bank's code stays refused. One scan per case."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import BANK_ACCOUNT, Allowed, scan

KEPT = {
    # rev65 /tmp/rev65/fp_bank.txt
    "clearing and a year": ("Clearing cookies in Chrome since the 2024 release signs you out of"
                            " account 55123456."),
    "in transit": "Your parcel is in transit via hub 40210. Check account 10293847 for updates.",
    "each institution": "Each institution can add up to 500 seats to account 20481234.",
    "agencia and a postcode": ("Visite la agencia más cercana (CP 28013) con su número de cuenta"
                               " 12345678."),
    "sucursal, a shop": ("Retire su pedido en la sucursal 1234; su cuenta 55512345 queda"
                         " registrada."),
    "Filiale, a shop": "Holen Sie das Paket in der Filiale 4711 ab. Konto 1234567 wird belastet.",
    "filiale, a shop (it)": ("Ritira l'ordine nella filiale 305, conto 7654321 del programma"
                             " fedeltà."),
    "银行卡": "绑定银行卡后，账号 10086123 即可提现。",
    "银行卡 on the line above": "支持银行卡和支付宝付款。\n您的账号：20231234",
    "銀行振込": "銀行振込の案内はメールで届きます。会員口座 1234567 ではありません。",
    "지점 unnamed": "가까운 지점 방문 시 계좌 번호가 아닌 회원 번호 12345678 을 알려주세요.",
    "git branch #": "Create a branch #1234 for the fix; the account 7654321 owner reviews it.",
    "Swift SDK": "Swift SDK PAYMENTKIT is used; account 12345678 holds the API keys.",
    "call routing": "Call routing rules: forward 021000021 calls to account 4400123456 queue.",
    "agência de viagens": "A agência de viagens 1234 confirma a reserva; conta 98765432.",
    "ifsc e.g.": ("Enter the IFSC code, e.g. HDFC0001234, and your account number"
                  " 50100012345678."),
    # fixid65's own variants
    "in transit colon": "In transit: parcel 40210, account 10293847.",
    "transit times": "Transit times vary; account 10293847 shows the parcel.",
    "institution number is": ("Our institution number is 004 and the customer's account is"
                              " 1234567."),
    "Swift version": "Swift 5.9 app; account 12345678.",
    "银行卡 comma": "绑定银行卡，账号 10086123。",
    "branch # login": "Use your branch #12 login; account 12345678.",
    "ifsc for example": ("Enter the IFSC code, for example HDFC0001234, and the account number"
                         " 50100012345678."),
    "routing rules": "Routing rules: forward 021000021 to account 4400123456.",
    "Filiale and a customer account": "In der Filiale 305 liegt Ihr Paket, Kundenkonto 7654321.",
    "銀行振込の場合": "銀行振込の場合、口座 1234567 へ。",
}
"""No bank's code beside the account: nothing found."""
REFUSED = {
    "transit number and institution no.": ("Refund to transit number 00011, institution no. 004,"
                                           " account 1234567."),
    "clearing number": "Clearing number: 8327, account 9234567",
    "swift colon": "Swift: NWBKGB2L, account 55779911",
    "swift/bic": "SWIFT/BIC NWBKGB2LXXX, account 55779911",
    "sucursal of a bank": "Banco Santander, sucursal 1234, cuenta 5551234567",
    "Filiale of a Sparkasse": "Sparkasse Köln, Filiale 4711, Konto 1234567890",
    "branch number": "HSBC branch number 123456, account 55779911 (M Quinn)",
    "agência of a bank": "Reembolso: Banco do Brasil agência 1234, conta 123456-7",
    "银行账号 glued": "中国银行账号 6217000010001234567",
    "银行 then a comma": "招商银行，账号：6217000010001234567",
    "강남지점": "신한은행 강남지점 계좌번호 110-123-456789",
    "新宿支店": "みずほ銀行 新宿支店 口座番号 7654321",
    "branch code column": ("| Bank | Branch code | Account |\n|---|---|---|\n"
                           "| Barclays | 200000 | 55779911 |"),
    "someone's example": "Customer's IFSC, e.g. HDFC0001234, account 50100012345678.",
    "clearing-nr": "Clearing-nr 8327, konto 9234567",
    "agência, conta corrente": "Agência 1234, conta corrente 12345-6",
    "transit, institution colons": "Transit: 00011 Institution: 004 Account: 1234567",
    "transit table": ("| Transit | Institution | Account |\n|---|---|---|\n"
                      "| 00011 | 004 | 1234567 |"),
    "transit csv": "transit,institution,account\n00011,004,1234567",
    "clearing html table": ("<table><tr><th>Clearing</th><th>Konto</th></tr>\n"
                            "<tr><td>8327</td><td>9234567</td></tr></table>"),
    "clearing_number in code": "```\nclearing_number = 8327\naccount = 9234567\n```",
    "transit options in code": ("```\nrefund --transit 00011 --institution 004 --account"
                                " 1234567\n```"),
    "Filiale in a quoted ticket": "> Kunde: Filiale 4711 der Sparkasse, Konto 1234567890",
    "transit in front matter": '---\ntransit: "00011"\naccount: "1234567"\n---',
}
"""An account number beside a bank's code: found."""


@pytest.fixture(scope="module")
def found() -> dict[str, bool]:
    """Whether each case holds a bank account, judged once."""
    return {name: any(f.kind == BANK_ACCOUNT and not f.advisory
                      for f in scan(text + "\n", Allowed()))
            for name, text in {**KEPT, **REFUSED}.items()}


@pytest.mark.parametrize("name", KEPT)
def test_no_bank_account_is_found(found: dict[str, bool], name: str) -> None:
    assert not found[name], KEPT[name]


@pytest.mark.parametrize("name", REFUSED)
def test_an_account_beside_a_bank_code_is_found(found: dict[str, bool], name: str) -> None:
    assert found[name], REFUSED[name]
