"""A translation's link to a default-language article that is a draft or internal (issue 19):
the build makes such a link the default language's page (kbgen.site.languages.default_links),
which a draft has not, so the link was broken in the site while `kbgen check` passed. Both now
refuse it as they refuse any public article's link to a draft, with the same message at the
link's line. The two-language sample (tests/fixtures/multilingual) with its German
thermostat article's link to the English hub article, which is made a draft, then internal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import REPO

HUB = "content/articles/wifi/hub-light-blinks-red.md"
GERMAN = "translations/de/articles/wifi/thermostat-offline-after-router-change.md"


def _sample(root: Path, status: str) -> Path:
    project = root / status
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    hub = project / HUB
    hub.write_text(hub.read_text(encoding="utf-8").replace("status: published",
                                                           f"status: {status}"),
                   encoding="utf-8")
    return project


def _lines(project: Path, result: Result) -> list[str]:
    """The output's lines, paths relative to the project."""
    return result.output.replace(f"{project}/", "").splitlines()


def _expected(project: Path, status: str) -> str:
    lines = (project / GERMAN).read_text(encoding="utf-8").split("\n")
    number = next(n for n, line in enumerate(lines, 1) if "hub-light-blinks-red.md" in line)
    return (f"{GERMAN}:{number}: error: link to '../../../../{HUB}' points to an"
            f" article that is {status}, not published")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result, Result]:
    """The sample with the hub article a draft: `check`'s and `build`'s outputs."""
    project = _sample(tmp_path_factory.mktemp("drafted"), "draft")
    config = str(project / "mkdocs.yml")
    checked = CliRunner().invoke(cli, ["check", "-f", config])
    built = CliRunner().invoke(cli, ["build", "-f", config, "-d", str(project / "site")])
    return project, checked, built


def test_check_refuses_the_link_at_its_line(drafted: tuple[Path, Result, Result]) -> None:
    project, checked, _ = drafted
    assert checked.exit_code == 1
    assert _expected(project, "draft") in _lines(project, checked), checked.output


def test_build_says_the_same_and_publishes_nothing(drafted: tuple[Path, Result, Result]
                                                   ) -> None:
    project, _, built = drafted
    assert built.exit_code == 1 and "Traceback" not in built.output
    assert _expected(project, "draft") in _lines(project, built), built.output
    assert not (project / "site" / "de").exists()


def test_an_internal_article_too(tmp_path: Path) -> None:
    project = _sample(tmp_path, "internal")
    checked = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    assert _expected(project, "internal") in _lines(project, checked), checked.output


def test_a_draft_translation_may_link_a_draft(tmp_path: Path) -> None:
    project = _sample(tmp_path, "draft")
    german = project / GERMAN
    german.write_text(german.read_text(encoding="utf-8").replace("status: published",
                                                                 "status: draft", 1),
                      encoding="utf-8")
    checked = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    assert "not published" not in checked.output, checked.output
