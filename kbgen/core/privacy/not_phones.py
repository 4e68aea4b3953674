"""Digits that are something else, in any region: log timestamps, date-times, IP addresses,
versions and byte counts (issue 19). phonenumbers reads `[08-09-2024 09`, `37 2019` (of
`Feb 22 17:19:37 2019`), `168/32` (of `10.0.0.168/32`) or `169.254.169.254` as German
numbers; a match that overlaps one of these spans is not a phone number."""

from __future__ import annotations

import ipaddress
import re

_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
_TIME = r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
_WHOLE = r"(?:0|[1-9]\d*)"
"""A whole number as a program writes it: no leading zero (a national number has one)."""
_MONTH = r"(?:Jan|Feb|M[aä]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz])[a-zä]*\.?"

_NOT_PHONE = tuple(re.compile(pattern) for pattern in (
    # a date with its time: `2023-05-04 12:34:56`, `[08-09-2024 09:59:09]`, ISO `T`
    rf"{_DATE}[ T]{_TIME}",
    # a clock time with seconds, and the year after it: `Feb 22 17:19:37 2019` (a year, not
    # an area code: `17:19:37 0221 98765432` is a number, rev38)
    r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?"
    r"(?:\s+(?:19|20)\d\d(?!\d))?",
    # syslog: `Jan 12 10:20:33`
    rf"\b{_MONTH}\s+\d{{1,2}},?\s+{_TIME}",
    # seconds since 1970 with a fraction, or bracketed: `[1683196496.123]`, `1683196496123`
    r"(?<![\d.])1[4-9]\d{8}(?:\.\d{1,9}|\d{3})?(?=\])|(?<![\d.])1[4-9]\d{8}\.\d{1,9}(?![\d.])",
    # dmesg uptime: `[   12.345678]` (no leading zero: `[030.123456]` is a number, rev38)
    rf"\[\s*{_WHOLE}\.\d{{6}}\]",
    # a version after `v`, `version`, `==` or `@`: `v1.24.3`, `version 2.10.1`, `22.04`; no
    # part with a leading zero but a month's (`@0221.98765432`, `v01.23.45.67.89`,
    # `@1.212.555.0123` are numbers, rev38)
    rf"(?:\b[vV]|\b[Vv]ersion\s*:?\s*|==|@){_WHOLE}(?:\.(?:0\d?|[1-9]\d*))+(?!\d|\.\d)",
    # a byte count: `1073741824 bytes`, `1,073,741,824 B`, `1.5 GB`; digits grouped in
    # thousands or with one fraction, no leading zero (`01.23.45.67.89 kB` is a number)
    rf"(?<![\d,.]){_WHOLE}(?:(?:,\d{{3}})+|(?:\.\d{{3}})+)?(?:[.,]\d{{1,3}})?"
    r"\s?(?:bytes|[KMGT]i?B|kB)\b",
))
"""Each read alone, so spans may overlap: `Feb 22 17:19:37` (syslog) and `17:19:37 2019`
(a time and its year) in one line."""

_IPV4 = re.compile(r"(?<![\d.+])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?::\d{1,5})?(?![\d]|\.\d)")
"""Four dotted numbers, not a fifth (French `01.23.45.67.89`); checked by `ipaddress`, which
refuses a leading zero (`02.123.45.67`, a Belgian number)."""

_PAIRS = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")
"""Four pairs of digits and nothing after: how Danes and Norwegians write their 8-digit
numbers (`23.45.67.89`); an address only with a /prefix or a port (rev38)."""

_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?:/\d{1,3})?"
                   r"(?![\w:])")


def not_phone_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of the line that cannot be a phone number."""
    spans = [match.span() for pattern in _NOT_PHONE for match in pattern.finditer(line)]
    for match in _IPV4.finditer(line):
        address = match.group().split("/")[0].split(":")[0]
        if _is_ip(address) and not _PAIRS.fullmatch(match.group()):
            spans.append(match.span())
    for match in _IPV6.finditer(line):
        if "::" in match.group() or match.group().count(":") >= 4:
            if _is_ip(match.group().split("/")[0].split("%")[0]):
                spans.append(match.span())
    return spans


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True

