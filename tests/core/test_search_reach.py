"""Words the site's search cannot read (any script but Latin, for now) are pointed out by
`kbgen check`, so a help centre written in Russian or Japanese learns why its search finds
nothing, instead of shipping a search box that silently never answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import article


def test_check_names_title_words_search_cannot_find(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_project({
        "content/articles/wifi/ошибка-входа.md": article("Ошибка входа в приложение Hearthly"),
        "content/articles/wifi/ログインできない.md": article("ログインできない"),
        "content/articles/billing/cafe.md": article("Can't pay at the café, Überweisung"),
    })
    monkeypatch.chdir(config.parent)
    output = CliRunner().invoke(cli, ["check"]).output
    lines = [line for line in output.splitlines() if "search cannot find" in line]
    assert lines == [
        "content/articles/wifi/ошибка-входа.md:2: warning: search cannot find the words"
        " 'Ошибка', 'входа', 'в', 'приложение' of the title: kbgen's search reads words in"
        " Latin letters only, for now; add the words customers type in Latin letters (names,"
        " error codes) to `symptoms` or `errors`",
        "content/articles/wifi/ログインできない.md:2: warning: search cannot find the words"
        " 'ログインできない' of the title: kbgen's search reads words in Latin letters only,"
        " for now; add the words customers type in Latin letters (names, error codes) to"
        " `symptoms` or `errors`"]
