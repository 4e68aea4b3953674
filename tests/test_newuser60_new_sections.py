"""`kbgen new` on a Japanese site wrote the headings 症状, 原因 and 解決方法 and then said "Write
the Symptoms, Cause and Resolution": it now names the headings the file has."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli


@pytest.mark.parametrize(("language", "sections"), [
    ("ja", "症状, 原因 and 解決方法"),
    ("de", "Symptome, Ursache and Lösung"),
    ("en", "Symptoms, Cause and Resolution"),
])
def test_new_names_the_sections_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         language: str, sections: str) -> None:
    monkeypatch.setattr("kbgen.cli.in_terminal", lambda: False)
    project = tmp_path / "help"
    made = CliRunner().invoke(cli, ["init", str(project), "--language", language])
    assert made.exit_code == 0, made.output
    category = sorted(p.name for p in (project / "content/articles").iterdir())[0]
    done = run_cli("new", "-c", category, "-t", "Lens fogs up", cwd=project)
    assert done.returncode == 0, done.stderr
    written = next((project / "content/articles" / category).glob("lens*.md"))
    headings = [line[3:] for line in written.read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    assert sections == f"{', '.join(headings[:2])} and {headings[2]}"
    assert done.stdout.rstrip().endswith(
        f"(status: draft). Write the {sections}, then run kbgen check and preview with"
        " kbgen serve.")
