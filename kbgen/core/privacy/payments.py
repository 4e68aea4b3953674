"""Payment card numbers (Luhn, brand, grouping) and IBANs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import CARD, IBAN

_DIGIT_RUN_RE = re.compile(r"(?<![\w.+-])\d+(?:[ ._/-]\d+)*(?![\w]|[.,]\d)")
"""Digits in groups apart by a space, a full stop, a hyphen, an underscore or a slash
(`4111_1111_1111_1111`, `4111/1111/...`: a reader reads those as a card number too)."""


def luhn_valid(digits: str) -> bool:
    """True if a string of digits passes the Luhn check used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_CARD_HINT = re.compile(r"\d(?:[ ._/-]?\d){12}")
"""13 digits with at most a space, dot or hyphen between them: the shortest card number."""


@lru_cache(maxsize=2)
def card_hint(text: str) -> bool:
    """Whether `text` holds _CARD_HINT: asked once a text for the cards' need and the
    backwards one (a card read backwards: kbgen.core.privacy.backwards)."""
    return _CARD_HINT.search(text) is not None


def _cards(line: str, context: _Context) -> Iterator[_Hit]:
    """13-19 digits in groups of 3+ (spaces or hyphens between) passing the Luhn check."""
    if not _CARD_HINT.search(line):
        return
    named = bool(_CARD_WORD.search(line))  # once per line: per run it was quadratic
    for run in _DIGIT_RUN_RE.finditer(line):
        groups = list(re.finditer(r"\d+", run.group()))
        window = _card_window(groups, named)
        if window:
            first, last = window
            start, end = run.start() + first.start(), run.start() + last.end()
            digits = re.sub(r"\D", "", line[start:end])
            masked = digits[:4] + "*" * (len(digits) - 8) + digits[-4:]
            yield _Hit(start, end, CARD, " ".join(re.findall(".{1,4}", masked)))


_CARD_WORD = re.compile(r"(?i)(?<![a-z])(?:cards?|visa|master ?card|amex|american express"
                        r"|maestro|discover|diners|jcb|credit|debit|kortti|karte|carte"
                        r"|tarjeta|cartão|kort|pan|cc)(?![a-z])")
"""A word saying digits nearby are a card's: any grouping of them counts then."""


