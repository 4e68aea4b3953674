"""rev69's findings on fp69's rules, fixed (issue 19, fixfp69): the accepting rule for a key the
reader is asked to name (`name_of_your_camera:`) withdrawn (F1: its "whose" checks were
English-only and any key above counted); a plural after the password word taken as a noun only
where its clause ends (F2: `The guest password changes daily and today is Gingerbread.` read
`changes` as a noun); a label after a scheme skipped only in a URL's user part (F4:
`ftp://user: alice / Xk9vQ2mLp7` is a login pair). Every rev69 variant is a `fixfp69:` row of
bench/gatecorpus/hostile.yml and stays refused; fp69's must-publish texts are its own test's.
And a front matter value holding a passport's name line alone is refused, as in an article.

Every text is scanned once (a module fixture); the tests read its results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan, scan_data
from kbgen.core.privacy.model import Finding
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
LEAKS = [row for row in yaml_table(REPO / "bench/gatecorpus/hostile.yml")
         if row["id"].startswith("fixfp69:")]

KEPT = {
    "plural ending its sentence": "Keep a copy of the password files.\n",
    "plural before a comma": "Store the password hashes, keys and salts apart.\n",
    "plural in a link": "Read about [password files](https://httpd.apache.org/docs/2.4/).\n",
    "URL user part in a list": "  - rtsp://username:password@cam.lan/Preview_01_sub\n",
    "URL user part, account": "Open sftp://account:password@files.lan/upload_01 to upload.\n",
}
"""Texts the narrowed rules still publish: a plural noun ending its clause, a URL's user part
written as one (each was published by fp69's rules too)."""


@pytest.fixture(scope="module")
def results() -> dict[str, list[Finding]]:
    judged = {name: scan(text, Allowed()) for name, text in KEPT.items()}
    for row in LEAKS:
        judged[row["id"]] = scan(row["text"], Allowed())
    return judged


def _errors(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if not finding.advisory]


@pytest.mark.parametrize("name", KEPT)
def test_kept_text_publishes(results: dict[str, list[Finding]], name: str) -> None:
    assert _errors(results[name]) == []


def test_every_finding_has_its_rows() -> None:
    groups = [row["id"].split(":")[1].strip() for row in LEAKS]
    assert {group: groups.count(group) for group in set(groups)} == {
        "reader-named key withdrawn": 22, "plural verb after the password word": 18,
        "login label after a scheme": 24}


@pytest.mark.parametrize("row", LEAKS, ids=[row["id"] for row in LEAKS])
def test_leak_is_refused(results: dict[str, list[Finding]], row: dict[str, str]) -> None:
    assert row["kind"] in {finding.kind for finding in _errors(results[row["id"]])}


NAME_LINES = ["P<SWELINDQVIST<<KARIN<SOFIA<<<<<<<<<<<<<<<<<",
              "Scan: P<SWELINDQVIST<<KARIN<SOFIA<<<<<<<<<<<<<<<<<<"]
"""A TD3 name line exact (zone_name_lines) and a filler long (ocr_zones): no line detector's
need takes either, so scan_data judged neither value."""


@pytest.mark.parametrize("line", NAME_LINES)
def test_front_matter_name_line_is_refused(line: str) -> None:
    found = scan_data({"title": "Passport upload", "summary": line}, Allowed(),
                      {"title": 2, "summary": 3}.__getitem__)
    assert [(finding.line, finding.kind) for finding in _errors(found)] == [
        (3, "national ID number")]


def test_front_matter_heredoc_publishes() -> None:
    assert scan_data({"summary": "Run cat <<EOF > notes.txt to start."}, Allowed(),
                     lambda key: 3) == []
