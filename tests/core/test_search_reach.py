"""Every script is searchable on an English site: kbgen reads the letters, marks and digits of
any script (lunr's own trimmer kept ASCII letters only, so a Russian or Japanese title was never
found). Where a language's own trimmer still drops a script (lunr-languages' German, French,
Spanish and Portuguese read Latin letters), `kbgen check` says which title words search cannot
find, instead of shipping a search box that silently never answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.search_reach import unreadable_words
from tests.conftest import article

TITLES = {
    "content/articles/wifi/ошибка-входа.md": article("Ошибка входа в приложение Hearthly"),
    "content/articles/wifi/ログインできない.md": article("ログインできない"),
    "content/articles/billing/hindi.md": article("भुगतान विफल हिन्दी"),
    "content/articles/billing/cafe.md": article("Can't pay at the café, Überweisung"),
}


@pytest.mark.parametrize("query, path", [
    ("входа", "articles/wifi/ошибка-входа.md"),
    ("ПРИЛОЖЕНИЕ", "articles/wifi/ошибка-входа.md"),
    ("ログイン", "articles/wifi/ログインできない.md"),  # no spaces: found by its start
    ("हिन्दी", "articles/billing/hindi.md"),  # a vowel sign at the word's end is kept
    ("café", "articles/billing/cafe.md"),
])
def test_words_of_any_script_are_found(write_project: Callable[..., Path],
                                       monkeypatch: pytest.MonkeyPatch, query: str,
                                       path: str) -> None:
    config = write_project(TITLES)
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["search", query, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["path"].endswith(path)
    check = CliRunner().invoke(cli, ["check"]).output
    assert "search cannot find" not in check


def test_a_language_reading_latin_letters_names_the_words_it_drops() -> None:
    assert unreadable_words("Ошибка входа в приложение Hearthly", "de") == [
        "Ошибка", "входа", "в", "приложение"]
    assert unreadable_words("Ошибка входа в приложение Hearthly", "en") == []
    assert unreadable_words("Zahlung fehlgeschlagen, Überweisung", "de") == []
