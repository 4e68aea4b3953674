"""Bank account details in a country's own form (hostile round 22): a refund's `sort code
20-00-00, account 55779911`, `routing number 021000021, account number 4400123456789`, `BSB
062-000, account 12345678`, `BLZ 37040044, Kontonummer 0532013000`, `IFSC HDFC0001234,
account no 50100012345678`, a transit and institution number, a RIB's bank and branch codes, a
BIC beside an account, `支店 … 口座番号 1234567`. Only IBANs were read: main published every
one of them.

Details are an account's when a bank's code (its name, then a value of the scheme's shape: a
sort code's or BSB's six digits, an ABA routing number that passes its checksum, an IFSC's or
a BIC's form; or a bank or branch by its name in Chinese, Japanese or Korean) and an account
number (its name, then 4 to 20 digits) stand in one line, two lines read together, or one
table row under their headings, in either order. The account number is reported; a bank's code
alone (a branch's, public) and an account number alone (`account number 1234`, a customer's id
in many help centres) publish. A French RIB written whole after its name is read by its key.

rev65: code names that are everyday words (`clearing` cookies, `in transit`, each
`institution`, a shop's `Filiale`, `Swift`, call `routing`, a git `branch #`) name a code only
right before it, and a branch a bank's only beside a bank; `銀行`/`银行`/`은행` only as a
bank's name (`中国银行 账号`), not in `银行卡` or `銀行振込`; a code its sentence shows as a
field's example (`the IFSC code, e.g. …`) is none."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.folded_words import folded_pattern
from kbgen.core.kept_needs import kept_for_long_texts
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.delimited_columns import _header, _starts
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.html_tables import needs as html_needs
from kbgen.core.privacy.keyed_cells import _html_tables, _markdown_tables
from kbgen.core.privacy.model import BANK_ACCOUNT
from kbgen.core.word_needs import Words

_LATIN = r"[A-Za-zÀ-ÖØ-öø-ÿ]"
_GAP = r"[^\d\n]{0,30}?"
"""Between a name and its value: no digit, at most 30 characters."""
_NO = r"(?:[ \t]+(?:number|no\.?|nr\.?|#|code))?"


def _aba(value: str) -> bool:
    d = [int(ch) for ch in re.sub(r"\D", "", value)]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7])
                            + d[2] + d[5] + d[8]) % 10 == 0 and d[0] in (0, 1, 2, 3, 6, 7, 8)


_BANK_CODE_NAMES = (
    rf"sort[ \t-]?code|s/c|routing{_NO}|aba(?:[ \t]+routing)?{_NO}|rtn|bsb{_NO}"
    rf"|transit{_NO}|institution{_NO}|ifsc{_NO}|blz|bankleitzahl|code[ \t]+(?:banque|guichet)"
    rf"|bic|swift{_NO}|clearing{_NO}|clearingnummer|bank[ \t]+code"
    r"|branch[ \t]+(?:number|no\.?|code|#)"
    r"|ag[êe]ncia|sucursal|filiale|支店(?:番号|名)?|店番|銀行コード|银行代码|开户行|지점")
_BANK_CODE = re.compile(
    rf"(?i)(?<!{_LATIN})(?P<name>{_BANK_CODE_NAMES})(?!{_LATIN}){_GAP}"
    r"(?P<code>(?-i:[A-Z]{4}0[A-Z0-9]{6}|[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)"
    r"|\d{2}[- ]\d{2}[- ]\d{2}|\d{3}[- ]?\d{3}(?:[- ]?\d{2,3})?|\d{3,5}(?:-\d)?)(?![\w-])")
"""A bank's code after its name: a sort code, an ABA routing number, a BSB, a transit,
institution or branch number, an IFSC, a BLZ, a BIC, a clearing number."""
_ACCOUNT = re.compile(
    folded_pattern(
    rf"(?i)(?<!{_LATIN})(?:account|acct\.?|acc\.?|a/c|konto(?:nummer|[ \t-]?nr\.?)?|kontonr\.?"
    r"|num[ée]ro[ \t]+de[ \t]+compte|compte|n[úu]mero[ \t]+de[ \t]+cuenta|cuenta"
    r"|conta(?:[ \t]+corrente|[ \t]+poupan[çc]a)?|conto(?:[ \t]+corrente)?"
    r"|rekening(?:nummer)?|tilinumero|numer[ \t]+konta|номер[ \t]+сч[её]та|сч[её]т"
    r"|口座番号|口座|계좌(?:번호)?|账号|帐号|账户|賬號)(?:[ \t]+(?:number|no\.?|nr\.?|#))?"
    rf"(?!{_LATIN}){_GAP}(?P<account>\d(?:[ -]?\d){{3,19}})(?![\w-]|[.,]\d)"))
"""An account number after its name: 4 to 20 digits, maybe grouped."""
_NEEDED = Words(("sort code", "sort-code", "sortcode", "routing", "rtn", "bsb", "transit",
                 "institution", "ifsc", "blz", "bankleitzahl", "code banque", "code guichet",
                 "swift", "clearing", "bank code", "branch n", "branch code", "branch #",
                 "agência", "agencia", "sucursal", "filiale", "支店", "店番", "銀行", "银行",
                 "开户行", "지점", "은행"))
"""A word each bank code's name holds (folded)."""
_SHORT_NAMES = re.compile(r"(?<![a-z/])(?:bic|aba|rib|s/c)(?![a-z/])|identit[ée] bancaire")
"""A BIC's, an ABA number's, a RIB's and a sort code's short names, which other words and
paths hold (`public`, `database`, `describe`, `docs/config`), as whole words."""


