"""One process, many runs: MkDocs keeps a process's plugin instances from one configuration's
load to the next, even another project's, so each kbgen run must start with nothing of the
last run but what the run itself sets (KbPlugin.start_run, on_startup).

Found by CI (session 65): a `kbgen build` run in a test worker after a preview had run in the
same process inherited the preview's file memo in memory (`KbPlugin.recent`); the article's
verdict, identical to one the preview held, was taken from memory and `.kbgen-cache/files`
was never written (tests/hostile/test_review_s29b.py failed near the end of a whole run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.site.plugin import KbPlugin
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

PROJECT = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
           "content/_data/categories.yml": MINI_CATEGORIES,
           "content/articles/billing/card.md": article("Card declined")}


def test_a_build_after_a_preview_in_the_same_process_writes_its_file_memo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A preview of one project, then a build of a copy of it in the same process: the build
    keeps each file's results on disk, as a build in a process of its own does."""
    from kbgen.commands.build import build
    from kbgen.commands.serve import Preview

    previewed, built = tmp_path / "previewed", tmp_path / "built"
    write_files(previewed, PROJECT)
    write_files(built, PROJECT)
    monkeypatch.chdir(previewed)
    Preview(previewed / "mkdocs.yml", {}).build()
    assert any((previewed / ".kbgen-cache/files").iterdir())
    monkeypatch.chdir(built)
    build(built / "mkdocs.yml", built / "site", strict=True)
    assert (built / "site/articles/billing/card.html").is_file()
    assert any((built / ".kbgen-cache/files").iterdir())  # not kept in the preview's memory


def test_a_run_starts_with_nothing_the_last_run_set() -> None:
    """Every attribute a run may set on the plugin (all that `__init__` makes) is set again
    by the next run's start, so none outlives the run that set it (a new attribute must be
    reset by `start_run` or `on_startup`)."""
    plugin = KbPlugin()
    left_by_a_run = object()
    names = sorted(vars(plugin))
    assert {"recent", "staged", "published", "serving"} <= set(names)
    for name in names:
        setattr(plugin, name, left_by_a_run)
    plugin.start_run()
    plugin.on_startup(command="build", dirty=False)
    assert [name for name in names if getattr(plugin, name) is left_by_a_run] == []


def test_mkdocs_own_build_after_a_preview_keeps_no_memo_in_memory() -> None:
    """`mkdocs build` (its command line, or a program calling it) starts a run with
    `on_startup` alone: a preview's memo left on the instance is dropped there too."""
    from kbgen.build.memo import Recent

    plugin = KbPlugin()
    plugin.on_startup(command="serve", dirty=False)
    plugin.start_run(recent=Recent())
    plugin.on_startup(command="serve", dirty=False)  # a preview's build: its memo kept
    assert plugin.recent is not None
    plugin.on_startup(command="build", dirty=False)
    assert plugin.recent is None
