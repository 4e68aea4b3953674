"""National phone numbers of the site's other regions (kbgen.core.phone_regions): `8 916 555
12 34` on a Russian site whose main line is British (issue 19, branch leak34).

Read in a region that is not the main line's, a run of digits is a number only if it is written
as that region writes its numbers: its national prefix first (`8 …`, `0…`), or grouped as
phonenumbers' national format groups it (`(267) 690-7758`). Job ids, IP addresses, byte
counts, ranges and dates (`3106248.batch`, `57.152.72.128`, `71521-71528`, `05.2026`) are
valid numbers in some region of English, but written so in none: no dots, no part of a longer
token, eight digits or more."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from kbgen.core.privacy.context import _mask
from kbgen.core.privacy.phone_digits import may_hold_number

_GROUPS = re.compile(r"\d+")

MIN_DIGITS = 8
"""A person's number has this many digits after the prefix almost everywhere; shorter ones
read in another region are service numbers or dates (`13-11-17` is Australia's `13 11 17`)."""


NATIONAL_HINT = re.compile(r"(?<![\d.])\d(?:[ \t()\-\u00a0]{0,3}\d){%d}" % (MIN_DIGITS - 1))
"""What a national number needs in a line: MIN_DIGITS digits apart only by spaces, hyphens
or brackets (no dots); lines without it are not read in the other regions."""


def national_numbers(line: str, region: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, masked number, E.164) of each number written in `region`'s national
    form; a line that cannot hold one (kbgen.core.privacy.phone_digits) is not read."""
    return _national_numbers(line, region) if may_hold_number(line, region) else ()


@lru_cache(maxsize=4096)
def _national_numbers(line: str, region: str) -> tuple[tuple[int, int, str, str], ...]:
    found = []
    matcher = phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        raw = match.raw_string
        if raw.lstrip().startswith("+") or not _apart(line, match.start, match.end):
            continue  # an international number: read in the main region already
        if (len(phonenumbers.national_significant_number(match.number)) >= MIN_DIGITS
                and "." not in raw and _national_form(raw, match.number, region)):
            found.append((match.start, match.end, _masked(match.number),
                          phonenumbers.format_number(match.number,
                                                     phonenumbers.PhoneNumberFormat.E164)))
    return tuple(found)


def _apart(line: str, start: int, end: int) -> bool:
    """Not a part of a longer token (`3106248.batch`, `v1.0501234567`)."""
    before = line[start - 1] if start else " "
    after = line[end] if end < len(line) else " "
    colon_after_digit = before == ":" and start > 1 and line[start - 2].isdigit()
    return not (_glued(before) or before in "._/-" or colon_after_digit or _glued(after)
                or after in "_/-" or after == "." and end + 1 < len(line) and _glued(line[end + 1]))


_SPACED = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u04ff]")


def _glued(char: str) -> bool:
    """A digit or a letter of a script that spaces its words: it would join the number to a
    word (`ab0501234567`); Japanese and Chinese write `電話03-1234-5678`."""
    return bool(_SPACED.fullmatch(char)) or char.isdigit()


UNBROKEN_MOBILES = frozenset({"CN"})
"""Regions whose mobile numbers are written as one run of digits, with no prefix and no
grouping (China's 11 digits, `13812345678`: how forms, signatures and chats write them; gap58)."""


def _national_form(raw: str, number: phonenumbers.PhoneNumber, region: str) -> bool:
    """The digits start with the region's national prefix, are grouped as its national format
    groups them (maybe without the prefix's group), or are a mobile number written unbroken
    where the region writes them so (UNBROKEN_MOBILES)."""
    groups = [len(group) for group in _GROUPS.findall(raw)]
    digits = phonenumbers.normalize_digits_only(raw)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = (metadata.national_prefix if metadata else None) or ""
    if prefix not in ("", "1") and digits.startswith(prefix) and (
            len(groups) == 1 or 2 <= len(groups) <= 4 and groups[0] > len(prefix)):
        return True  # `89165551234`, `0151 23456789` (its format: `01512 3456789`);
        # `1` of North America starts too many other numbers; `0-16777216` is a range
    if len(groups) == 1 and region in UNBROKEN_MOBILES \
            and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        return True  # `13812345678`
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    expected = [len(group) for group in _GROUPS.findall(national)]
    if prefix and not national.startswith(prefix):
        expected = [len(prefix), *expected]  # `(888) 395-0534` is written `1-888-395-0534`
    return groups == expected or bool(prefix) and groups == expected[1:]


def _masked(number: phonenumbers.PhoneNumber) -> str:
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    prefix = f"+{number.country_code}"
    return prefix + _mask(text[len(prefix):], keep_start=0, keep_end=3)
