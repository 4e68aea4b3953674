"""`kbgen search` on a Japanese help centre said why a result matched in pairs of characters,
sorted (`matched title: スワ, パス, ワー, ード` for `パスワード`): the pairs that follow each other
in the query are now shown as the stretch of the query they spell."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands.matched_words import joined
from tests.helpers import run_cli


@pytest.mark.parametrize(("terms", "query", "shown"), [
    (["スワ", "パス", "ワー", "ード"], "パスワード", ["パスワード"]),
    (["ない", "らな", "カメ", "メラ"], "カメラの電源が入らない", ["カメラ", "らない"]),
    (["ない", "電源"], "カメラの電源が入らない", ["ない", "電源"]),  # apart: each as it was
    (["密码", "重置"], "重置密码", ["密码", "重置"]),  # 置密 is not matched: not joined
    (["パス", "スワ"], "ﾊﾟｽﾜｰﾄﾞ", ["パスワ"]),  # half-width, read as full-width
    (["router", "ない", "らな"], "router 入らない", ["らない", "router"]),
    (["camera", "router"], "camera router", ["camera", "router"]),  # untouched
    (["スワ", "パス"], "", ["スワ", "パス"]),  # no query: as they were
])
def test_consecutive_pairs_are_shown_as_the_querys_words(terms: list[str], query: str,
                                                          shown: list[str]) -> None:
    assert joined(terms, query) == shown


def test_search_and_new_show_the_words_a_japanese_reader_typed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    project = tmp_path / "help"
    assert CliRunner().invoke(cli, ["init", str(project), "--language", "ja"]).exit_code == 0
    (project / "content/articles/account/パスワードを忘れた.md").write_text(
        "---\ntitle: パスワードを忘れた\n"
        "summary: サインイン画面から再設定用のメールを受け取れます。\n"
        "symptoms:\n  - パスワードを忘れてサインインできない\nstatus: published\n---\n\n"
        "## 解決方法\n\n1. **パスワードをお忘れですか?** を選びます。\n", encoding="utf-8")
    found = run_cli("search", "パスワード", cwd=project)
    assert found.returncode == 0, found.stderr
    matched = [line for line in found.stdout.splitlines() if "matched" in line][0]
    assert matched.startswith("   matched title: パスワード; symptoms: パスワード")
    shown = [term for field in matched.split(" (score")[0].split("; ")
             for term in field.split(": ", 1)[1].split(", ")]
    assert shown and set(shown) == {"パスワード"}
    new = run_cli("new", "-c", "account", "-t", "パスワードを変更できない", cwd=project)
    assert "matched title: パスワード" in new.stdout, new.stdout
