"""`kbgen serve` started from the last build's snapshot fills its file memo once caught up
(kbgen.site.warm_memo): the first save that builds (a new article) then reads only the file
saved from disk and takes every other article as the memo kept it, as later saves do; a
fill stopped by such a save leaves the save to load what it had not reached."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.edits import set_key
from bench.site_diff import differences
from kbgen.build.reads import SETTLED_NS
from kbgen.commands.build import build
from kbgen.site.cold_start import STARTED
from kbgen.site.warm_memo import WARMED
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview, _project
from tests.incremental.test_unchanged import settle


def test_the_first_new_article_after_a_start_from_the_snapshot_reads_only_its_file(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    config = write_project(_project())
    project = config.parent
    settle(project)  # dated back: the build vouches for every file
    settled = time.time()
    build(config, project / "site", strict=True)  # its log stays caplog's (run_cli's not)
    time.sleep(max(0.0, settled + SETTLED_NS / 1e9 + 0.1 - time.time()))  # else the memo
    # keeps no bytes (a file's status changed in the last 2 s: settle's own utime)
    articles = sorted((project / "content/articles").rglob("*.md"))
    with caplog.at_level(logging.INFO):
        preview = _preview(config)
        _caught_up(preview)
        assert STARTED.format(changed=0) in caplog.text  # the snapshot: no article read
        assert WARMED.split(" in ")[0] in caplog.text
        new = articles[0].with_name("new-problem.md")
        new.write_text(set_key(articles[0].read_text(encoding="utf-8"), "title",
                               "New problem with the hub"), encoding="utf-8")
        assert preview.update({new})
        assert preview.recent.reads.read_again == 1  # the new file alone, not all 13
        assert preview.recent.kept.reused >= len(articles)  # each article as kept
        _caught_up(preview)
    assert caplog.text.count(WARMED.split(" in ")[0]) == 1  # once: the save's build fills it

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil_copy(project, clean)
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []


def shutil_copy(project: Path, clean: Path) -> None:
    """The project without its cache (a clean preview builds every page)."""
    import shutil
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
