"""fp69's misreadings (issue 19), shown by help centres measured blind (Frigate's docs): a
URL's user part read as a login's label, its host and path as a login's user and password
(`rtsp://username:password@reolink_ip/Preview_01_sub` was the password `Preview_01_sub`); a
noun after the password word in the plural read as the password (`use Apache2 password files`
was the password `files`; `password file` was no password already). The rows of fp69's
accepting rule for a key the reader is asked to name (`name_of_your_camera:`, withdrawn after
rev69's review) stay refused with the rest.
The leak rows of bench/gatecorpus/hostile.yml written against them stay refused.

Every text is scanned once (a module fixture); the tests read its results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.model import Finding
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
LEAKS = [row for row in yaml_table(REPO / "bench/gatecorpus/hostile.yml")
         if row["id"].startswith("fp69:")]

KEPT = {
    "camera stream, user part a label's word": 'go2rtc:\n  streams:\n    cam_sub:\n'
                                               '      - "rtsp://username:password@reolink_ip'
                                               '/Preview_01_sub"\n',
    "stream path with digits": "rtsp://username:password@cam.lan/live01sub\n",
    "login as the URL's user": "    - path: rtsp://login:password@cam.lan/stream_01\n",
    "password files": "There are many ways to authenticate a website but a straightforward"
                      " approach is to use [Apache2 password files]"
                      "(https://httpd.apache.org/docs/2.4/howto/auth.html).\n",
    "password hints": "Use the password hints to remember it.\n",
    "password vaults": "Use the password vaults to store it.\n",
}
"""Frigate's lines as published (configuration/camera_specific.md, guides/reverse_proxy.md) and
the same shapes in other layouts: each publishes; main refused each (the URL's path, the plural
noun read as a password)."""


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


def test_leak_rows_are_many() -> None:
    assert len(LEAKS) >= 66
    groups = {row["id"].split(":")[1].strip() for row in LEAKS}
    assert all(sum(row["id"].split(":")[1].strip() == group for row in LEAKS) >= 20
               for group in groups)


@pytest.mark.parametrize("row", LEAKS, ids=[row["id"] for row in LEAKS])
def test_leak_is_refused(results: dict[str, list[Finding]], row: dict[str, str]) -> None:
    assert row["kind"] in {finding.kind for finding in _errors(results[row["id"]])}
