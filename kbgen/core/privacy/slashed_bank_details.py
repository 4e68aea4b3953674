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
00000000`, the counting `12-34-56 / 12345678`, one repeated digit, pairs of digits that step
evenly (`10-20-30 / 40506070`) or repeat two values (`21-19-21 / 21192119`)), a date written
twice (`24-03-15 / 20240315`, `15-03-24 / 15032024`: a changelog's release), a pair whose
bank code is a payment provider's published test code (bank_accounts' reading: Stripe's
`10-88-00`, `110000000`, `11000-000`) and a pair its sentence calls an example or a format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.bank_accounts import provider_sample_code
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
            or (len(code_digits) >= 6 and code_digits in _COUNTING)
            or _patterned_pairs(code_digits + plain) or _same_date(code_digits, plain)
            or provider_sample_code(code))


def _patterned_pairs(digits: str) -> bool:
    """Whether two-digit groups step evenly or hold at most two values (`10 20 30 40`)."""
    if len(digits) % 2 or len(digits) < 8:
        return False
    pairs = [int(digits[at:at + 2]) for at in range(0, len(digits), 2)]
    steps = {second - first for first, second in zip(pairs, pairs[1:])}
    return len(steps) == 1 or len(set(pairs)) <= 2


def _same_date(code: str, account: str) -> bool:
    """Whether the account is the code's date written in full (`24-03-15 / 20240315`)."""
    if len(code) != 6 or len(account) != 8:
        return False
    return account in (f"20{code}", f"19{code}", f"{code[:4]}20{code[4:]}",
                       f"{code[:4]}19{code[4:]}")


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