@kept_for_long_texts
def needs(folded: str) -> bool:
    """Whether a folded text may name a bank's code."""
    return _NEEDED(folded) or _SHORT_NAMES.search(folded) is not None


_DIGITS = (("sort", 6, 6), ("bsb", 6, 6), ("transit", 5, 5), ("institution", 3, 3),
           ("blz", 8, 8), ("bankleitzahl", 8, 8), ("code", 5, 8), ("clearing", 4, 5),
           ("branch", 3, 8), ("ag", 4, 5), ("sucursal", 4, 4), ("filiale", 3, 5))
"""A code's name (its start, folded) and how many digits its value has."""
_IFSC = re.compile(r"[A-Z]{4}0[A-Z0-9]{6}")
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_NAMED_BANK = re.compile(r"(?<=\w)(?:銀行|银行|은행)(?=[^\w]|$|[账帳帐口계普当當支分])"
                         r"|(?<=\w)支店|开户行|(?<=[가-힣])지점")
"""A bank or branch written by its name (`三菱UFJ銀行 渋谷支店`, `中国银行 账号`, `국민은행`,
`강남지점`): a code whatever its value. Not the word in a compound (`银行卡` a bank card,
`銀行振込` a bank transfer) nor a branch unnamed (`가까운 지점`, the nearest branch)."""


_TEST_CODES = frozenset({"110000000", "108800", "000000", "110000", "11000000"})
"""Payment providers' published test codes (Stripe's routing number, sort code, BSB and
transit/institution): their documentation's example accounts stand beside them."""


def provider_sample_code(value: str) -> bool:
    """Whether a bank code (any separators) is a payment provider's published test code."""
    return re.sub(r"\D", "", value) in _TEST_CODES


_EVERYDAY = ("transit", "institution", "clearing", "swift", "routing", "branch", "ag",
             "sucursal", "filiale", "지점")
"""The starts of code names that are everyday words too (`in transit`, `clearing cookies`,
`each institution`, `the Swift SDK`, `call routing`, `a git branch`, a shop's `Filiale`): a
code only right after them (`transit 00011`, `clearing number: 8327`)."""
_BRANCHES = ("branch", "ag", "sucursal", "filiale", "지점")
"""A branch's names: a shop's, an agency's or a repository's as well (`branch #12`), so a
bank's only where the text names a bank or the value is an agência's with its check digit
(`1234-5`); `branch number` and `branch code` are a bank's."""
_RIGHT_AFTER = re.compile(r"[^\w\n]{0,6}(?:_?(?:number|nummer|no|nr|num[ée]ro|n[úu]mero|code"
                          r"|c[óo]digo)\.?[^\w\n]{0,6})?")
_A_BANK = re.compile(r"(?i)bank|banco|banca\b|banque|banc[áa]ri|bancaire|sparkasse|caixa"
                     r"|caja\b|corrente|corriente|poupan[çc]a|ahorro|girokonto|courant|checking"
                     r"|savings|kontonummer|iban|銀行|银行|은행")
"""A bank, or a bank's kind of account (`conta corrente`, `Girokonto`), named."""
_AGENCY = re.compile(r"\d{4}-\d")


def _is_code(name: str, value: str, gap: str = "", text: str = "") -> bool:
    """Whether `value` has the shape and check of the code `name` names (a provider's test
    code is none, nor a code its sentence shows as an example: `IFSC code, e.g. …`); an
    everyday word names a code only right before it, a branch a bank's only beside a bank."""
    name = name.lower()
    digits = re.sub(r"\D", "", value)
    if digits in _TEST_CODES or named_example(gap, text):
        return False
    if name.startswith(_EVERYDAY) and not _RIGHT_AFTER.fullmatch(gap):
        return False
    if name.startswith(_BRANCHES) and not name.startswith(("branch n", "branch c")) and not (
            _A_BANK.search(text) or (
            name.startswith("ag") and _AGENCY.fullmatch(value))):
        return False
    if "routing" in name or name.startswith(("aba", "rtn")):
        return _aba(value)
    if name.startswith("ifsc"):
        return _IFSC.fullmatch(value) is not None
    if name.startswith(("bic", "swift")):
        return _BIC.fullmatch(value) is not None
    for start, least, most in _DIGITS:
        if name.startswith(start):
            return digits == re.sub(r"[\s-]", "", value) and least <= len(digits) <= most
    return True


