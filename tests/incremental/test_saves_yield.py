"""Saves that build (new articles) while the work of the save before is still to come, in
process: a text save's search index, asked for and not begun (kbgen.site.quick_edit.QUIET_S),
is dropped rather than made beside the build (a CPU shared at 10,000 articles), the build's
catch-up writes an index holding both saves; a catch-up stopped while it asked the record
which pages to render (~1 s at 10,000 articles) stops at once, and the next catch-up
narrows against the record before it instead of rendering every page. Each ends equal to a
clean preview."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.edits import set_key
from bench.site_diff import differences
from kbgen.site import quick_edit, search_index
from kbgen.site.preview_reads import PreviewReads
from tests.helpers import site_search
from tests.incremental.test_saves_during_catch_up import (
    NARROWED,
    _caught_up,
    _preview,
    _project,
)


def test_a_new_article_right_after_a_text_save_drops_its_index_and_writes_both(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the next save comes "within QUIET_S" whatever the machine's load (CI saw the first
    # update take longer than 0.5 s): the wait made long, the index dropped or not is exact
    monkeypatch.setattr(quick_edit, "QUIET_S", 5.0)
    made_apart: list[Path] = []  # this preview's, not an earlier test's thread still running
    write_index = search_index.write_index

    def writes(site_dir: Path, made: Any) -> None:
        if threading.current_thread().name == "kbgen-search-index":
            made_apart.append(Path(site_dir))
        write_index(site_dir, made)
    monkeypatch.setattr(search_index, "write_index", writes)
    config = write_project(_project())
    articles = sorted((config.parent / "content/articles").rglob("*.md"))
    with caplog.at_level(logging.INFO):
        preview = _preview(config)
        _caught_up(preview)
        text = articles[1].read_text(encoding="utf-8")
        articles[1].write_text(text + "\nA wombat ate the cable.\n", encoding="utf-8")
        assert preview.update({articles[1]})  # the fast lane: its index asked for
        assert "(only its text changed" in caplog.text
        new = articles[0].with_name("new-problem.md")
        new.write_text(set_key(articles[0].read_text(encoding="utf-8"), "title",
                               "Numbat in the router"), encoding="utf-8")
        assert preview.update({new})  # within QUIET_S: the text's index dropped
        _caught_up(preview)
        preview.search.wait()
    site = preview.site_dir
    assert site not in made_apart  # the text's index was never made apart
    assert any("problem-1" in found for found in site_search(site, "wombat"))
    assert any("new-problem" in found for found in site_search(site, "numbat"))

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []


def _new_article(config: Path, name: str) -> set[Path]:
    source = sorted((config.parent / "content/articles").rglob("problem-*.md"))[0]
    new = source.with_name(f"{name}.md")
    new.write_text(set_key(source.read_text(encoding="utf-8"), "title", name.title()),
                   encoding="utf-8")
    return {new}


def test_a_build_during_the_narrowing_before_it_narrows_against_the_record_before(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch,
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    config = write_project(_project())
    asking, slow = threading.Event(), threading.Event()
    to_render = PreviewReads.to_render

    def slowly(reads: PreviewReads, *args: Any) -> set[str] | None:  # as at 10,000 articles
        if slow.is_set():
            slow.clear()
            asking.set()
            stopping = args[3]
            while not stopping():
                time.sleep(0.01)
        return to_render(reads, *args)
    monkeypatch.setattr(PreviewReads, "to_render", slowly)
    with caplog.at_level(logging.INFO):
        preview = _preview(config)
        _caught_up(preview)
        assert preview.update(_new_article(config, "first-new"))  # a record from here on
        _caught_up(preview)
        slow.set()
        assert preview.update(_new_article(config, "second-new"))
        assert asking.wait(60)  # its catch-up asks the record which pages to render
        assert preview.update(_new_article(config, "third-new"))  # stops it at once
        _caught_up(preview)
    rendered = [(int(left), int(waiting)) for left, waiting in NARROWED.findall(caplog.text)]
    assert len(rendered) == 2  # the first new article's catch-up, then the third's
    left, waiting = rendered[-1]
    assert left < waiting / 2, rendered  # narrowed: not every page

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []
