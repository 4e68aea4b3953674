"""A save that builds (a new article) right after a text save, in process: the text save's
search index, asked for and not begun (kbgen.site.quick_edit.QUIET_S), is dropped rather
than made beside the build (a CPU shared at 10,000 articles); the build's catch-up then
writes the index, which holds both saves, and the preview equals a clean one."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.edits import set_key
from bench.site_diff import differences
from kbgen.site.quick_edit import UP_TO_DATE
from tests.helpers import site_search
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview, _project


def test_a_new_article_right_after_a_text_save_drops_its_index_and_writes_both(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
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
    assert UP_TO_DATE not in caplog.text  # the text's index was never made apart
    site = preview.site_dir
    assert any("problem-1" in found for found in site_search(site, "wombat"))
    assert any("new-problem" in found for found in site_search(site, "numbat"))

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []
