"""What a text needs before phonenumbers' matcher can find a valid number in it (issue 19: the
matcher is the gate's dearest detector on lines of digits: `ip addr` output, logs, addresses).

`may_hold_number(text, region)` is False only where `PhoneNumberMatcher(text, region,
Leniency.VALID)` yields nothing, read from how the library finds and parses a number:
- A number is parsed from one candidate of the matcher's pattern: digit blocks apart by at most
  four of its punctuation characters (`_PUNCTUATION_LIMIT`), an extension after them.
- Without a region the library knows (`SUPPORTED_REGIONS`, as written: `us` is none), only a
  number written with a plus sign parses (`_check_region_for_parsing`).
- A valid number's national significant number has one of its region's possible lengths
  (`_is_number_matching_desc` on `general_desc`). Its digits are the candidate's, less the
  prefixes parsing takes off, plus the digits a national prefix's transform rule writes in
  (`268\\1`), plus letters read as digits: in a candidate only `x`/`X` (punctuation) and the
  extension labels, whose `~`/`～` are punctuation too.
So a text needs a run of that many digits, `x`, `~` or `～`, each apart from the next by at
most four other characters once spaces, tabs, commas and hyphens are joined into one (an
extension's label may stand among any number of them). A text naming an extension in letters
(`ext`, `int`, `anexo`, any case) is always read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]

from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE, SUPPORTED_REGIONS

MIN_INTERNATIONAL_DIGITS = 6
"""Fewest digits of a valid number written with its country code (Austria's `43` and a
4-digit number; tests/core/test_cpu65_phone_digits.py derives it from the metadata)."""

PLUS_SIGNS = ("+", "\uff0b")
"""phonenumbers' `_PLUS_CHARS`: an international number starts with one."""

_SEPARATORS = re.compile(r"[ \u00a0\t,\-]+")
"""Characters an extension's label may stand among without limit (the matcher's extension
patterns), joined into one before the run is counted."""

_LETTER_LABELS = re.compile(r"xt|int|anexo", re.UNICODE | re.IGNORECASE)
"""Extension labels in letters (`ext`, `extension`, `int`, `anexo`), matched as the library
matches them: a text holding one is read whatever its digits."""


@lru_cache(maxsize=64)
def _run(count: int) -> re.Pattern[str]:
    """`count` digits, `x`, `~` or `～`, each at most four other characters from the next."""
    if count <= 1:
        return re.compile(r"[\dxX~\uff5e]")
    return re.compile(r"[\dxX~\uff5e](?:[^\dxX~\uff5e]{0,4}[\dxX~\uff5e]){%d}" % (count - 1))


def may_hold_number(text: str, region: str | None) -> bool:
    """False only where phonenumbers' matcher finds no valid number in `text` read in
    `region` (see the module's docstring)."""
    needed = _needed(text, region)
    if needed is None:
        return False
    if _LETTER_LABELS.search(text):
        return True
    return _run(needed).search(_SEPARATORS.sub(" ", text)) is not None


def may_hold_number_blanked(text: str, region: str | None) -> bool:
    """False only where `may_hold_number` is False for `text` with any of its characters
    turned to spaces (phones' second reading, its stamps and addresses blanked, which can
    bring digits closer): no plus sign where one is needed, or fewer digits in all."""
    needed = _needed(text, region)
    if needed is None:
        return False
    if _LETTER_LABELS.search(text):
        return True
    return len(_MEMBERS.findall(text)) >= needed


_MEMBERS = re.compile(r"[\dxX~\uff5e]")


def _needed(text: str, region: str | None) -> int | None:
    """How many digits a number in `text` read in `region` needs; None where none can parse
    (no region the library knows and no plus sign)."""
    has_plus = any(sign in text for sign in PLUS_SIGNS)
    if region not in SUPPORTED_REGIONS:
        return MIN_INTERNATIONAL_DIGITS if has_plus else None
    assert region is not None
    needed = national_digits(region)
    return min(needed, MIN_INTERNATIONAL_DIGITS) if has_plus else needed


@lru_cache(maxsize=None)
def national_digits(region: str) -> int:
    """Fewest digits (or letters read as digits) of a valid number written without a plus
    sign and read in `region`: the shortest national number its calling code allows, less the
    digits a transform rule adds, or its international prefix then a number with its country
    code."""
    metadata = _known(PhoneMetadata.metadata_for_region(region))
    country_code = int(metadata.country_code or 0)
    national = _shortest(country_code) - max(
        _added_digits(metadata), _added_digits(_main_metadata(country_code)))
    dialled_out = _shortest_match(metadata.international_prefix) + MIN_INTERNATIONAL_DIGITS
    return max(1, min(national, dialled_out))


def international_digits(country_code: int) -> int:
    """Fewest digits of a valid number written `+<country_code>…` (for the tests: the least
    over every code must not be below MIN_INTERNATIONAL_DIGITS)."""
    return (len(str(country_code)) + _shortest(country_code)
            - _added_digits(_main_metadata(country_code)))


def _metadatas(country_code: int) -> list[PhoneMetadata]:
    regions = COUNTRY_CODE_TO_REGION_CODE[country_code]
    if regions[0] == "001":
        return [_known(PhoneMetadata.metadata_for_nongeo_region(country_code))]
    return [_known(PhoneMetadata.metadata_for_region(region)) for region in regions]


def _known(metadata: PhoneMetadata | None) -> PhoneMetadata:
    if metadata is None:
        raise LookupError("phonenumbers has no metadata for a region it lists")
    return metadata


def _main_metadata(country_code: int) -> PhoneMetadata:
    """The metadata parsing uses once a number's calling code is read (its main region's)."""
    return _metadatas(country_code)[0]


def _shortest(country_code: int) -> int:
    """The shortest possible length of a national number under the calling code, any
    region sharing it (0 where a region gives no lengths: then any length may be valid)."""
    return min(min(m.general_desc.possible_length, default=0) if m.general_desc else 0
               for m in _metadatas(country_code))


def _added_digits(metadata: PhoneMetadata) -> int:
    """Digits a national prefix's transform rule writes in (`268\\1`: 3)."""
    rule = metadata.national_prefix_transform_rule
    return len(re.sub(r"\\\d", "", rule)) if rule else 0


def _shortest_match(pattern: str | None) -> int:
    """The fewest characters the expression matches (0 when unknown)."""
    if not pattern:
        return 0
    try:
        return int(_parser.parse(pattern).getwidth()[0])
    except (re.error, ValueError):
        return 0
