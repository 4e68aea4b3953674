"""fp67's two structures (issue 19): a WireGuard public key the page proves public (the X25519
public half of a private key it shows) and the product's own `.localdomain` name (taken out by
fixlocal67: a company's internal domain is the same shape, rev67); the leak rows of
bench/gatecorpus/hostile.yml written against them stay refused.

Every text is scanned once (a module fixture); the tests read its results.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.derived_public_keys import MAX_KEYS, public_key
from kbgen.core.privacy.model import Finding
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
LEAKS = [row for row in yaml_table(REPO / "bench/gatecorpus/hostile.yml")
         if row["id"].startswith("fp67:")]


def _key(seed: int) -> bytes:
    return bytes((seed * 37 + index * 11) % 256 for index in range(32))


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


FIRST, SECOND = _key(1), _key(2)
PAGE = "\n".join([
    "Generate the keys in the first peer:", "", "```console", "wg genkey > private.key",
    "wg pubkey < private.key > public.key", "cat private.key", _b64(FIRST), "",
    "cat public.key", _b64(public_key(FIRST)), "```", "", "Do the same in the second peer:",
    "", "```console", "cat private.key", _b64(SECOND), "cat public.key",
    _b64(public_key(SECOND)), "```", ""])
"""Netplan's WireGuard how-to, shaped as it is published (doc/examples.md): both peers'
private keys (lines 7 and 17) and what `wg pubkey` printed for them (lines 10 and 19)."""

UNRELATED = "\n".join([_b64(FIRST), _b64(_key(3)), ""])
"""Two keys, neither the public half of the other."""

CAPPED = "\n".join([*(_b64(_key(seed)) for seed in range(10, 10 + MAX_KEYS)),
                    _b64(FIRST), _b64(public_key(FIRST)), ""])
"""More keys than the rule pairs: it leaves the page as found."""

OPNSENSE = Allowed(domains=frozenset({"opnsense.org"}))
BANNER = "\n".join([
    "*** OPNsense.localdomain: OPNsense 21.7.7 (amd64/OpenSSL) ***", "",
    "FreeBSD/amd64 (OPNsense.localdomain) (ttyu0)", "", "Connected to OPNsense.localdomain.",
    ""])
"""OPNsense's console banner and a telnet session to a fresh install (installaws.rst,
stunnel.rst): the name the appliance is installed with; it passes where the site lists it."""
OTHER_SITE = "FreeBSD/amd64 (OPNsense.localdomain) (ttyu0)\n"
"""The same banner on a site that is not OPNsense's: the name is nobody's product there."""


@pytest.fixture(scope="module")
def results() -> dict[str, list[Finding]]:
    judged = {"page": scan(PAGE, Allowed()), "unrelated": scan(UNRELATED, Allowed()),
              "capped": scan(CAPPED, Allowed()), "banner": scan(BANNER, OPNSENSE),
              "banner listed": scan(BANNER, Allowed(domains=frozenset(
                  {"opnsense.org", "opnsense.localdomain"}))),
              "other site": scan(OTHER_SITE, Allowed(domains=frozenset({"example.org"})))}
    for row in LEAKS:
        judged[row["id"]] = scan(row["text"], Allowed(
            domains=frozenset(row.get("allow_domains", ()))))
    return judged


def _lines(findings: list[Finding]) -> set[int]:
    return {finding.line for finding in findings if not finding.advisory}


def test_x25519_matches_rfc_7748() -> None:
    alice = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    assert public_key(alice).hex() == \
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"


def test_printed_public_keys_pass_and_private_keys_stay(
        results: dict[str, list[Finding]]) -> None:
    assert _lines(results["page"]) == {7, 17}


def test_keys_that_are_no_pair_stay(results: dict[str, list[Finding]]) -> None:
    assert _lines(results["unrelated"]) == {1, 2}


def test_a_page_of_more_keys_than_paired_is_left_as_found(
        results: dict[str, list[Finding]]) -> None:
    assert _lines(results["capped"]) == set(range(1, MAX_KEYS + 3))


def test_the_products_installed_name_passes_only_where_listed(
        results: dict[str, list[Finding]]) -> None:
    assert _lines(results["banner"]) == {1, 3, 5}
    assert _lines(results["banner listed"]) == set()


def test_the_same_name_on_another_site_stays(results: dict[str, list[Finding]]) -> None:
    assert {finding.kind for finding in results["other site"]} == {"internal hostname"}


def test_there_are_twenty_leaks_a_rule() -> None:
    assert sum("derived public key" in row["id"] for row in LEAKS) >= 20
    assert sum("localdomain" in row["id"] for row in LEAKS) >= 20


@pytest.mark.parametrize("row", LEAKS, ids=[row["id"] for row in LEAKS])
def test_leaks_stay_refused(results: dict[str, list[Finding]], row: dict[str, str]) -> None:
    assert row["kind"] in {finding.kind for finding in results[row["id"]]}
