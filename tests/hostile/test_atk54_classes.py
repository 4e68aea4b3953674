"""The leaks this session's reviewers found and left open, as classes (issue 19, branch atk54),
each in a real `kbgen build`: a credential's name in French with underscores or with a region suffix
(`MOT_DE_PASSE_NOUVEAU`, `API_PASSWORD_EU`, `dbPasswordEu`); a list of secrets made by a call
(`List.of(…)`, `listOf(…)`, `set([…])`); a Google app password in four groups of letters and
a VPN account number of 16 digits; in prose, a table cell, code, HTML and other languages.
Each case is an article and the same text copied as a file; the build names every line holding
the value and publishes nothing. Documentation's plain examples of the same shapes publish. The
readings stay linear: four times the values, at most six times the characters handed to any
module's patterns (tests/work.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.refusals import assert_body_publishes, refused_class_tests
from tests.hostile.test_many_findings import assert_modules_work_linearly

PASSWORD = "password or secret"

# case: (kind, text, the mark on each line holding a value)
CASES: dict[str, tuple[str, str, str | tuple[str, ...]]] = {
    "credential-names-with-suffixes": (
        PASSWORD, "```\nMOT_DE_PASSE_NOUVEAU=Kq8vTz2mWx9p\n```\n\n"
        "Dans le fichier, mettez `mot_de_passe_ancien=Kq8vTz2mWx9p`.\n\n"
        "```\nAPI_PASSWORD_EU=Kq8vTz2mWx9p\n```\n\n"
        "| Setting | Value |\n|---|---|\n| `DB_PASSWORD_APAC=Kq8vTz2mWx9p` | staging |\n\n"
        "```js\nconst dbPasswordEu = \"Kq8vTz2mWx9p\";\n```\n", "Kq8v"),
    "lists-made-by-a-call": (
        PASSWORD, "```java\nList<String> passwords = List.of(\"Kq8vTz2mWx9p\", \"Zr7wQm3xPb5n\");"
        "\n```\n\n```kotlin\nval passwords = listOf(\"Kq8vTz2mWx9p\", \"Zr7wQm3xPb5n\")\n```\n\n"
        "Set `API_TOKENS = set([\"Kq8vTz2mWx9p\", \"Zr7wQm3xPb5n\"])` in settings.py.\n",
        "Kq8v"),
    "grouped-secrets": (
        PASSWORD, "The customer wrote: my app password: qwzx rtvb nmkp lkjh\n\n"
        "App-Passwort: qwzx rtvb nmkp lkjh\n\n```\nsmtp_password = qwzx rtvb nmkp lkjh\n```\n\n"
        "Hi, I can't connect. Account number: 7302 9481 5526 1174\n\n"
        "Bonjour, mon numéro de compte : 7302948155261174\n\n"
        "<p>Account number: <b>7302 9481 5526 1174</b></p>\n", ("qwzx", "7302")),
}

DOCUMENTATION = """# Testing the connection

Run the test command (e.g., `ping 10.0.0.100`) from your client device.

Choose Custom DNS with your internal DNS server IPs (e.g., 10.0.0.1, 10.0.0.2).

For example, set the address to 192.168.1.50 in your router.

Set `PASSWORD_MIN_LENGTH=12` and `ALLOWED_REGIONS = List.of("eu", "us")`.

Your account number is the 16 digits on the account page; the app password is shown in four
groups of four letters.
"""


leaked, test_every_value_of_a_class_is_refused_by_file_and_line, test_nothing_is_published = \
    refused_class_tests("atk54", CASES)


def test_documentation_of_the_same_shapes_publishes(tmp_path: Path) -> None:
    assert_body_publishes(tmp_path, DOCUMENTATION)


# shape: the text holding `count` values (the last always a finding)
MANY = {
    "app passwords and account numbers on one line": lambda n: " ".join(
        f"password: abcd efgh ijkl mn{chr(97 + i % 26)}p account number: 1234 5678 9012 {i:04d}"
        for i in range(n)) + "\n",
    "lists made by a call on one line": lambda n: "passwords = List.of(" + ", ".join(
        f'"Kq{i:05d}Tz2m"' for i in range(n)) + ")\n",
}


@pytest.mark.parametrize("shape", MANY)
def test_the_new_readings_work_in_linear_time(monkeypatch: pytest.MonkeyPatch,
                                              shape: str) -> None:
    assert_modules_work_linearly(monkeypatch, shape, MANY[shape])
