"""`site_url` without its scheme (`help.example.com`): `kbgen check` passed, then `kbgen build`
stopped with MkDocs' "Config value 'site_url': The URL isn't valid", naming neither the file
nor the line. Both now refuse it at its line, and `--site-url` as a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.helpers import run_cli

FIX = "is not a full address: write it with https:// and the host"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site_url") / "help"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kbgen.cli.in_terminal", lambda: False)
        assert CliRunner().invoke(cli, ["init", str(target)]).exit_code == 0
    return target


def with_site_url(project: Path, line: str) -> int:
    """Write `line` in place of mkdocs.yml's site_url line; its line number."""
    settings = project / "mkdocs.yml"
    lines = settings.read_text(encoding="utf-8").splitlines()
    number = next(i for i, text in enumerate(lines) if text.startswith("site_url:"))
    lines[number] = line
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number + 1


@pytest.mark.parametrize("value", ["help.example.com", "help.example.com/support/",
                                   "//help.example.com/", "https:/help.example.com", "8080"])
def test_check_and_build_refuse_a_site_url_mkdocs_refuses_at_its_line(
        project: Path, value: str) -> None:
    number = with_site_url(project, f"site_url: {value}")
    expected = f"mkdocs.yml:{number}: error: site_url '{value}' {FIX}"
    checked = run_cli("check", cwd=project)
    assert checked.returncode == 1 and expected in checked.stderr
    built = run_cli("build", "-d", "out", cwd=project)
    assert built.returncode == 1 and expected in built.stderr
    assert "Config value" not in built.stderr + built.stdout
    assert not (project / "out").exists()


@pytest.mark.parametrize("value", ["https://help.example.com/", "http://localhost:8000/docs/",
                                   '""', "!ENV [SITE_URL, 'https://help.example.com/']"])
def test_a_full_address_an_empty_one_or_the_environments_is_taken(project: Path,
                                                                   value: str) -> None:
    with_site_url(project, f"site_url: {value}")
    checked = run_cli("check", cwd=project)
    assert "site_url" not in checked.stdout + checked.stderr, checked.stderr


def test_a_site_url_option_without_scheme_is_a_usage_error(project: Path) -> None:
    with_site_url(project, "site_url: https://help.example.com/")
    built = run_cli("build", "-d", "out", "--site-url", "example.github.io/help/", cwd=project)
    assert built.returncode == 2
    assert f"Invalid value for '--site-url': 'example.github.io/help/' {FIX}" in built.stderr
    assert not (project / "out").exists()
