"""kbgen.core.privacy.phone_digits tells texts that cannot hold a valid number from those that
may, as phonenumbers' matcher reads them (issue 19). Not wired into the gate yet: the
linear-work tests (tests/hostile/test_atk54_classes.py and others) read its skips as a step in
the phone readers' work; see bench/RESULTS.md, the lead's section."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from kbgen.core.privacy.phone_digits import (
    MIN_INTERNATIONAL_DIGITS,
    international_digits,
    may_hold_number,
    may_hold_number_blanked,
    national_digits,
)

pytestmark = pytest.mark.xdist_group("cpu65_phone_digits")

REGIONS = (None, "US", "GB", "DE", "AG", "GG", "CV", "us")

_PIECES = ("0", "1", "2", "5", "7", "9", "12", "123", "4567", "20", "44", "7911", "+", "＋",
           "00", "011", " ", "      ", "-", ".", "/", "(", ")", "x", "X", "~", "～", "#",
           " ext ", "extension", " int ", ";ext=", ",", "\t", "a", "GB", " MiB ", "10.0.0.1",
           "12:34:56", "٣", "３", "ı", "K")


def _found(text: str, region: str | None) -> list[str]:
    matcher = phonenumbers.PhoneNumberMatcher(text, region,
                                              leniency=phonenumbers.Leniency.VALID)
    return [match.raw_string for match in matcher]


@pytest.fixture(scope="module")
def wrongly_skipped() -> list[tuple[str, str | None]]:
    """Seeded lines built near a number's edge, each read in every region: those the test
    skips where the matcher finds a number (must be none)."""
    rng = random.Random(65)
    lines = {"".join(rng.choice(_PIECES) for _ in range(rng.randint(2, 12)))
             for _ in range(1500)}
    return [(line, region) for line in sorted(lines) for region in REGIONS
            if not may_hold_number(line, region) and _found(line, region)]


def test_no_line_the_matcher_reads_a_number_in_is_skipped(
        wrongly_skipped: list[tuple[str, str | None]]) -> None:
    assert wrongly_skipped == []


def test_the_least_international_number_is_derived_from_the_library() -> None:
    shortest = min(international_digits(code)
                   for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    assert shortest >= MIN_INTERNATIONAL_DIGITS


@pytest.mark.parametrize(("text", "region"), [
    ("Call +44 7911 123456 today", None),
    ("Call +44 7911 123456 today", "US"),
    ("Ruf an: +43 1234", None),  # Austria: four digits after the country code
    ("Ruf an: 030 12345678", "DE"),
    ("call (202) 555-0143", "US"),
    ("call 020 7946 0958", "GB"),
    ("dial 1 x 2025550143", "US"),  # `x` read as a digit: no extension stripped
    ("Tel. ＋４４ ７９１１ １２３４５６", None),  # full-width plus and digits
    ("Tel. +٤٤ ٧٩١١ ١٢٣٤٥٦", None),  # Arabic-Indic digits
])
def test_numbers_at_the_edge_are_still_read(text: str, region: str | None) -> None:
    assert may_hold_number(text, region)
    assert may_hold_number_blanked(text, region)


@pytest.mark.parametrize(("text", "region"), [
    ("    inet 10.3.4.6/24 brd 10.3.4.255 scope global eth12", None),
    ("2026-12-01T10:05:07Z INFO [worker-3] GET /api/v1/items/4821 200 45ms", None),
    ("host-12 10.0.12.13 up", None),
    ("mtu 1500 qdisc fq_codel state UP", "US"),
    ("call 020 7946 0958", "us"),  # a region the library does not know: only `+` numbers
])
def test_lines_that_cannot_hold_a_number_are_skipped(text: str, region: str | None) -> None:
    assert not may_hold_number(text, region)
    assert not _found(text, region)


def test_the_need_follows_each_regions_shortest_number() -> None:
    assert national_digits("DE") == 4  # `030 1234` is a valid German number
    assert national_digits("US") == 7  # NANPA numbers a transform rule completes (`268\1`)
    assert national_digits("FR") == 8  # `00` and Austria's six digits, below 9 national
