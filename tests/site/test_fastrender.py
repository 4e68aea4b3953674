"""The fast renderer (kbgen.site.fastrender) changes no byte: the sample and a generated site
built with it and without it (`fast_render: false`) are the same, file for file."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

from bench.site_diff import differences
from kbgen.commands.build import build
from tests.conftest import REPO
from tests.helpers import bench_module

KBGEN_LINE = re.compile(r"^( *)- kbgen(?:[ \t]+#.*)?$", re.MULTILINE)


def _slow(config: Path) -> None:
    """Turn the fast renderer off in a project's mkdocs.yml."""
    text = config.read_text(encoding="utf-8")
    assert KBGEN_LINE.search(text), "the project lists the kbgen plugin"
    config.write_text(KBGEN_LINE.sub(r"\1- kbgen:\n\1    fast_render: false", text, count=1),
                      encoding="utf-8")


def test_the_sample_is_byte_identical_without_the_fast_renderer(sample_site: Path,
                                                                tmp_path: Path) -> None:
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    _slow(tmp_path / "mkdocs.yml")
    slow = build(tmp_path / "mkdocs.yml", tmp_path / "site", strict=True)
    assert (slow / "articles").is_dir()
    assert differences(sample_site, slow) == []


def test_a_generated_site_rendered_by_workers_is_byte_identical_without_them(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import datetime as dt

    project = tmp_path / "project"
    bench_module("generate").generate(project, 60, seed=5, as_of=dt.date(2026, 1, 15), team_size=6)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  kb:\n" in text
    config.write_text(text.replace("\n  kb:\n", "\n  kb:\n    build_workers: 2\n", 1),
                      encoding="utf-8")
    with caplog.at_level(logging.INFO):
        fast = build(config, tmp_path / "fast", strict=True)
    assert "pages in 2 processes" in caplog.text  # the workers rendered the articles
    caplog.clear()
    _slow(config)
    with caplog.at_level(logging.INFO):
        slow = build(config, tmp_path / "slow", strict=True)
    assert "Rendering" not in caplog.text and "Documentation built" in caplog.text
    assert len(list((fast / "articles").rglob("*.html"))) >= 60
    assert differences(fast, slow) == []
