"""Passwords dressed as an option's listed choice stay found (rust58's attack on
kbgen/core/privacy/option_choices.py; the same texts are rows `rust58-option-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

HEADER = ("| Install required | Values | Default | Example |\n"
          "| :------: | :------: | :------: | :------: |\n")


def _section(heading: str, row: str) -> str:
    return f"### {heading}\n\n{HEADER}{row}\n"


DRESSED = [
    ("a password not among the listed choices",
     _section("approve-mode", "| N | password, click, password-click | password-click |"
              " `approve-mode=Tr0ub4dor3` |")),
    ("a password listed as a choice, with digits",
     _section("approve-mode", "| N | password, Tr0ub4dor3, click | password |"
              " `approve-mode=Tr0ub4dor3` |")),
    ("a random password listed as a choice",
     _section("approve-mode", "| N | Hx7pQ2vL, click, password-click | password-click |"
              " `approve-mode=Hx7pQ2vL` |")),
    ("a capitalised password listed as a choice",
     _section("approve-mode", "| N | Winter-Harbour-Password, click | password |"
              " `approve-mode=Winter-Harbour-Password` |")),
    ("a passphrase under a key naming a password",
     _section("admin-password", "| N | use-temporary-password, use-permanent-password |"
              " use-permanent-password | `admin-password=use-permanent-password` |")),
    ("a passphrase under a secret key",
     _section("client-secret", "| N | orange-password-harbour, click | password |"
              " `client-secret=orange-password-harbour` |")),
    ("a passphrase under a token key",
     _section("api-token", "| N | orange-password-harbour, click | password |"
              " `api-token=orange-password-harbour` |")),
    ("a passphrase under a pw key",
     _section("unlock-pw", "| N | orange-password-harbour, click | password |"
              " `unlock-pw=orange-password-harbour` |")),
    ("a passphrase under a credential key",
     _section("vpn-credential", "| N | orange-password-harbour, click | password |"
              " `vpn-credential=orange-password-harbour` |")),
    ("a listed choice under a heading naming another option",
     _section("Passwords", "| N | orange-password-harbour, click | password |"
              " `approve-mode=orange-password-harbour` |")),
    ("a listed choice in a table with no heading above",
     HEADER + "| N | orange-password-harbour, click | password |"
     " `approve-mode=orange-password-harbour` |\n"),
    ("a listed choice after a cell naming the password",
     _section("approve-mode", "| N | orange-password-harbour, click | password |"
              " `approve-mode=orange-password-harbour` |")),
    ("a listed choice after a cell saying the password is",
     _section("approve-mode", "| N | orange-password-harbour, click | the password is |"
              " `approve-mode=orange-password-harbour` |")),
    ("a choice list of one item",
     _section("approve-mode", "| N | orange-password-harbour | orange-password-harbour |"
              " `approve-mode=Tr0ub4dor3` |")),
    ("a value with digits after a listed default",
     _section("approve-mode", "| N | password, click, password-click | password-click |"
              " `approve-mode=password-click9` |")),
    ("a value with a symbol after a listed default",
     _section("approve-mode", "| N | password, click, password-click | password-click |"
              " `approve-mode=pass!word-click` |")),
    ("a password written bare in the example cell",
     _section("approve-mode", "| N | password, click, password-click | password-click |"
              " `Tr0ub4dor3` |")),
    ("random letters listed as a choice",
     _section("approve-mode", "| N | password, click, qzxkvbnmwt-password | password |"
              " `approve-mode=qzxkvbnmwt-password` |")),
    ("a password in the default cell",
     _section("approve-mode", "| N | password, click, password-click | Tr0ub4dor3 |"
              " `approve-mode=password-click` |")),
    ("a listed passphrase under a heading in another language",
     _section("승인 모드", "| N | orange-password-harbour, click | orange-password-harbour |"
              " `approve-mode=orange-password-harbour` |")),
    ("a password key's row in an option section",
     _section("approve-mode", "| password | Tr0ub4dor3 | password-click |"
              " `approve-mode=password-click` |")),
]


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_a_password_dressed_as_an_options_choice_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if not f.advisory], case
