"""Phone numbers, in text and in `tel:`-like links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from kbgen.core import script_regions
from kbgen.core.privacy.context import _Context, _Hit, _mask
from kbgen.core.privacy.model import PHONE
from kbgen.core.privacy.national_phones import NATIONAL_HINT, national_numbers
from kbgen.core.privacy.not_phones import not_phone_spans
from kbgen.core.privacy.phone_digits import may_hold_number, may_hold_number_blanked

MIN_PHONE_DIGITS = 6
"""Lines without this many digits close together are not given to phonenumbers (it is the
slowest detector). Its matcher allows at most 4 punctuation characters between digits."""

_PHONE_HINT = re.compile(r"\d(?:\D{0,4}\d){%d}" % (MIN_PHONE_DIGITS - 1))


def _phones(line: str, context: _Context) -> Iterator[_Hit]:
    """Valid phone numbers (phonenumbers' VALID leniency) that are not on the allow-list."""
    if not _PHONE_HINT.search(line):
        return
    if context.default_region is None and "00" in line:
        line = _INTERNATIONAL_ZEROS.sub(" +", line)  # `0044 7911 …`: read where no region is
    found = _phone_numbers(line, context.default_region)
    regions = (*context.allowed.national_regions, *script_regions.regions(line))
    if regions and NATIONAL_HINT.search(line):  # the site's regions, and the one its script
        # tells (a Chinese line's `13812345678`: kbgen.core.script_regions, gap58)
        found += _national_numbers(line, found, tuple(dict.fromkeys(regions)))
    for start, end, excerpt, e164 in _phones_only(line, found, context.default_region):
        is_allowed = e164 in context.allowed.phones_e164
        yield _Hit(start, end, PHONE, excerpt, allowed=is_allowed)


def _phones_only(line: str, found: tuple[tuple[int, int, str, str], ...], region: str | None
                 ) -> tuple[tuple[int, int, str, str], ...]:
    """The numbers not made only of a timestamp's, IP address', version's or byte count's
    digits: `37 2019` of `17:19:37 2019` is none, `+44 7911 123456` before `GB` (a byte count's
    unit) or `+45` before an address-shaped `23.45.67.89:80` is one (rev38)."""
    if not found and not may_hold_number_blanked(line, region):
        return found  # nor will the line with its stamps blanked (phone_digits)
    spans = not_phone_spans(line)
    if not spans:
        return found
    covered = bytearray(len(line) + 1)
    for span_start, span_end in spans:
        covered[span_start:span_end] = b"\x01" * (span_end - span_start)
    kept = tuple(number for number in found
                 if not all(covered[at] for at in range(number[0], number[1])
                            if line[at].isdigit()))
    return kept + _beside_stamps(line, spans, region, kept)


def _beside_stamps(line: str, spans: list[tuple[int, int]], region: str | None,
                   kept: tuple[tuple[int, int, str, str], ...]
                   ) -> tuple[tuple[int, int, str, str], ...]:
    """Numbers found once the stamps, addresses and versions are blanked out: phonenumbers
    reads `12:34 0221 98765432` as `34 0221 98765432`, no valid number, and finds none
    (rev38)."""
    blanked = list(line)
    for span_start, span_end in spans:
        blanked[span_start:span_end] = " " * (span_end - span_start)
    return tuple(number for number in _phone_numbers("".join(blanked), region)
                 if not any(number[0] < end and start < number[1] for start, end, _, _ in kept))


def _national_numbers(line: str, found: tuple[tuple[int, int, str, str], ...],
                      regions: tuple[str, ...]) -> tuple[tuple[int, int, str, str], ...]:
    """Numbers valid in one of the site's other regions (kbgen.core.phone_regions), where no
    number was found yet: `8 916 555 12 34` on a Russian site whose main line is British."""
    taken = [(start, end) for start, end, _, _ in found]
    more: list[tuple[int, int, str, str]] = []
    for region in regions:
        for number in national_numbers(line, region):
            if not any(number[0] < end and start < number[1] for start, end in taken):
                taken.append(number[:2])
                more.append(number)
    return tuple(more)


_INTERNATIONAL_ZEROS = re.compile(r"(?<![\d+])00(?=[1-9]\d)")
"""`00` dialling out, as most of the world writes it before a country code: `+` (the same
length, so what is found keeps its place)."""


_PHONE_LINK_RE = re.compile(
    r"(?i)(?:\b(?:tel|sms|callto|facetime|whatsapp)://?|\btel:|\bsms:|\bcallto:|"
    r"\bwa\.me/|\bapi\.whatsapp\.com/send/?\?phone=|\bt\.me/|\bviber://chat\?number=)"
    r"(\+?[\d][\d ().-]{5,20}\d)"
)
"""Links that dial or message a number: `tel:`, `sms:`, `https://wa.me/447911123456`."""


def _phone_links(line: str, context: _Context) -> Iterator[_Hit]:
    """Numbers in links that call or message them; wa.me and t.me take international numbers
    without the `+`."""
    for match in _PHONE_LINK_RE.finditer(line):
        number = match.group(1)
        scheme = match.group().lower()
        if not number.startswith("+") and ("wa.me" in scheme or "whatsapp" in scheme
                                          or "t.me" in scheme):
            number = "+" + number
        try:
            parsed = phonenumbers.parse(number, context.default_region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(parsed):
            continue
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        yield _Hit(match.start(1), match.end(1), PHONE, _mask_phone(parsed),
                   allowed=e164 in context.allowed.phones_e164)


def _phone_numbers(line: str, region: str | None) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, masked number, E.164) of each valid phone number in a line; a line that
    cannot hold one (kbgen.core.privacy.phone_digits) is not given to phonenumbers."""
    return _matched_numbers(line, region) if may_hold_number(line, region) else ()


@lru_cache(maxsize=4096)
def _matched_numbers(line: str, region: str | None) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, masked number, E.164) of each valid number phonenumbers' matcher finds.

    Kept for lines seen again: front matter dates (`2026-08-07`, one line each in scan_data)
    recur across articles and have to be read by phonenumbers, which takes some of them for
    numbers in some regions (8 digits in Denmark).
    """
    matcher = phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID)
    return tuple(
        (match.start, match.end, _mask_phone(match.number),
         phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
        for match in matcher if not _is_date(match.raw_string)
    )


_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(\d{4})")


def _is_date(text: str) -> bool:
    """`2026-08-07`, `07.08.2026`, `8/7/2026`: a calendar date, whatever the region's phone
    numbers look like (in Denmark, any 8 digits can be one)."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return False
    if match.group(1):
        year, first, second = match.group(1, 3, 4)
    else:
        first, second, year = match.group(5, 7, 8)
    numbers = int(first), int(second)
    return all(1 <= n <= 31 for n in numbers) and min(numbers) <= 12 and 1900 <= int(year) <= 2100


def _mask_phone(number: phonenumbers.PhoneNumber) -> str:
    """International format with every digit after the country code but the last three hidden."""
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    prefix = f"+{number.country_code}"
    rest = text[len(prefix):]
    return prefix + _mask(rest, keep_start=0, keep_end=3)
