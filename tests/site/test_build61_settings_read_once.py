"""mkdocs.yml is read once a build (kbgen.core.published_settings.read_settings) and handed to
every check of it: kbgen's settings, the interface wording's overrides, the publishing gate's
settings, the theme's names and the web fonts; each still reports at its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kbgen.core import published_settings
from tests.conftest import MINI_CONFIG, article
from tests.helpers import run_cli


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `read_settings` composed (one a read of mkdocs.yml)."""
    composed: list[str] = []
    compose = yaml.compose

    def spy(text: str, Loader: Any = None) -> Any:  # noqa: N803  (yaml's own name)
        if Loader is published_settings._SettingsLoader:
            composed.append(text)
        return compose(text, Loader=Loader)

    monkeypatch.setattr(published_settings.yaml, "compose", spy)
    return composed


def test_a_build_reads_mkdocs_yml_once(build_project: Callable[..., Path],
                                       reads: list[str]) -> None:
    site = build_project({"content/articles/billing/card.md": article()})
    assert (site / "articles/billing/card.html").is_file()
    assert len(reads) == 1


def test_every_check_of_the_settings_still_reports_at_its_line(
        write_project: Callable[..., Path], reads: list[str]) -> None:
    config = MINI_CONFIG.replace("  font: false\n", "  font:\n    text: Roboto\n"
                                 "  icon:\n    logo: material/no-such-icon-here\n")
    config += "copyright: Call Jane on +1 415 555 0132\n"
    project = write_project({"mkdocs.yml": config,
                             "content/articles/billing/card.md": article()}).parent
    result = run_cli("build", "--strict", cwd=project)
    assert result.returncode == 1
    lines = config.splitlines()
    font = lines.index("  font:") + 1
    icon = lines.index("    logo: material/no-such-icon-here") + 1
    leak = len(lines)
    assert f"mkdocs.yml:{font}: error: theme.font:" in result.stderr
    assert f"mkdocs.yml:{icon}: error: theme.icon.logo:" in result.stderr
    assert f"mkdocs.yml:{leak}: error: phone number (+1" in result.stderr
    assert len(reads) == 1
