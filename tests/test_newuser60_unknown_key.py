"""A misspelt key (`auther:`, `sumary:`) was an error listing some twenty known keys, which a
new user read through to find the one meant: the nearest known key is now named first."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("keys") / "help"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kbgen.cli.in_terminal", lambda: False)
        assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    return target


@pytest.mark.parametrize(("key", "meant"), [
    ("auther", "author"), ("sumary", "summary"), ("Status", "status"), ("symptom", "symptoms"),
    ("relatd", "related"), ("tag", "tags"), ("colour", None), ("owner", None),
])
def test_a_misspelt_article_key_names_the_one_meant(project: Path, key: str,
                                                    meant: str | None) -> None:
    path = project / "content/articles/account/typo.md"
    path.write_text(f"---\ntitle: A typo\nsummary: One step fixes it.\nstatus: published\n"
                    f"errors: [E_TYPO]\n{key}: x\n---\n\nText.\n", encoding="utf-8")
    try:
        lines = [line for line in run_cli("check", cwd=project).stdout.splitlines()
                 if f"unknown key '{key}'" in line]
    finally:
        path.unlink()
    hint = f" (did you mean '{meant}'?)" if meant else ""
    assert lines and lines[0].startswith(
        f"content/articles/account/typo.md:6: error: unknown key '{key}'{hint}; known keys:")


def test_a_misspelt_profile_or_setting_names_the_one_meant(project: Path) -> None:
    profile = project / "content/team/sam.yml"
    profile.write_text("name: Sam\nrol: Agent\n", encoding="utf-8")
    try:
        out = run_cli("check", cwd=project).stdout
    finally:
        profile.unlink()
    assert "content/team/sam.yml:2: error: unknown key 'rol' (did you mean 'role'?)" in out
    settings = project / "mkdocs.yml"
    kept = settings.read_text(encoding="utf-8")
    settings.write_text(kept.replace("    recent_articles:", "    recent_article:"),
                        encoding="utf-8")
    try:
        said = run_cli("check", cwd=project).stderr
    finally:
        settings.write_text(kept, encoding="utf-8")
    assert "unknown key 'recent_article' (did you mean 'recent_articles'?)" in said
