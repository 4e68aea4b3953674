"""A front-matter quick build keeps its snapshot as an overlay onto the last full build's
content (kbgen.site.content_changes): read back, it is the content a full build of the same
files keeps; the next quick build's overlay is onto the same full build's; a build killed
while keeping one, or an overlay whose full build's content is lost, means a full build.
(Chains of quick builds from overlays equal clean builds:
test_equivalence.py's front-matter edits, two at a time.)"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from random import Random

import pytest

from bench.edits import Project, change_summary, retitle_listed
from kbgen.build.snapshot import LostPiece, Pieces, Snapshots
from kbgen.commands.build import build
from kbgen.commands.quick import snapshots_for
from kbgen.commands.unchanged import records_for
from kbgen.site.content_changes import ContentChanges
from kbgen.site.quick_build import QuickContent
from kbgen.site.search_index import terms_of
from tests.helpers import killed_build
from tests.incremental.projects import built_project
from tests.incremental.test_unchanged import settle

QUICK = "Quick build:"


def _build(project: Path, caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    with caplog.at_level(logging.INFO):
        build(project, project.parent / "site", strict=True)
    return caplog.text


def _edited(project: Path, edit: object, seed: int) -> str:
    what = edit(Random(seed), Project(project.parent))  # type: ignore[operator]
    settle(project.parent)
    return str(what)


def _files(snapshots: Snapshots) -> set[Path]:
    return {path for path in snapshots.store.root.rglob("*") if path.is_file()}


def _content_files(snapshots: Snapshots, snapshot_id: str) -> set[Path]:
    """The content of `snapshot_id` and its pieces (kbgen.build.snapshot.Apart)."""
    return {snapshots.store.path(snapshots._content_key(snapshot_id)),
            snapshots.store.path(snapshots._pieces_key(snapshot_id))}


def _same_content(kept: QuickContent, whole: QuickContent) -> None:
    assert kept.kb.articles == whole.kb.articles
    assert kept.search is not None and whole.search is not None
    assert kept.search.documents is not None and whole.search.documents is not None
    assert list(kept.search.documents) == list(whole.search.documents)  # keys, in order
    assert [made[0] for made in kept.search.documents.values()] == [
        made[0] for made in whole.search.documents.values()]
    assert (kept.search.data, kept.search.texts) == (whole.search.data, whole.search.texts)
    assert kept.store == whole.store


def test_front_matter_quick_builds_keep_overlays_onto_the_full_builds_content(
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = built_project(tmp_path_factory, "overlay", 8, seed=48, team_size=2)
    snapshots = snapshots_for(project, project.parent / "site")
    full = snapshots.head()
    assert full is not None and full.base == ""
    base = snapshots._load(full.id)
    assert isinstance(base, QuickContent) and base.search is not None
    documents = len(base.search.documents or {})
    read: list[int] = []
    reading = Pieces.read
    monkeypatch.setattr(Pieces, "read", lambda self, number: read.append(number) or reading(
        self, number))
    changed = []
    for step, edit in enumerate((retitle_listed, change_summary), 1):
        what = _edited(project, edit, step)
        read.clear()
        assert QUICK in _build(project, caplog), what
        assert 0 < len(read) < documents, (what, read)  # the changed documents' pieces, of
        # a document and its terms each
        head = snapshots.head()
        assert head is not None and head.base == full.id and head.id != full.id, what
        assert _files(snapshots) == {snapshots.store.path(snapshots.key),
                                     *_content_files(snapshots, head.id),
                                     *_content_files(snapshots, full.id)}  # last overlay gone
        overlay = snapshots._load(head.id)
        assert isinstance(overlay, ContentChanges) and overlay.base == full.id
        changed.append(re.search(r"\S+\.md", what).group())  # type: ignore[union-attr]
        assert {Path(article.origin.src_uri).name for article in overlay.articles.values()
                } == set(changed), what  # every article changed since the full build
    kept = snapshots.content(head)
    assert isinstance(kept, QuickContent) and kept.overlay is not None
    records_for(project, project.parent / "site").forget()
    assert QUICK not in _build(project, caplog)  # a full build of the same files
    now = snapshots.head()
    assert now is not None and now.base == ""
    assert _files(snapshots) == {snapshots.store.path(snapshots.key),
                                 *_content_files(snapshots, now.id)}  # overlay and base gone
    whole = snapshots.content(now)
    assert isinstance(whole, QuickContent) and whole.overlay is None
    _same_content(kept, whole)


def _killed_before_the_head(config: Path) -> int:
    """Build `config` in a fork that dies as by SIGKILL with the overlay kept and no head
    naming it yet; its exit status."""
    def set_up() -> None:
        def killed(self: Snapshots, head: object) -> None:
            os._exit(9)

        Snapshots.save_head = killed  # type: ignore[method-assign, assignment]
    return killed_build(config, set_up)


def test_an_overlay_no_head_names_or_without_its_base_means_a_full_build(
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    project = built_project(tmp_path_factory, "overlay-killed", 6, seed=49, team_size=2)
    snapshots = snapshots_for(project, project.parent / "site")
    what = _edited(project, change_summary, 1)
    assert _killed_before_the_head(project) == 9
    assert snapshots.head() is None  # forgotten before the overlay was kept
    assert QUICK not in _build(project, caplog), what
    what = _edited(project, retitle_listed, 2)
    assert QUICK in _build(project, caplog), what
    head = snapshots.head()
    assert head is not None and head.base
    pieces = snapshots.store.path(snapshots._pieces_key(head.base))
    kept = pieces.read_bytes()
    pieces.write_bytes(bytes(len(kept)))  # every piece damaged, the file as long
    content = snapshots.content(head)
    assert isinstance(content, QuickContent) and content.search is not None
    assert content.search.documents is not None  # a piece is read when used
    with pytest.raises(LostPiece):
        for document, terms, _ in content.search.documents.values():
            assert dict(document) and terms_of(terms)
    pieces.unlink()
    assert snapshots.content(head) is None  # the full build's pieces lost
    pieces.write_bytes(kept)
    assert snapshots.content(head) is not None
    snapshots.store.path(snapshots._content_key(head.base)).unlink()  # its content lost
    assert snapshots.content(head) is None
    what = _edited(project, change_summary, 3)
    assert QUICK not in _build(project, caplog), what  # a full build, as any other
