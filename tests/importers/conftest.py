"""Importer fixtures: a fresh project made by `kbgen init`, and `kbgen import` run on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import REPO

EXPORTS = REPO / "tests" / "fixtures" / "import"


def new_project(target: Path) -> Path:
    """A new help centre made by `kbgen init` in `target`."""
    result = CliRunner().invoke(cli, ["init", str(target), "--company", "Acme",
                                      "--site-name", "Acme help"])
    assert result.exit_code == 0, result.output
    return target


def imported_project(root: Path, files: dict[str, str | bytes]) -> Path:
    """A new help centre in `root / "kb"` into which `kbgen import` brought a source folder of
    `files` (path -> text or bytes), the import having succeeded."""
    from tests.conftest import write_files

    project = new_project(root / "kb")
    write_files(root / "source", files, dedent_yaml=False)
    result = CliRunner().invoke(cli, ["import", "-f", str(project / "mkdocs.yml"),
                                      str(root / "source")])
    assert result.exit_code == 0, result.output
    return project


def imported_and_built(root: Path, files: dict[str, str | bytes]) -> tuple[Path, str, str]:
    """A small project in `root / "kb"` into which `kbgen import` brought a source folder of
    `files`, then built, both in their own process: the project, the import's output and the
    build's log (each having succeeded)."""
    from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
    from tests.hostile.refusals import run_in

    write_files(root / "old", files, dedent_yaml=False)
    write_files(root / "kb", {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                              "content/_data/categories.yml": MINI_CATEGORIES},
                dedent_yaml=False)
    code, output = run_in(root / "kb", "import", str(root / "old"))
    assert code == 0, output
    built, log = run_in(root / "kb", "build")
    assert built == 0, log
    return root / "kb", output, log


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A new help centre (its folder), as `kbgen init` makes it."""
    return new_project(tmp_path / "kb")


@pytest.fixture
def run_import(project: Path) -> Callable[..., Any]:
    """`kbgen import ARGS...` on the project; the CliRunner result."""
    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, ["import", "-f", str(project / "mkdocs.yml"), *args])
    return run


@pytest.fixture
def import_site(tmp_path: Path, run_import: Callable[..., Any]) -> Callable[..., Any]:
    """Write a site's files (path -> text) into a folder and `kbgen import` it into the
    project; the CliRunner result, which must have succeeded."""
    from tests.conftest import write_files

    def run(files: dict[str, str]) -> Any:
        write_files(tmp_path / "source", files, dedent_yaml=False)
        result = run_import(str(tmp_path / "source"))
        assert result.exit_code == 0, result.output
        return result
    return run
