"""A help centre started with `kbgen init --language ja` (a language kbgen has no example text
for) publishes init's three English example articles under three English category titles; init
said "`kbgen check` points at the lines to write in Japanese", and check pointed at none of
them. It now warns at each title still init's, and says nothing once it is the site's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli

EXAMPLE = "kbgen init's English example"


def started(target: Path, *flags: str) -> Path:
    result = CliRunner().invoke(cli, ["init", str(target), *flags])
    assert result.exit_code == 0, result.output
    return target


def told(project: Path) -> list[str]:
    """`path:line` of each warning about init's example articles and categories."""
    lines = run_cli("check", cwd=project).stdout.splitlines()
    return sorted(line.split(": warning: ")[0] for line in lines
                  if f"{EXAMPLE} article" in line or f"{EXAMPLE} category" in line)


def title_lines(project: Path) -> list[str]:
    """`path:line` of every `title:` line of the example articles and categories.yml."""
    found = []
    for path in [*sorted((project / "content/articles").rglob("*.md")),
                 project / "content/_data/categories.yml"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith("title:"):
                found.append(f"{path.relative_to(project).as_posix()}:{number}")
    return sorted(found)


def test_inits_english_examples_are_pointed_out_on_a_japanese_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    project = started(tmp_path / "help", "--language", "ja")
    assert told(project) == title_lines(project) and len(told(project)) == 6
    categories = project / "content/_data/categories.yml"
    categories.write_text(categories.read_text(encoding="utf-8").replace(
        "title: Billing and invoices", "title: お支払いと請求書"), encoding="utf-8")
    example = project / "content/articles/account/password-reset-email-does-not-arrive.md"
    example.write_text(example.read_text(encoding="utf-8").replace(
        "status: published", "status: draft"), encoding="utf-8")  # not shown to readers
    left = told(project)
    assert len(left) == 4
    assert not any("billing" in line.split(":")[0] and "categories" in line for line in left)
    assert not any(line.startswith("content/articles/account/") for line in left)
    example.unlink()
    (project / "content/articles/getting-started/getting-started-checklist.md").write_text(
        "---\ntitle: はじめてのセットアップ\nsummary: アカウントを作ってから最初にすること。\n"
        "status: published\n---\n\n## 手順\n\n1. アプリを開きます。\n", encoding="utf-8")
    assert [line.split(":")[0] for line in told(project)] == [
        "content/_data/categories.yml", "content/_data/categories.yml",
        "content/articles/billing/invoice-shows-the-wrong-company-name.md"]


def test_an_english_or_german_site_keeps_its_examples_unremarked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    assert told(started(tmp_path / "en")) == []
    assert told(started(tmp_path / "de", "--language", "de")) == []  # its examples are German


def test_init_says_the_site_name_is_english_only_when_it_is_inits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kbgen init --language ja --site-name "Sakura ヘルプ"` said the site name was in English."""
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    own = CliRunner().invoke(cli, ["init", str(tmp_path / "own"), "--language", "ja",
                                   "--site-name", "Sakura ヘルプ"])
    assert own.exit_code == 0, own.output
    assert "contact wording, description are in English" in own.output
    assert "site name" not in own.output.split("kbgen has no example text")[1].split("\n")[0]
    inits = CliRunner().invoke(cli, ["init", str(tmp_path / "inits"), "--language", "ja"])
    assert "contact wording, site name and description are in English" in inits.output
