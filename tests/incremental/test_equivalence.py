"""Always exactly right: after each edit of a seeded random sequence (add, edit, rename, move,
delete articles; a title other pages list; `related`, tags, authors, a profile, contact data,
synonyms, mkdocs.yml), a build that reuses the cache equals, byte for byte, a clean build of
the same content without any cache (unchanged pages hard-linked from the published site,
the others written; a quick build when only bodies changed); `kbgen build`'s check that
nothing changed says so after no edit, and only then."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
from pathlib import Path
from random import Random

import pytest

from bench.edits import Project, edit_body, plan
from bench.generate import generate
from bench.site_diff import differences
from kbgen.commands.build import build
from kbgen.commands.unchanged import skip_if_unchanged
from tests.incremental.test_unchanged import settle

ARTICLES = 16
STEPS = 9
SEED = 14
KBGEN_LINE = re.compile(r"^( *)- kbgen$", re.MULTILINE)
QUICK = "Quick build:"
REUSED = re.compile(r"Build cache: (\d+) of (\d+) pages unchanged")


def _clean_build(project: Path, where: Path) -> Path:
    """Copy the project without its cache and site, turn the cache off, build it."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
    config = where / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert KBGEN_LINE.search(text)
    config.write_text(KBGEN_LINE.sub(r"\1- kbgen:\n\1    cache: false", text, count=1),
                      encoding="utf-8")
    return build(config, where / "site", strict=True)


def _reused(log: str) -> tuple[int, int]:
    found = REUSED.findall(log)
    assert found, "the build used its cache"
    reused, total = found[-1]
    return int(reused), int(total)


def test_incremental_builds_equal_clean_builds_after_every_edit(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = tmp_path / "project"
    generate(project, ARTICLES, seed=3, as_of=dt.date(2026, 11, 1), team_size=3)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  kb:\n", "\n  kb:\n    build_workers: 2\n", 1),
                      encoding="utf-8")
    build(config, project / "site", strict=True)  # fills the cache
    rng = Random(SEED)
    for number, edit in enumerate(plan(SEED, STEPS), 1):
        what = edit(rng, Project(project))
        settle(project)  # else no build vouches for its inputs: they just changed
        clean = _clean_build(project, tmp_path / "clean")
        unchanged = skip_if_unchanged(config, project / "site", True, None) is not None
        if unchanged:  # a no-op edit
            assert edit is not edit_body, what
            assert differences(project / "site", clean) == [], f"skipped {number}: {what}"
        caplog.clear()
        with caplog.at_level(logging.INFO):
            incremental = build(config, project / "site", strict=True)
        quick = QUICK in caplog.text  # kbgen.site.quick_build: only bodies changed
        assert not quick or edit is edit_body or unchanged, what
        if edit is edit_body and not quick:  # only the edited article is rendered again
            reused, total = _reused(caplog.text)
            assert reused == total - 1, what
        assert differences(incremental, clean) == [], f"step {number}: {what}"
    caplog.clear()
    with caplog.at_level(logging.INFO):
        build(config, project / "site", strict=True)
    if QUICK in caplog.text:  # nothing changed: nothing rendered, every file linked
        assert "0 articles changed since the last full build, 0 pages rendered" in caplog.text
    else:  # (after a full build) every page comes from the cache, none written again
        reused, total = _reused(caplog.text)
        assert reused == total > ARTICLES
        assert f"({total} linked from the published site)" in caplog.text
    assert skip_if_unchanged(config, project / "site", True, None) is not None
    assert differences(project / "site", clean) == []
