"""Session fixtures for small projects that test modules in different folders build alike:
defined here (a plugin, tests/conftest.py `pytest_plugins`), each is built once per session,
not once per module that imports it (a fixture imported into two modules is two fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.fixture(scope="session")
def world_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The six-language project of tests/site/test_world_languages.py, built with `kbgen
    build` once for it and tests/browser/test_world_languages.py: the site, and what the
    build said. Read-only."""
    from tests.site.test_world_languages import world_project

    config = world_project(tmp_path_factory.mktemp("world"))
    built = run_cli("build", cwd=config.parent)
    assert built.returncode == 0, built.stderr
    return config.parent / "site", built.stdout + built.stderr