def _card_window(groups: list[re.Match[str]], named: bool = False
                 ) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first, longest run of consecutive groups that reads as a card number (in any
    grouping when the line `named` a card)."""
    for i in range(len(groups)):
        windows = []
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].group()
            if len(digits) > 19:
                break
            windows.append((j, digits))
            if len(groups[j].group()) < 3:
                break  # a window of several groups needs 3 digits in each (checked below)
        for j, digits in reversed(windows):
            window = groups[i : j + 1]
            if (
                _card_brand_ok(digits)
                and (len(window) == 1 or all(len(group.group()) >= 3 for group in window))
                and _card_separators_ok(window, named)
                and luhn_valid(digits)
            ):
                return window[0], window[-1]
    return None


CARD_GROUPINGS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 4, 4, 2),
                            (4, 4, 4, 3), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 1),
                            (4, 4, 4, 4, 2), (6, 13), (8, 8), (4, 4, 5), (4, 4, 4, 5),
                            (4, 4, 4, 6), (4, 4, 4, 7), (4, 4, 3, 4), (4, 4, 4, 4, 4)})
"""How card numbers are printed and typed in groups: fours (Visa, Mastercard, up to 19
digits), 4-6-5 (American Express), 4-6-4 (Diners Club), 6-13 and 8-8 as some forms split
them. Six- and seven-digit groups (`614500 6668500`, map coordinates) are no card."""


def _card_separators_ok(window: list[re.Match[str]], named: bool = False) -> bool:
    """Groups as cards are written (`CARD_GROUPINGS`); dots only between groups of four,
    throughout (`4111.1111.1111.1111`): a version or build number (`1.20.3001.4`) is not read
    as a card."""
    if len(window) == 1:
        return True
    if not named and tuple(len(group.group()) for group in window) not in CARD_GROUPINGS:
        return False
    run = window[0].string
    separators = {run[a.end():b.start()] for a, b in zip(window, window[1:])}
    if "." not in separators:
        return True
    return separators == {"."} and all(len(group.group()) == 4 for group in window)


def _card_brand_ok(digits: str) -> bool:
    """Length and leading digits of a card scheme (Visa, Mastercard, Amex, Discover, JCB, ...)."""
    length, first = len(digits), digits[0]
    if first == "4":  # Visa
        return length in (13, 16, 19)
    if digits[:2] in ("34", "37"):  # American Express
        return length == 15
    if first == "2":  # Mastercard 2221-2720
        return length == 16 and 2221 <= int(digits[:4]) <= 2720
    if first == "3":  # JCB, Diners Club (not 31-33)
        return 14 <= length <= 19 and digits[:2] not in ("31", "32", "33")
    return first in "56" and 13 <= length <= 19  # Mastercard, Maestro, Discover, UnionPay


_IBAN_RE = re.compile(r"(?i)(?<![A-Za-z0-9-])[A-Z]{2}\d{2}[ ._/-]?[A-Z0-9]+(?:[ ._/-][A-Z0-9]+)*"
                      r"(?![A-Za-z0-9-])")
"""Two letters, two digits and words of letters and digits, one space, hyphen or full stop
apart. Each character
has one place in the pattern: `(?: ?[A-Z0-9]{1,4})+` could split a long word in exponentially
many ways and tried them all when no word boundary followed (`GB12` and 40 letters, then `_`)."""

IBAN_LENGTHS = dict(
    (entry[:2], int(entry[2:])) for entry in (
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
        "DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 "
        "HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 "
        "MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 "
        "RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
        "VA22 VG24 XK20 YE30"
    ).split()
)
"""Countries that use IBANs and the length of theirs (SWIFT's IBAN registry)."""

MAX_IBAN = max(IBAN_LENGTHS.values())


def iban_valid(iban: str) -> bool:
    """True if a compact IBAN (no spaces, any case) has its country's length and passes the
    mod-97 check."""
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _ibans(line: str, context: _Context) -> Iterator[_Hit]:
    """IBANs, written compact or in groups of four (apart by spaces, hyphens or full stops);
    words after them are not swallowed, and each word of a run that starts like an IBAN is
    tried (`GB00 NWBK 1 and GB82 WEST ...`)."""
    for match in _IBAN_RE.finditer(line):
        parts = _IBAN_SEPARATOR.split(match.group())
        offsets = list(itertools.accumulate((len(part) + 1 for part in parts), initial=0))
        first = 0
        while first < len(parts):
            count = _iban_words(parts, first) if _IBAN_START.match(parts[first]) else 0
            if count:
                compact = "".join(parts[first:first + count]).upper()
                start = match.start() + offsets[first]
                end = match.start() + offsets[first + count] - 1
                masked = compact[:4] + "*" * (len(compact) - 8) + compact[-4:]
                yield _Hit(start, end, IBAN, " ".join(re.findall(".{1,4}", masked)))
            first += count or 1


_IBAN_START = re.compile(r"(?i)[A-Z]{2}\d{2}")

_IBAN_SEPARATOR = re.compile(r"[ ._/-]")


def _iban_words(parts: list[str], first: int) -> int:
    """How many words from `parts[first]` make the longest valid IBAN, or 0. No IBAN is longer
    than MAX_IBAN: joining all the words of a long run for each shorter one was quadratic."""
    longest, length = 0, 0
    for part in parts[first:]:
        length += len(part)
        if length > MAX_IBAN:
            break
        longest += 1
    for count in range(longest, 0, -1):
        if iban_valid("".join(parts[first:first + count])):
            return count
    return 0
