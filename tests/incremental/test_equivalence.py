"""Always exactly right: after each edit of a seeded random sequence (add, edit, rename, move,
delete articles; a title other pages list; `related`, tags, authors, a profile, contact data,
synonyms, mkdocs.yml), a build that reuses the cache equals, byte for byte, a clean build of
the same content without any cache (unchanged pages hard-linked from the published site,
the others written; a quick build when only bodies or front matter changed, rendering only
the pages that showed what changed); `kbgen build`'s check that nothing changed says so
after no edit, and only then."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
from pathlib import Path
from random import Random

import pytest

from bench.edits import (
    FRONT_MATTER_EDITS,
    Project,
    change_status,
    change_tags,
    edit_body,
    plan,
)
from bench.generate import generate
from bench.site_diff import differences
from kbgen.commands.build import build
from kbgen.commands.unchanged import skip_if_unchanged
from kbgen.site import search_index
from tests.incremental.test_unchanged import settle

ARTICLES = 10
"""Enough for every edit of the plan (eight categories, `related` lists to retitle); each
build renders the site's generated pages too, so fewer articles barely cut what a build
proves (the size of the site is bench/incremental.py's job)."""
STEPS = 9
SEED = 14
KBGEN_LINE = re.compile(r"^( *)- kbgen$", re.MULTILINE)
WORKERS = "build_workers: 2\n"
"""The generated project renders its pages in two worker processes."""
WORKERS_LINE = re.compile(r"^( *)build_workers: *\d+ *$", re.MULTILINE)
QUICK = "Quick build:"
REUSED = re.compile(r"Build cache: (\d+) of (\d+) pages unchanged")
RENDERED = re.compile(r"Quick build: \d+ articles? changed since the last full build, (\d+) pages?"
                      r" rendered")
QUICK_KINDS = (edit_body, change_tags, *FRONT_MATTER_EDITS)
"""Edits a quick build may take (a new tag, or a page gone or new, is a full build)."""


def _clean_build(project: Path, where: Path) -> Path:
    """Copy the project without its cache and site, turn the cache off, build it in this
    process (a project whose builds render in worker processes, `build_workers`: pages
    rendered either way must be the same bytes, and a reference without workers costs about
    half the CPU)."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
    config = where / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert KBGEN_LINE.search(text)
    text = KBGEN_LINE.sub(r"\1- kbgen:\n\1    cache: false", text, count=1)
    config.write_text(WORKERS_LINE.sub(r"\1build_workers: 1", text), encoding="utf-8")
    return build(config, where / "site", strict=True)


def _project(tmp_path: Path) -> Path:
    """A generated project built once with two rendering processes (its cache filled, its
    record and snapshot kept)."""
    project = tmp_path / "project"
    generate(project, ARTICLES, seed=3, as_of=dt.date(2026, 11, 1), team_size=3)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  kb:\n", f"\n  kb:\n    {WORKERS}", 1), encoding="utf-8")
    settle(project)  # else its record vouches for no input, and the next build is a full one
    build(config, project / "site", strict=True)
    return config


def _reused(log: str) -> tuple[int, int]:
    found = REUSED.findall(log)
    assert found, "the build used its cache"
    reused, total = found[-1]
    return int(reused), int(total)


def test_incremental_builds_equal_clean_builds_after_every_edit(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = _project(tmp_path)
    project = config.parent
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
        quick = QUICK in caplog.text  # kbgen.site.quick_build: bodies or front matter
        assert not quick or edit in QUICK_KINDS or unchanged, what
        assert quick or edit not in FRONT_MATTER_EDITS or unchanged, what
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


def test_front_matter_edits_render_only_the_pages_that_show_them(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of front-matter edit (a listed title, `related`, tags, a summary, an
    author, a date, an order), two at a time, then a status: each build equals a clean
    one; the edits of pages that stay are quick builds rendering fewer pages than the site
    has (what the pages read, kbgen.site.page_reads), whose search index is patched, never
    made whole, and no document moves in it (they are in source order, which a retitle
    does not change); a page that goes is a full build."""
    config = _project(tmp_path)
    whole: list[int] = []
    compact = search_index.compact_index
    monkeypatch.setattr(search_index, "compact_index",
                        lambda *args, **kwargs: whole.append(1) or compact(*args, **kwargs))
    project = config.parent
    rng = Random(SEED)
    kinds = [*FRONT_MATTER_EDITS]
    rng.shuffle(kinds)
    steps = [kinds[at:at + 2] for at in range(0, len(kinds), 2)] + [[change_status]]
    for number, edits in enumerate(steps, 1):
        what = "; ".join(edit(rng, Project(project)) for edit in edits)
        settle(project)
        caplog.clear()
        whole.clear()
        with caplog.at_level(logging.INFO):
            incremental = build(config, project / "site", strict=True)
        rendered = RENDERED.findall(caplog.text)
        if edits == [change_status]:
            assert not rendered, what  # a page went or came: the full build
        else:
            assert rendered, f"not a quick build: {what}"
            assert 0 < int(rendered[-1]) < _pages(incremental), what
            assert not whole, f"the search index made whole: {what}"
        assert differences(incremental, _clean_build(project, tmp_path / "clean")) == [], \
            f"step {number}: {what}"


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))
