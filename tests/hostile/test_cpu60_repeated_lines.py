"""A line repeated from page to page is judged on each page with that page's allowances,
region and neighbours, although the gate keeps a detector's hits of a line it read alone
(issue 13, branch cpu60, kbgen.core.privacy.line_alone): what one page accepts never carries
to another, in either order, and a leak repeated on many pages is found on each."""

from __future__ import annotations

import ipaddress

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.line_alone import _alone

SHOP = Allowed(domains=frozenset({"example-shop.de"}),
               emails=frozenset({"jane.doe@example-shop.de"}),
               phones_e164=frozenset({"+493012345678"}),
               patterns=(r"Tr0ub4dor&3",),
               networks=(ipaddress.ip_network("10.0.0.0/8"),))
"""A site that publishes its own address, number, a reviewed pattern and its network."""

REPEATED = [
    ("own address", "Write to jane.doe@example-shop.de if the app stays offline.", "e-mail"),
    ("own address in a list", "- Contact: jane.doe@example-shop.de", "e-mail"),
    ("own number", "Call us on +49 30 12345678 any weekday.", "phone"),
    ("own number in a table", "| support | +49 30 12345678 |", "phone"),
    ("reviewed pattern", "The Wi-Fi password is Tr0ub4dor&3", "password"),
    ("own network", "The gateway of the office is 10.8.0.1, the printer 10.8.0.7.", "IP"),
]
"""A value one site may publish and another may not, as a line both write."""


def _kinds(text: str, allowed: Allowed, region: str | None = None) -> list[str]:
    return [finding.kind for finding in scan(text, allowed, default_region=region)]


@pytest.mark.parametrize("case, line, kind", REPEATED, ids=[case for case, _, _ in REPEATED])
def test_what_one_page_accepts_is_found_on_another(case: str, line: str, kind: str) -> None:
    """The line scanned with nothing kept, for each site; then the two sites alternated, in
    both orders, the cache full of the other's reads: the same findings each time."""
    reference = {}
    for name, allowed in (("shop", SHOP), ("other", Allowed())):
        _alone.cache_clear()
        reference[name] = _kinds(line, allowed)
    assert not any(kind in found for found in reference["shop"]), (case, reference)
    assert any(kind in found for found in reference["other"]), (case, reference)
    for order in ((SHOP, Allowed()), (Allowed(), SHOP)):
        _alone.cache_clear()
        for _ in range(3):
            for allowed in order:
                assert _kinds(line, allowed) == reference["shop" if allowed is SHOP else "other"]


def test_a_number_is_read_in_each_pages_region() -> None:
    """A national number is a phone number in its region's pages, whichever page came first."""
    line = "Ring 030 12345678 if the hub blinks red."
    _alone.cache_clear()
    for _ in range(2):
        assert "phone number" in _kinds(line, Allowed(), "DE")
        assert _kinds(line, Allowed(), "DE") == _kinds(line, Allowed(), "DE")
    _alone.cache_clear()
    without = _kinds(line, Allowed(), None)
    _alone.cache_clear()
    _kinds(line, Allowed(), "DE")
    assert _kinds(line, Allowed(), None) == without


SEED = "witch collapse practice feed shame open despair creek road again ice least"


@pytest.mark.parametrize("text", [
    SEED,
    f"Recovery phrase: {SEED}",
    f"> {SEED}",
    f"```\n{SEED}\n```",
    "walletpassphrase \"Zq8rT2vLmN\" 600",
    f"Password: Zq8rT2vLmN\n{SEED}",
    "Contact jane.doe@gmail.com about the wallet.",
])
def test_a_secret_repeated_on_many_pages_is_found_on_each(text: str) -> None:
    """The same leak pasted into 20 articles: found in each, with the same findings, whatever
    each site allows."""
    _alone.cache_clear()
    first = scan(text)
    assert first
    for number in range(20):
        allowed = SHOP if number % 2 else Allowed()
        assert [(f.line, f.kind, f.excerpt) for f in scan(text, allowed)] == [
            (f.line, f.kind, f.excerpt) for f in first]


def test_a_repeated_seed_phrase_is_found() -> None:
    assert scan(SEED) and scan(SEED) == scan(SEED)


def test_accepted_examples_are_told_on_each_page() -> None:
    """An example accepted for a reason is told for every page that writes it, not only the
    first (the reason is given where the hits are judged, after the cache)."""
    text = "For example, write to jane@example.com or call +1 555 0100."
    _alone.cache_clear()
    told = []
    for _ in range(3):
        explained: list[object] = []
        scan(text, explain=explained)
        told.append(explained)
    assert told[0] == told[1] == told[2]
