"""Values a password rule read that hold no one's value (issue 19, fp65): an emoji's or an
icon's shortcode in a table's cell, words that only name the field's kind (`PRIVATE_KEY`,
`пароль`), and a WireGuard peer's key under a setting named `public`. Every text is scanned
once (a module-scoped fixture); the leaks beside them, in other languages and layouts, must
stay findings."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

_CURVE_KEY = "rlbInAj0qV69CysWPQY7KEBnKxpYCpaWqOs/dLevdWc="
"""A 32-byte key in base64 (netplan's own example peer key)."""

KEPT: dict[str, str] = {
    "emoji in a password column (Turris)":
        "|  |reForis password |Advanced Admin password |\n|---|:---:|:---:|\n"
        "|  reForis (web GUI) | :material-check-bold: |  |\n",
    "emoji in a secret's Required cell (wg-easy)":
        "| Env | Required | Description |\n| --- | --- | --- |\n"
        "| `OAUTH_GOOGLE_CLIENT_SECRET` | :white_check_mark: | Google Client Secret |\n",
    "gemoji name in a password cell":
        "| Setting | Password |\n| --- | --- |\n| Admin | :heavy_check_mark: |\n",
    "fontawesome icon in a password cell":
        "| Setting | Password |\n| --- | --- |\n| Admin | :fontawesome-solid-check: |\n",
    "PRIVATE_KEY placeholder (Xray)": '```json\n{\n  "secretKey": "PRIVATE_KEY",\n}\n```\n',
    "Russian word for password as the value (Xray)":
        '```json\n{\n  "password": "пароль",\n}\n```\n',
    "Russian words for secret key as the value (Xray)":
        '```json\n{\n  "secretKey": "Секретный ключ",\n}\n```\n',
    "netplan peer key under keys/public":
        f"```yaml\n    peers:\n      - keys:\n          public: {_CURVE_KEY}\n```\n",
    "netplan peer key under public, list form":
        f"```yaml\n      - public: {_CURVE_KEY}\n```\n",
}
"""Texts with no one's value: each gave an error on main."""

LEAKS: dict[str, tuple[str, str]] = {
    "a shortcode naming no emoji": (
        "| Setting | Password |\n| --- | --- |\n| Admin | :hunter2024: |\n",
        "password or secret"),
    "a shortcode-shaped password with a fake icon": (
        "| Setting | Password |\n| --- | --- |\n| Admin | :material-acme-2024x: |\n",
        "password or secret"),
    "a password glued after a shortcode in its cell": (
        "| Setting | Password |\n| --- | --- |\n| Admin | :smile:Tr0ub4dor&3 |\n",
        "password or secret"),
    "a password glued after a shortcode in a list": (
        "- Password: :white_check_mark:Tr0ub4dor&3\n", "password or secret"),
    "a password in prose beside an emoji": (
        "The admin password is Sunflower2024! :white_check_mark:\n", "password or secret"),
    "PRIVATE_KEY with a number": ('"secretKey": "PRIVATE_KEY_2024",\n', "password or secret"),
    "a company's secret named so": ('"secretKey": "ACME_SECRET_KEY",\n', "password or secret"),
    "a word of its own and password": ('"password": "SunflowerPassword",\n',
                                      "password or secret"),
    "a password word with digits": ('"password": "Password2024",\n', "password or secret"),
    "Russian password word with digits": ('"password": "пароль2024",\n', "password or secret"),
    "Russian phrase with a word of its own": ('"password": "секретный подсолнух",\n',
                                              "password or secret"),
    "German password word with a name and digits": ("Passwort: Kennwort_Mueller2024\n",
                                                    "password or secret"),
    "Russian secret key with an owner": ('"secretKey": "Секретный ключ Иванова",\n',
                                         "password or secret"),
    "PRIVATE_KEY with a company": ('"secretKey": "PRIVATE_KEY_ACME",\n', "password or secret"),
    "kind words with a digit": ('"client_secret": "KEY_SECRET_PRIVATE_1",\n',
                                "password or secret"),
    "password word and a company glued": ('"password": "PasswordAcme",\n', "password or secret"),
    "kind words and digits hyphenated": ("password: API-Password-2024\n", "password or secret"),
    "a pipe joining a field name and a real password": (
        "Password  APIPassword|Hunter2024x!\n", "password or secret"),
    "a table row of a real password": (
        "| User | Password |\n| --- | --- |\n| admin | Tr0ub4dor&3 |\n", "password or secret"),
    "front matter password": ("---\npassword: Sunflower2024!\n---\n", "password or secret"),
    "HTML cell password": ("<table><tr><td>Password</td><td>Sunflower2024!</td></tr></table>\n",
                           "password or secret"),
    "a private key under public with private named": (
        f"public: {_CURVE_KEY}  # our private key\n", "API key or token"),
    "a preshared key under public": (
        f"```yaml\npublic: {_CURVE_KEY} # preshared\n```\n", "API key or token"),
    "a key under private": (f"```yaml\nkeys:\n  private: {_CURVE_KEY}\n```\n",
                            "API key or token"),
    "a password under public": ("```yaml\npublic: Sunflower2024!\npassword: Sunflower2024!\n```\n",
                                "password or secret"),
    "a secret token under a public-named line": (
        "public: ghp_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyjWD\n", "API key or token"),
    "WireGuard PrivateKey": (f"PrivateKey = {_CURVE_KEY}\n", "API key or token"),
    "a quoted ticket's password": ("> Customer: my password is Sunflower2024!\n",
                                   "password or secret"),
}
"""Leaks beside them: each must stay an error (an error of `kind`)."""


@pytest.fixture(scope="module")
def findings() -> dict[str, list[tuple[str, bool]]]:
    """Every text scanned once: (kind, advisory) of each finding."""
    texts = {**KEPT, **{name: text for name, (text, _) in LEAKS.items()}}
    return {name: [(f.kind, f.advisory) for f in scan(text)] for name, text in texts.items()}


@pytest.mark.parametrize("name", KEPT)
def test_no_ones_value_passes(findings: dict[str, list[tuple[str, bool]]], name: str) -> None:
    assert [kind for kind, advisory in findings[name] if not advisory] == []


@pytest.mark.parametrize("name", LEAKS)
def test_leak_stays_refused(findings: dict[str, list[tuple[str, bool]]], name: str) -> None:
    kind = LEAKS[name][1]
    assert (kind, False) in findings[name]
