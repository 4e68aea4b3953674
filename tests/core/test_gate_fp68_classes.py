"""fp68's three misreadings (issue 19), shown by help centres measured blind (Seafile's admin
manual): a setting's value, then the next setting's name, read as one key split over two lines;
the message of `${NAME:?message}` read as the password; a relative link's or picture's address
read as loose text, not as the URL it is (and a key in its query string, which main published).
The leak rows of bench/gatecorpus/hostile.yml written against them stay refused.

Every text is scanned once (a module fixture); the tests read its results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.model import Finding
from kbgen.core.privacy.required_variables import required_message
from tests.yaml_tables import yaml_table

REPO = Path(__file__).resolve().parents[2]
LEAKS = [row for row in yaml_table(REPO / "bench/gatecorpus/hostile.yml")
         if row["id"].startswith("fp68:")]

KEPT = {
    "settings in a row": "```python\nEMAIL_USE_TLS = False\n"
                         "EMAIL_HOST = 'smtp.example.com'        # smpt server\n"
                         "EMAIL_HOST_PASSWORD = 'password'    # password\nEMAIL_PORT = 587\n"
                         "DEFAULT_FROM_EMAIL = EMAIL_HOST_USER\nSERVER_EMAIL = EMAIL_HOST_USER\n"
                         "```\n",
    "settings indented": "    SMTP_PORT = 465\n    DEFAULT_FROM_EMAIL = noreply\n",
    "ini settings": "[imap]\nIMAP_PORT = 993\nDEFAULT_SENDER_EMAIL = noreply\n",
    "required variable": "    command:\n      - /bin/sh\n      - -c\n"
                         '      - redis-server --requirepass "$${REDIS_PASSWORD:?Variable is not'
                         ' set or empty}"\n',
    "required variable, German": 'redis-server --requirepass "${REDIS_PASSWORD:?Variable ist'
                                 ' nicht gesetzt}"\n',
    "relative picture": "![](../images/auto-upload/image-upload-form.png)\n",
    "relative picture in HTML": '<img src="../images/auto-upload/Screenshot_2024-01-05.png"'
                                ' width="600">\n',
}
"""Seafile's lines as published (its auto-upload pictures' random names,
`image-JK3df4mzSmO-amDFvQ9Fqg.png`, are refused again: they read as a base64url capability
token cut by `-`, rev68 finding 1b) (config/sending_email.md, setup/setup_ce_by_docker.md,
config/saml2.md), and the same shapes in another layout: each publishes; main refused each."""


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
    groups = {row["id"].split(":")[1].strip() for row in LEAKS}
    assert groups == {"split", "required", "relative"}
    assert all(sum(row["id"].split(":")[1].strip() == group for row in LEAKS) >= 18
               for group in groups)


@pytest.mark.parametrize("row", LEAKS, ids=[row["id"] for row in LEAKS])
def test_leak_is_refused(results: dict[str, list[Finding]], row: dict[str, str]) -> None:
    assert row["kind"] in {finding.kind for finding in _errors(results[row["id"]])}


@pytest.mark.parametrize(("line", "colon", "expected"), [
    ('"${REDIS_PASSWORD:?Variable is not set or empty}"', 17, True),
    ("${DB_PASSWORD:?set DB_PASSWORD first}", 13, True),
    ("${DB_PASSWORD:?Kq8vNz3Lw2}", 13, False),  # one word: a value
    ("${DB_PASSWORD:?hunter2 is it}", 13, False),  # a word with a digit
    ("${DB_PASSWORD:-Kq8vNz3Lw2 default}", 13, False),  # a default is the password
    ("${DB_PASSWORD:?not set or empty", 13, False),  # never closed
    ("DB_PASSWORD:?not set or empty}", 11, False),  # no `${`
])
def test_required_message(line: str, colon: int, expected: bool) -> None:
    assert line[colon] == ":"
    assert required_message(line, colon) is expected
