"""The spare copy of the site (kbgen.build.spare): a quick build writes its few files into
it and swaps it in, never writing into a file the published site shares; a build killed
while it writes there leaves the site as it was and the spare untrusted; a spare changed
since it was stamped is never trusted. Each time the site equals a clean build."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.site_diff import differences
from kbgen.build.spare import Spare
from kbgen.commands.build import build
from kbgen.commands.unchanged import CACHE_DIR
from tests.helpers import killed_build
from tests.incremental.projects import built_project
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_unchanged import settle, snapshot

QUICK = "Quick build:"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A generated project, built once: its site and its spare."""
    yield built_project(tmp_path_factory, "spare", 12, seed=5, team_size=3)


def _articles(config: Path) -> list[Path]:
    return sorted((config.parent / "content/articles").glob("*/*.md"))


def _edit(path: Path, words: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")
    settle(path.parents[3])


def _build(config: Path, caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    with caplog.at_level(logging.INFO):
        build(config, config.parent / "site", strict=True)
    return caplog.text


def _inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino
            for p in folder.rglob("*") if p.is_file()}


def _leftovers(config: Path) -> list[str]:
    return sorted(p.name for p in config.parent.iterdir()
                  if p.name.startswith(".site") and p.name not in {".site.spare", ".site.lock"})


def test_a_quick_build_writes_into_the_spare_never_into_a_published_file(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site, spare = project.parent / "site", project.parent / ".site.spare"
    for number, path in enumerate(_articles(project)[:3]):
        assert _inodes(spare) == _inodes(site)  # a mirror: the same files, linked
        published = snapshot(site)
        _edit(path, f"Restart the hub, attempt {number}.")
        assert QUICK in _build(project, caplog)
        now = snapshot(site)
        for name, (data, mtime, inode) in published.items():
            if now[name][2] == inode:  # a file shared with the site before: never written into
                assert now[name][:2] == (data, mtime), name
        changed = [name for name in now if now[name][0] != published[name][0]]
        assert f"articles/{path.parent.name}/{path.stem}.html" in changed
        assert all(name.endswith(".html") or name.startswith("search/") for name in changed)
        assert _inodes(spare) == _inodes(site)
        assert _leftovers(project) == []
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert differences(site, clean) == []


def _killed_while_writing_the_index(config: Path) -> int:
    """Build `config` in a fork that dies as by SIGKILL, nothing cleaned up, when it writes
    the search index into the spare after the pages; its exit status."""
    def set_up() -> None:
        from kbgen.site import search_index

        def killed(site_dir: Path, index: object, linked: bool = False) -> None:
            (site_dir / "half-written.html").write_text("half")
            os._exit(9)

        search_index.write_index = killed  # type: ignore[assignment]
    return killed_build(config, set_up)


def test_a_build_killed_while_writing_into_the_spare_leaves_the_site_and_trusts_nothing(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = project.parent / "site"
    path = _articles(project)[5]
    _edit(path, "Unplug the hub for ten seconds.")
    published = snapshot(site)
    stamps = project.parent / CACHE_DIR / "spare"
    assert any(stamps.rglob("*"))
    assert _killed_while_writing_the_index(project) == 9
    assert snapshot(site) == published
    assert not (project.parent / ".site.spare").exists()  # it was taken: being written
    assert not [p for p in stamps.rglob("*") if p.is_file()]  # and its stamp gone
    assert _leftovers(project)  # the half-written folder, for the next build to remove
    log = _build(project, caplog)
    assert "half-written" not in str(sorted(p.name for p in site.rglob("*")))
    assert "Unplug the hub" in (site / f"articles/{path.parent.name}/{path.stem}.html"
                                ).read_text(encoding="utf-8")
    assert QUICK not in log  # the killed build had removed the record: a full build
    assert _leftovers(project) == []
    assert _inodes(project.parent / ".site.spare") == _inodes(site)
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert differences(site, clean) == []


@pytest.mark.parametrize("change", ["replaced", "added", "removed", "unstamped"])
def test_a_spare_changed_since_it_was_stamped_is_never_trusted(
        project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, change: str) -> None:
    site, spare = project.parent / "site", project.parent / ".site.spare"
    target = next(p for p in sorted(spare.rglob("*.html")) if "articles/" in p.as_posix())
    if change == "replaced":  # a new file where a link was: the site's stays as it is
        target.unlink()
        target.write_text("<p>not the site</p>")
    elif change == "added":
        (target.parent / "stray.html").write_text("stray")
    elif change == "removed":
        target.unlink()
    else:
        Spare(project.parent / CACHE_DIR, site.resolve()).forget()
    path = _articles(project)[7]
    _edit(path, f"Check the router ({change}).")
    assert QUICK in _build(project, caplog)  # into a new folder, the spare deleted
    assert "not the site" not in str(snapshot(site))
    assert not (site / target.relative_to(spare).parent / "stray.html").exists()
    assert _inodes(spare) == _inodes(site)  # made anew from the new site
    clean = _clean_build(project.parent, tmp_path / "clean")
    assert differences(site, clean) == []
