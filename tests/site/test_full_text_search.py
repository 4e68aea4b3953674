"""Every published word is findable, and nothing unpublished is: real builds of small sites,
searched through the index they ship (the browser runs the same query; tests/browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import article
from tests.helpers import shipped_index, site_search
from tests.sites import BuiltSites

OFFLINE_BODY = """## Symptoms

The thermostat shows a cloud with a line through it.

## Cause

The router restarted after a power cut and gave the hub a new address.

## Resolution

1. Unplug the hub for ten seconds.
2. If your speaker pairs over bluetooth, switch it off while the hub reconnects.
"""

FILES = {
    "content/articles/wifi/thermostat-offline.md": article(
        "Thermostat offline after a power cut", body=OFFLINE_BODY),
    "content/articles/wifi/thermostat-schedule.md": article(
        "Thermostat schedule skips a day",
        body="## Symptoms\n\nThe thermostat ignores Sunday in the schedule.\n"),
    "content/articles/wifi/thermostat-online-setup.md": article(
        "Put your thermostat online", body="## Steps\n\nConnect the thermostat to Wi-Fi.\n"),
    "content/articles/wifi/thermostat-display.md": article(
        "Thermostat display is blank", body="## Symptoms\n\nThe thermostat screen is dark.\n"),
    "content/articles/wifi/thermostat-battery.md": article(
        "Thermostat battery low", body="## Symptoms\n\nThe thermostat warns about batteries.\n"),
    "content/articles/wifi/thermostat-reset.md": article(
        "Reset your thermostat", body="## Steps\n\nHold the thermostat button.\n"),
    "content/articles/billing/heating-costs.md": article(
        "Heating costs on your bill", body="## Details\n\nWhat heating costs each month.\n"),
    "content/articles/billing/refund-policy.md": article(
        "Refund policy", extra="errors: [Payment declined (code 51)]\n",
        body="## Symptoms\n\nRefunds.\n\n!!! internal \"For agents\"\n"
             "    Use the override SECRETWORD in the console.\n\nDone.\n"),
    "content/articles/billing/draft-pricing.md": article(
        "Upcoming pricing", status="draft", body="## Symptoms\n\nThe zebraplan price.\n"),
}


@pytest.fixture(scope="module")
def site(built_sites: BuiltSites) -> Path:
    """FILES built once (every test here only reads the site)."""
    return built_sites.small(FILES)


def test_a_word_only_in_the_resolution_finds_the_article(site: Path) -> None:
    assert site_search(site, "bluetooth", 1) == ["articles/wifi/thermostat-offline.html"]
    assert site_search(site, "router restarted", 1) == [
        "articles/wifi/thermostat-offline.html"]


def test_headings_and_body_are_fields_of_the_shipped_index(site: Path) -> None:
    data = shipped_index(site)
    boosts = dict(zip(data["fields"], data["boosts"]))
    assert boosts["errors"] >= boosts["title"] > boosts["headings"] > boosts["body"]
    assert "resolut" in data["terms"] and "bluetooth" in data["terms"]


def test_internal_notes_and_drafts_never_enter_the_index(site: Path) -> None:
    terms = shipped_index(site)["terms"]
    assert "secretword" not in terms and "zebraplan" not in terms
    assert "override" not in terms
    assert site_search(site, "SECRETWORD") == []
    assert site_search(site, "zebraplan") == []


def test_a_misspelled_word_finds_its_article_although_others_match_exactly(site: Path) -> None:
    # Six articles match "thermostat" exactly; "ofline" is one letter short of "offline".
    assert site_search(site, "thermostat ofline", 1) == [
        "articles/wifi/thermostat-offline.html"]
    # The index holds the stem "heat": "heatng" is one edit from "heating", not from "heat".
    assert site_search(site, "heatng", 1) == ["articles/billing/heating-costs.html"]


def test_typos_do_not_flood_the_results(site: Path) -> None:
    # A word in the index is not read with a typo: "online" stays "online".
    assert site_search(site, "online", 10) == ["articles/wifi/thermostat-online-setup.html"]
    assert site_search(site, "zzqqxx") == []
