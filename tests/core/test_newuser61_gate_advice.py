"""The gate's advice names the setting that accepts a company's own value. It said "add it to
the allow-list" for phone numbers, and nothing for e-mail addresses, so a new user importing
F-Droid's site (`board-nominations@f-droid.org`, 5 findings) had to search the README for
`extra.kb.privacy`. Each named setting is checked to be one kbgen reads: the value it names is
accepted once it is listed there. (Internal host names keep "the allow-list": `kbgen check
--show-accepted` tells the site's own names by `allow_domains` in their line.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import article

CASES = [
    ("Write to board-nominations@f-droid.org.", "allow_emails", "board-nominations@f-droid.org"),
    ("Call our office on +49 30 1234 5678.", "allow_phones", "+49 30 1234 5678"),
]


@pytest.mark.parametrize(("line", "setting", "value"), CASES)
def test_the_advice_names_a_setting_that_accepts_the_value(
        line: str, setting: str, value: str, write_project: Callable[..., Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_project({"content/articles/billing/contact.md":
                            article(body=f"## Resolution\n\n{line}\n")})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [e for e in result.output.splitlines() if ": error: " in e]
    assert len(errors) == 1 and f"list it in extra.kb.privacy.{setting}" in errors[0], errors
    text = config.read_text(encoding="utf-8")
    assert "extra:" not in text  # the small project's settings: add the block
    config.write_text(f"{text}extra:\n  kb:\n    privacy:\n      {setting}: ['{value}']\n",
                      encoding="utf-8")
    again = CliRunner().invoke(cli, ["check"])
    assert ": error: " not in again.output, again.output
