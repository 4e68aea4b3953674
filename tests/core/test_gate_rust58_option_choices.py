"""An option's example set to a choice its own table row lists passes the gate; a password
dressed as one does not (kbgen/core/privacy/option_choices.py). Rows from RustDesk's option
reference (advanced-settings), where main found 24 passwords in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

HEADER = ("| Install required | Values | Default | Example |\n"
          "| :------: | :------: | :------: | :------: |\n")


def _section(heading: str, row: str) -> str:
    return f"### {heading}\n\nAccept incoming connections.\n\n{HEADER}{row}\n"


OPTION_ROWS = [
    _section("approve-mode", "| N | password, click, password-click | password-click |"
             " `approve-mode=password-click` |"),
    _section("verification-method", "| N | use-temporary-password, use-permanent-password,"
             " use-both-passwords | use-both-passwords |"
             " `verification-method=use-permanent-password` |"),
    # the Chinese pages' row: the install column translated
    _section("verification-method", "| 否 | use-temporary-password, use-permanent-password,"
             " use-both-passwords | use-both-passwords |"
             " `verification-method=use-permanent-password` |"),
    # a heading naming several options
    _section("approve-mode / verification-method", "| N | password, click, password-click"
             " | password-click | `approve-mode=click` |"),
]


@pytest.mark.parametrize("text", OPTION_ROWS)
def test_an_options_listed_choice_is_no_password(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []


def test_each_row_is_judged_in_its_own_section() -> None:
    """The rule reads the heading above each row, not the page's first."""
    text = OPTION_ROWS[0] + "\n### Passwords\n\n" + HEADER + (
        "| N | password, click, password-click | password-click | `approve-mode=Tr0ub4dor3` |\n")
    found = [f for f in scan(text) if not f.advisory]
    assert [f.line for f in found] == [text.split("\n").index(
        "| N | password, click, password-click | password-click | `approve-mode=Tr0ub4dor3` |") + 1]
