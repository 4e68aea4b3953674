"""A translation's link to a default-language article that is a draft or internal (issue 19):
the build makes such a link the default language's page (kbgen.site.languages.default_links),
which a draft has not, so the link was broken in the site while `kbgen check` passed. Both now
refuse it as they refuse any public article's link to a draft, with the same message at the
link's line. A small English and German project: the German article links an English one
as an import writes it (`../../../../content/articles/wifi/hub.md`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

HUB = "content/articles/wifi/hub.md"
GERMAN = "translations/de/articles/wifi/thermostat.md"
LINK_LINE = 10
"""The German article's line with the link (after 6 lines of front matter, a blank line,
the heading and a blank line)."""


def _sample(root: Path, status: str, german: str = "published") -> Path:
    project = root / status
    write_files(project, {
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, de]\n",
        "content/index.md": "# Help\n", "content/_data/categories.yml": MINI_CATEGORIES,
        HUB: article("The hub blinks red", status),
        "content/articles/wifi/thermostat.md": article("The thermostat is offline"),
        "translations/de/index.md": "# Hilfe\n",
        "translations/de/_data/categories.yml": MINI_CATEGORIES,
        GERMAN: article("Das Thermostat ist offline", german, body=(
            "## Lösung\n\nBlinkt der Hub rot, hilft [die englische Seite]"
            f"(../../../../{HUB}#symptoms).\n"))})
    return project


def _lines(project: Path, result: Result) -> list[str]:
    """The output's lines, paths relative to the project."""
    return result.output.replace(f"{project}/", "").splitlines()


def _expected(status: str) -> str:
    return (f"{GERMAN}:{LINK_LINE}: error: link to '../../../../{HUB}' points to an"
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
    assert _expected("draft") in _lines(project, checked), checked.output


def test_build_says_the_same_and_publishes_nothing(drafted: tuple[Path, Result, Result]
                                                   ) -> None:
    project, _, built = drafted
    assert built.exit_code == 1 and "Traceback" not in built.output
    assert _expected("draft") in _lines(project, built), built.output
    assert not (project / "site" / "de").exists()


def test_an_internal_article_too(tmp_path: Path) -> None:
    project = _sample(tmp_path, "internal")
    checked = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    assert _expected("internal") in _lines(project, checked), checked.output


def test_a_draft_translation_may_link_a_draft(tmp_path: Path) -> None:
    project = _sample(tmp_path, "draft", german="draft")
    checked = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    assert "not published" not in checked.output, checked.output
