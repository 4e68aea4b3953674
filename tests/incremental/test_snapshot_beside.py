"""A full build's snapshot kept by a second process (kbgen.build.snapshot_beside) while the
build process writes the summary, the record and the spare: the next one-change build is a
quick one from it and equals a clean build; a build stopped before its record leaves no
content that no head names."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from bench.site_diff import differences
from kbgen.build import snapshot_beside
from kbgen.build.snapshot import Snapshots
from kbgen.commands import build as build_command
from kbgen.commands.build import build
from kbgen.commands.quick import snapshots_for
from kbgen.commands.unchanged import records_for, remember
from kbgen.errors import KbError
from tests.incremental.projects import built_project
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_unchanged import settle

QUICK = "Quick build:"


@pytest.fixture
def kept_by(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Every snapshot kept beside from now on (any size of site), and a file naming the
    process that kept each content (the second process cannot append to this one's lists)."""
    noted_in = tmp_path / "kept-by"
    original = Snapshots.save_content

    def noted(self: Snapshots, snapshot_id: str, content: object) -> bool:
        with noted_in.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return original(self, snapshot_id, content)

    monkeypatch.setattr(Snapshots, "save_content", noted)
    monkeypatch.setattr(snapshot_beside, "BESIDE_FROM", 0)
    return noted_in


def _full_build(project: Path, caplog: pytest.LogCaptureFixture) -> str:
    """A full build (the last build's record forgotten), its log."""
    records_for(project, project.parent / "site").forget()
    return _build(project, caplog)


def _build(project: Path, caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    with caplog.at_level(logging.INFO):
        build(project, project.parent / "site", strict=True)
    return caplog.text


def _files(snapshots: Snapshots) -> list[Path]:
    return sorted(path for path in snapshots.store.root.rglob("*")
                  if path.is_file())


def test_the_snapshot_kept_beside_starts_the_next_quick_build(
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, kept_by: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    project = built_project(tmp_path_factory, "beside", 8, seed=7, team_size=2)
    kept_by.unlink()  # that build's
    assert QUICK not in _full_build(project, caplog)
    kept = [int(pid) for pid in kept_by.read_text(encoding="utf-8").split()]
    assert len(kept) == 1 and kept[0] != os.getpid()  # by another process
    snapshots = snapshots_for(project, project.parent / "site")
    head = snapshots.head()
    assert head is not None and snapshots.content(head) is not None
    assert len(_files(snapshots)) == 3  # the head, its content and pieces: the old gone
    article = sorted((project.parent / "content/articles").glob("*/*.md"))[2]
    article.write_text(article.read_text(encoding="utf-8") + "\nUnplug the hub.\n",
                       encoding="utf-8")
    settle(project.parent)
    assert QUICK in _build(project, caplog)
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert differences(project.parent / "site", clean) == []


def test_a_build_stopped_before_its_record_leaves_no_unnamed_snapshot(
        tmp_path_factory: pytest.TempPathFactory, kept_by: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    project = built_project(tmp_path_factory, "beside-stopped", 6, seed=8, team_size=2)
    snapshots = snapshots_for(project, project.parent / "site")
    before = snapshots.head()
    assert before is not None
    kept_by.unlink()

    old_files = _files(snapshots)

    def stopped(*args: object, **kwargs: object) -> None:
        """Stops the build once the second process kept its content."""
        waited = time.monotonic()
        while time.monotonic() - waited < 60 and set(_files(snapshots)) <= set(old_files):
            time.sleep(0.05)
        raise KbError("stopped while recording")

    monkeypatch.setattr(build_command, "remember", stopped)
    with pytest.raises(KbError, match="stopped while recording"):
        _full_build(project, caplog)
    assert kept_by.read_text(encoding="utf-8")  # the second process kept it
    after = snapshots.head()
    named = [snapshots.store.path(key(head.id)) for head in (after,) if head is not None
             for key in (snapshots._content_key, snapshots._pieces_key)]
    assert after is None or after.id == before.id  # never the stopped build's
    assert _files(snapshots) == sorted([*named, *([snapshots.store.path(snapshots.key)]
                                                  if after is not None else [])])
    monkeypatch.setattr(build_command, "remember", remember)
    assert QUICK not in _build(project, caplog)  # the stopped build forgot its record
    assert snapshots.head() is not None and len(_files(snapshots)) == 3


def test_a_cancelled_keeper_leaves_no_half_written_file(tmp_path: Path) -> None:
    """The keeping process killed while it writes (the build stopped) leaves its temporary
    file, which the build removes with the rest (CI under load saw one left, at random)."""
    snapshots = Snapshots(tmp_path / "cache", tmp_path / "mkdocs.yml", tmp_path / "site")
    snapshot_id = snapshots.new_id()
    folder = snapshots.store.path(snapshots._content_key(snapshot_id)).parent
    folder.mkdir(parents=True)
    started = tmp_path / "started"

    def half_written(kept_id: str, content: object) -> bool:
        (folder / ".tmp-kept-half").write_bytes(b"half")
        started.touch()
        time.sleep(120)
        return True

    snapshots.save_content = half_written  # type: ignore[method-assign]
    saver = snapshot_beside.SnapshotSaver(snapshots, snapshot_id, {"pages": 1},
                                          snapshot_beside.BESIDE_FROM)
    waited = time.monotonic()
    while not started.exists() and time.monotonic() - waited < 60:
        time.sleep(0.05)
    saver.cancel()
    assert started.exists() and _files(snapshots) == []
