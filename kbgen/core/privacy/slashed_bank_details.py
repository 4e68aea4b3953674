"""Bank details written in the slash form (hostile round 24): a UK sort code and account number
as one value (`Bank details: 12-34-56 / 12345678`, `refund to 20-45-77 / 41234567`), the
names in the reverse order of kbgen.core.privacy.bank_accounts' (`Kto./BLZ: 0532013000 /
37040044`, `Account/Sort code: …`), and Canada's transit, institution and account numbers
joined (`Transit/Institution/Account: 12345-003-4403567`). Main published each.

Read by structure: a sort code's dashed form (`NN-NN-NN`), a slash and eight digits is a
British account wherever it stands (no other value is written so); the reverse label is an
account's name, a slash and a bank code's name (`BLZ`, `sort code`, `BSB`, `routing`,
`ABA`), then two numbers joined by a slash; Canada's label names its three parts, then 5, 3 and
7 to 12 digits. The account number is reported. Not one: a made-up pair (`00-00-00 /
00000000`, the counting `12-34-56 / 12345678`, one repeated digit) and a pair its sentence calls
an example or a format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.model import BANK_ACCOUNT

_SORT_PAIR = re.compile(r"(?<![\w-])(?P<code>\d\d-\d\d-\d\d)[ \t]*/[ \t]*(?P<account>\d{8})"
                        r"(?![\w-])")
"""`20-45-77 / 41234567`."""
_ACCOUNT_NAME = (r"(?:account|acct?\.?|a/c|konto(?:nummer)?|kto\.?|kontonr\.?"
                 r"|rekening(?:nummer)?|compte|cuenta|conto)(?:[ \t]*(?:number|no\.?|nr\.?|#))?")
_CODE_NAME = (r"(?:sort[ \t-]?code|blz|bankleitzahl|bsb|routing(?:[ \t]+number)?|aba|bic"
              r"|swift)(?:[ \t]*(?:number|no\.?|nr\.?))?")
_REVERSED = re.compile(
    rf"(?i)(?<![\w/]){_ACCOUNT_NAME}[ \t]*/[ \t]*{_CODE_NAME}[^\w\n]{{0,12}}"
    r"(?P<account>\d[\d ]{2,22}\d)[ \t]*/[ \t]*(?P<code>[\dA-Z][\dA-Z -]{4,12}[\dA-Z])(?![\w-])")
"""`Kto./BLZ: 0532013000 / 37040044`, `Account no./Sort code: 41234567 / 20-45-77`."""
_CANADIAN = re.compile(
    r"(?i)\btransit[ \t]*/[ \t]*institution[ \t]*/[ \t]*account(?:[ \t]*(?:number|no\.?))?"
    r"[^\w\n]{0,12}(?P<code>\d{5}[ \t]*[-/ ][ \t]*\d{3})[ \t]*[-/ ][ \t]*(?P<account>\d{7,12})"
    r"(?![\w-])")
"""`Transit/Institution/Account: 12345-003-4403567`."""
_COUNTING = "0123456789012345"


def needs(text: str) -> bool:
    """Whether a line may hold slashed bank details."""
    return "/" in text and "-" in text or "/" in text and any(
        name in text.lower() for name in ("blz", "bankleit", "sort", "bsb", "routing", "aba",
                                          "transit", "bic", "swift"))


def _made_up(code: str, account: str) -> bool:
    code_digits, plain = re.sub(r"\D", "", code), re.sub(r"\D", "", account)
    return (len(set(code_digits + plain)) < 3 or len(set(plain)) < 2 or plain in _COUNTING
            or (len(code_digits) >= 6 and code_digits in _COUNTING))


def slashed_bank_details(line: str, context: _Context) -> Iterator[_Hit]:
    """Each account number the line gives in the slash form."""
    if not needs(line):
        return
    for pattern in (_SORT_PAIR, _REVERSED, _CANADIAN):
        for match in pattern.finditer(line):
            account = match.group("account")
            if _made_up(match.group("code"), account) or named_example(line[:match.start()],
                                                                         line):
                continue
            start = match.start("account")
            plain = re.sub(r"\D", "", account)
            yield _Hit(start, start + len(account.rstrip()), BANK_ACCOUNT,
                       f"account {'*' * (len(plain) - 2)}{plain[-2:]}")
