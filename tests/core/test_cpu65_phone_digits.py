"""The phone detector gives phonenumbers' matcher only texts that can hold a valid number
(kbgen.core.privacy.phone_digits, issue 19): the gate finds the same numbers, and `ip addr`
output or log lines in a site with no region are never handed to the matcher."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from kbgen.core.privacy import Allowed, line_alone, phone_digits, scan
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


_IP_ADDR = "".join(
    f"{i + 2}: eth{i}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n"
    f"    link/ether 02:42:ac:11:00:{i:02x} brd ff:ff:ff:ff:ff:ff\n"
    f"    inet 10.{i}.1.{i + 2}/24 brd 10.{i}.1.255 scope global eth{i}\n"
    f"2026-12-01T10:{i:02d}:07Z INFO [worker-{i}] GET /api/v1/items/{4821 + i} 200 45ms\n"
    for i in range(6))


def test_command_output_in_a_site_without_a_region_never_reaches_the_matcher(
        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = phonenumbers.PhoneNumberMatcher

    def counted(text: str, *args: object, **kwargs: object) -> object:
        made.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(phonenumbers, "PhoneNumberMatcher", counted)
    findings = scan(f"```\n{_IP_ADDR}```\n", Allowed(), default_region=None)
    assert made == []  # main built a matcher for most of these 24 lines
    assert [f.kind for f in findings if "phone" in f.kind] == []
    made.clear()
    found = scan("Our desk: +44 7911 123456.\n", Allowed(), default_region=None)
    assert made and [f.kind for f in found] == ["phone number"]


@pytest.mark.parametrize("region", [None, "GB", "DE"])
def test_the_gate_finds_what_it_found_without_the_test(region: str | None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    text = (_IP_ADDR + "Call +44 7911 123456 or 020 7946 0958 (ext 12), Berlin 030 12345678,\n"
            "fax 1 x 2025550143, mobile +49 151 23456789; 00 44 7911 123457\n")
    line_alone._alone.cache_clear()  # a line's hits are kept: read each anew
    with_test = [(f.line, f.kind, f.excerpt) for f in scan(text, Allowed(), default_region=region)]
    line_alone._alone.cache_clear()
    monkeypatch.setattr(phone_digits, "_needed", lambda text, region: 1)
    monkeypatch.setattr(phone_digits, "_LETTER_LABELS", phone_digits.re.compile(r""))
    without = [(f.line, f.kind, f.excerpt) for f in scan(text, Allowed(), default_region=region)]
    assert with_test == without
    assert any(kind == "phone number" for _, kind, _ in with_test)