def _codes(line: str) -> bool:
    """Whether a line holds a bank's code of the scheme's shape and check, or a bank or
    branch by its name."""
    if _NAMED_BANK.search(line):
        return True
    at = 0
    while (match := _BANK_CODE.search(line, at)) is not None:
        if _is_code(match.group("name"), match.group("code"),
                    line[match.end("name"):match.start("code")], line):
            return True
        at = match.end("name")
    return False


_RIB = re.compile(
    rf"(?i)(?<!{_LATIN})(?:rib|relev[ée][ \t]+d['’]identit[ée][ \t]+bancaire)(?!{_LATIN}){_GAP}"
    r"(?P<bank>\d{5})[ \t]?(?P<branch>\d{5})[ \t]?(?P<account>[0-9A-Z]{11})[ \t]?(?P<key>\d{2})"
    r"(?![\w-])")
"""A French RIB written whole after its name: bank, branch, account, key."""
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def _rib_valid(match: re.Match[str]) -> bool:
    account = int(match.group("account").upper().translate(_RIB_LETTERS))
    total = 89 * int(match.group("bank")) + 15 * int(match.group("branch")) + 3 * account
    return 97 - total % 97 == int(match.group("key"))


def _bank_accounts(line: str, context: _Context) -> Iterator[_Hit]:
    """Each account number that a bank's code stands beside in the line, and each whole RIB
    whose key is right."""
    if not needs(line.lower()):
        return
    for match in _RIB.finditer(line):
        if _rib_valid(match):
            start, account = match.start("account"), match.group("account")
            yield _Hit(start, start + len(account), BANK_ACCOUNT, "*" * 7 + account[-4:])
    if not _codes(line):
        return
    for match in _ACCOUNT.finditer(line):
        account = match.group("account")
        digits = re.sub(r"\D", "", account)
        if len(digits) < 6 or len(set(digits)) < 3:
            continue
        start = match.start("account")
        yield _Hit(start, start + len(account), BANK_ACCOUNT,
                   "*" * (len(digits) - 4) + digits[-4:])


def bank_accounts_in_rows(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each account number in a table row or delimited row whose cells,
    read with their headings, hold a bank's code and an account number, or in two lines read
    together."""
    text = "\n".join(lines)
    if not needs(text.lower()):
        return
    for heading, rows in (*_markdown_tables(lines),
                          *(_html_tables(lines) if html_needs(text) else ())):
        if needs(" ".join(heading).lower()):
            for row in rows:
                yield from _row(heading, [(cell.line, cell.start, cell.text) for cell in row],
                                context)
    yield from _adjacent(lines, context)
    for index, line in enumerate(lines):
        for delimiter in (",", ";", "\t"):
            keys = _header(line, delimiter) if delimiter in line else None
            if not keys or not needs(" ".join(keys).lower()):
                continue
            for below in range(index + 1, len(lines)):
                cells = lines[below].split(delimiter)
                if len(cells) != len(keys):
                    break
                yield from _row(keys, [(below, start, cell) for start, cell in zip(
                    _starts(lines[below], delimiter), cells, strict=True)], context)


def _adjacent(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """The account numbers of two lines read together (`Sort code: …` over `Account: …`, list
    items, a paragraph's lines), a blank line between or not: each line naming a bank's code
    with the line above and the line below it."""
    for index, line in enumerate(lines):
        if len(line) > 200 or not needs(line.lower()):
            continue
        above = next((n for n in range(index - 1, max(index - 3, -1), -1)
                      if lines[n].strip()), None)
        below = next((n for n in range(index + 1, min(index + 3, len(lines)))
                      if lines[n].strip()), None)
        for first, second in ((above, index), (index, below)):
            if first is not None and second is not None and len(lines[first]) <= 200 and len(
                    lines[second]) <= 200:
                yield from _pair(lines, first, second, context)


def _pair(lines: list[str], first: int, second: int, context: _Context
          ) -> Iterator[tuple[int, _Hit]]:
    """The account numbers of lines `first` and `second` read as one, each at its line."""
    line = lines[first]
    for hit in _bank_accounts(f"{line}; {lines[second]}", context):
        if hit.start < len(line):
            yield first, hit
        else:
            shift = len(line) + 2
            yield second, replace(hit, start=hit.start - shift, end=hit.end - shift)


def _row(heading: list[str], cells: list[tuple[int, int, str]], context: _Context
         ) -> Iterator[tuple[int, _Hit]]:
    """The account numbers of one row read as `heading: cell; …`, placed at their cells."""
    joined, placed = "", []
    for key, (line, start, cell) in zip(heading, cells, strict=False):
        prefix = f"{key}: "
        placed.append((len(joined) + len(prefix), line, start, len(cell)))
        joined += f"{prefix}{cell}; "
    for hit in _bank_accounts(joined, context):
        for offset, line, start, size in placed:
            if offset <= hit.start < offset + size:
                shift = offset - start
                yield line, replace(hit, start=hit.start - shift, end=hit.end - shift)
