"""Generated projects the incremental tests build once per module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.generate import generate
from kbgen.commands.build import build
from tests.incremental.test_unchanged import settle


def built_project(tmp_path_factory: pytest.TempPathFactory, name: str, articles: int, *,
                  seed: int, team_size: int,
                  adjust: Callable[[Path], None] | None = None) -> Path:
    """A generated project of `articles` (dated 1 November 2026), changed by `adjust` if
    given, settled and built once with --strict: its `mkdocs.yml`."""
    root = tmp_path_factory.mktemp(name) / "project"
    generate(root, articles, seed=seed, as_of=dt.date(2026, 11, 1), team_size=team_size)
    if adjust is not None:
        adjust(root)
    settle(root)
    build(root / "mkdocs.yml", root / "site", strict=True)
    return root / "mkdocs.yml"
