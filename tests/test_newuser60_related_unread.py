"""An article whose `related` names an article that failed to load (an impossible date in its
front matter) was told "related article '...' does not exist; check the slug": a new user
looked for a typo in a slug that was right. It now names the file and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli

ARTICLE = ("---\ntitle: {title}\nsummary: {title} fixed by one step.\nerrors: [{code}]\n"
           "{extra}status: published\n---\n\n## Resolution\n\n1. Do the step.\n")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    target = tmp_path / "help"
    assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    return target


def write(project: Path, path: str, title: str, code: str, extra: str = "") -> None:
    (project / "content/articles" / path).write_text(
        ARTICLE.format(title=title, code=code, extra=extra), encoding="utf-8")


def related_errors(project: Path) -> list[str]:
    return [line for line in run_cli("check", cwd=project).stdout.splitlines()
            if "related article" in line]


def test_a_related_article_that_failed_to_load_is_named_with_its_file(project: Path) -> None:
    write(project, "account/camera-offline.md", "Camera offline", "E_OFF",
          "related: [パスワードを忘れた, no-such-article]\n")
    write(project, "billing/パスワードを忘れた.md", "Forgot password", "E_PW",
          "created: 2026-02-30\n")
    errors = related_errors(project)
    assert errors[0] == (
        "content/articles/account/camera-offline.md:5: error: related article 'パスワードを忘れた'"
        " (articles/billing/パスワードを忘れた.md) could not be read: fix the errors reported"
        " for that file")
    # no file of that name: as before
    assert [e.split(": error: ")[1] for e in errors[1:]] == [
        "related article 'no-such-article' does not exist; check the slug (the file name"
        " without .md)"]
    write(project, "billing/パスワードを忘れた.md", "Forgot password", "E_PW")
    assert len(related_errors(project)) == 1  # read now: only the missing one is said


def test_a_translation_of_an_article_that_failed_to_load_names_its_file(tmp_path: Path) -> None:
    """The same in a translation: "translation_of: no article 'charged-twice' in content/"
    while content/articles/billing/charged-twice.md was there with an impossible date."""
    import shutil

    from tests.conftest import REPO

    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    original = project / "content/articles/billing/charged-twice.md"
    text = original.read_text(encoding="utf-8")
    assert "\nupdated: " in text
    original.write_text(text.replace("\nupdated: ", "\nupdated: 2026-02-30\nold_updated: ", 1),
                        encoding="utf-8")
    said = run_cli("check", cwd=project).stdout
    line = next(line for line in said.splitlines() if "doppelt-abgebucht.md" in line
                and "translation_of" in line)
    assert line.endswith(": error: translation_of: the article 'charged-twice'"
                         " (content/articles/billing/charged-twice.md) could not be read: fix"
                         " the errors reported for that file")
    assert "no article 'charged-twice'" not in said
