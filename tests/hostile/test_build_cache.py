"""The build cache (`.kbgen-cache/`) is trusted only as far as this user wrote it.

Its entries are pickles: an entry that came from anywhere else (committed with `git add -f`,
copied from another machine, planted by an export or a pull request) could run code when read.
Each entry is signed with a key kept outside every project (kbgen.build.store), so a planted
entry is ignored and the page made again. A cache folder that links out of the project is
refused before `kbgen serve` cleans it as its preview folder.
"""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.build.store import Store
from kbgen.cli import cli
from kbgen.commands.build import build
from tests.conftest import article


class _Planted:
    """What a hostile entry holds: unpickling it writes a file (any code could run)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def test_an_entry_this_user_did_not_write_is_never_unpickled(
        write_project: Callable[..., Path], tmp_path: Path) -> None:
    config = write_project({"content/articles/wifi/ok.md": article("Fine article"),
                            "content/articles/billing/card.md": article()})
    site = build(config, config.parent / "site", strict=True)
    page = (site / "articles/wifi/ok.html").read_bytes()
    cache = config.parent / ".kbgen-cache"
    entries = [path for path in cache.rglob("*") if path.is_file() and len(path.name) == 62]
    assert entries, "the build wrote no cache entries"
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Planted(marker))
    for entry in entries:  # each replaced by a well-formed entry signed with another key
        forger = Store(entry.parent.parent, secret=b"not this user's key".ljust(32, b"!"))
        forger.put(entry.parent.name + entry.name, payload)
    site = build(config, config.parent / "site", strict=True)
    assert not marker.exists()
    assert (site / "articles/wifi/ok.html").read_bytes() == page


def test_a_store_reads_back_only_what_it_signed(tmp_path: Path) -> None:
    mine = Store(tmp_path, secret=b"k" * 32)
    mine.put("cd" * 32, b"entry")
    assert mine.get("cd" * 32) == b"entry"
    assert Store(tmp_path, secret=b"j" * 32).get("cd" * 32) is None


@pytest.mark.parametrize("linked", [".kbgen-cache", ".kbgen-cache/preview"])
def test_serve_never_cleans_a_folder_the_cache_links_to(
        write_project: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        linked: str) -> None:
    config = write_project({"content/articles/wifi/ok.md": article("Fine article")})
    victim = tmp_path / "elsewhere"
    (victim / "preview").mkdir(parents=True)
    (victim / "preview/notes.txt").write_text("precious")
    link = config.parent / linked
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(victim if linked == ".kbgen-cache" else victim / "preview")
    monkeypatch.chdir(config.parent)

    def stop(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # were the preview built, serving it would end at once

    monkeypatch.setattr("mkdocs.livereload.LiveReloadServer.serve", stop)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 1, result.output
    assert f"{linked} is a link" in result.output
    assert "delete the link" in result.output
    assert (victim / "preview/notes.txt").read_text() == "precious"
    assert sorted(p.name for p in victim.rglob("*")) == ["notes.txt", "preview"]


def test_search_never_writes_through_a_link_in_the_cache(
        write_project: Callable[..., Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_project({"content/articles/wifi/ok.md": article("Fine article")})
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    cache = config.parent / ".kbgen-cache"
    cache.mkdir()
    (cache / ".gitignore").symlink_to(victim)
    (cache / "search-index.json").symlink_to(victim)
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["search", "fine"])
    assert result.exit_code == 0, result.output
    assert "Fine article" in result.output
    assert victim.read_text() == "precious"
    assert (cache / ".gitignore").read_text() == "*\n"  # the link itself was replaced
    shutil.rmtree(cache)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/.gitignore").write_text("precious")
    cache.symlink_to(tmp_path / "elsewhere")
    assert CliRunner().invoke(cli, ["search", "fine"]).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "elsewhere").iterdir()) == [".gitignore"]
    assert (tmp_path / "elsewhere/.gitignore").read_text() == "precious"
