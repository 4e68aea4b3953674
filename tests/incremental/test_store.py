"""The cache's entries: whole or not at all, whatever happened to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.build.keys import Digest
from kbgen.build.memo import Memo, Recent
from kbgen.build.packs import MOST
from kbgen.build.store import SMALLEST_PACK, Store


def test_an_entry_cut_short_damaged_or_left_half_written_is_not_trusted(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache")
    store.put("ab" * 32, b"<html>page</html>")
    assert store.get("ab" * 32) == b"<html>page</html>"
    entry = store.path("ab" * 32)
    whole = entry.read_bytes()
    entry.write_bytes(whole[:-3])  # a build killed while writing, without the rename
    assert store.get("ab" * 32) is None
    entry.write_bytes(whole.replace(b"page", b"gape"))  # same length, other bytes
    assert store.get("ab" * 32) is None
    store.put("ab" * 32, b"<html>page</html>")  # made again, whole
    assert store.get("ab" * 32) == b"<html>page</html>"
    assert not list(entry.parent.glob(".tmp-*"))


def test_keys_frame_their_parts() -> None:
    assert Digest("ab", "c").hex() != Digest("a", "bc").hex()
    assert Digest({"b": 1, "a": [2]}).hex() == Digest({"a": [2], "b": 1}).hex()


def test_a_memo_gives_back_what_the_work_gave_and_works_without_a_store(tmp_path: Path
                                                                       ) -> None:
    calls: list[str] = []

    def work() -> list[str]:
        calls.append("ran")
        return ["problem at line 3"]

    memo = Memo(Store(tmp_path / "files"))
    assert memo.get(("article", b"text"), work) == ["problem at line 3"]
    assert memo.get(("article", b"text"), work) == ["problem at line 3"]
    assert memo.get(("article", b"other text"), work) == ["problem at line 3"]
    assert calls == ["ran", "ran"]
    assert Memo().get(("article", b"text"), work) == ["problem at line 3"]
    assert len(calls) == 3


def test_recent_entries_are_not_read_from_disk_and_last_two_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kbgen serve` keeps the memo's entries of its last two builds in memory (Recent)."""
    recent = Recent()
    store = Store(tmp_path / "files")
    reads: list[str] = []
    read = Store.get
    monkeypatch.setattr(Store, "get", lambda self, key: (reads.append(key), read(self, key))[1])
    calls: list[str] = []

    def work() -> list[str]:
        calls.append("ran")
        return ["problem at line 3"]

    recent.next_build()
    assert Memo(store, recent).get(("article", b"text"), work) == ["problem at line 3"]
    reads.clear()
    for _ in range(2):  # the next build and the one after use it: never read from disk
        recent.next_build()
        assert Memo(store, recent).get(("article", b"text"), work) == ["problem at line 3"]
    assert reads == [] and calls == ["ran"]
    recent.next_build()
    recent.next_build()  # two builds that did not use it: dropped, read from disk again
    assert Memo(store, recent).get(("article", b"text"), work) == ["problem at line 3"]
    assert len(reads) == 1 and calls == ["ran"]


def test_a_raw_entry_is_a_link_to_the_written_page_and_is_not_trusted_once_changed(
        tmp_path: Path) -> None:
    """A page's bytes are kept as a hard link to the page the build wrote: nothing written
    twice; a page changed in place later (through the link) is not read back."""
    store = Store(tmp_path / "cache", secret=b"k" * 32)
    page = tmp_path / "site/page.html"
    page.parent.mkdir()
    html = b"<html>page</html>"
    page.write_bytes(html)
    signature = store.sign(html)
    store.put_raw("cd" * 32, html, str(page))
    assert store.path("cd" * 32).stat().st_ino == page.stat().st_ino
    assert store.get_raw("cd" * 32, len(html), signature) == html
    assert Store(tmp_path / "cache", secret=b"j" * 32).get_raw(
        "cd" * 32, len(html), signature) is None  # signed by another key
    page.write_bytes(html.replace(b"page", b"gape"))  # rewritten in place: same length
    assert store.get_raw("cd" * 32, len(html), signature) is None
    page.write_bytes(b"<html>")  # cut short
    assert store.get_raw("cd" * 32, len(html), signature) is None
    store.put_raw("cd" * 32, html, None)  # no file to link: a copy, replacing the link
    page.write_bytes(b"changed again")
    assert store.get_raw("cd" * 32, len(html), signature) == html
    store.put_raw("cd" * 32, html, str(page))  # an entry already there is replaced
    assert store.path("cd" * 32).stat().st_ino == page.stat().st_ino
    assert not list(store.path("cd" * 32).parent.glob(".tmp-*"))


def test_a_raw_entry_is_copied_when_the_written_file_cannot_be_linked(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache", secret=b"k" * 32)
    html = b"<html>page</html>"
    store.put_raw("ef" * 32, html, str(tmp_path / "missing.html"))
    assert store.get_raw("ef" * 32, len(html), store.sign(html)) == html


def test_a_batch_is_one_file_read_back_whole_or_not_at_all(tmp_path: Path) -> None:
    """A batch's entries are written as one pack; a pack cut short or changed gives back
    only what is still whole and signed, and a missing entry is simply made again."""
    store = Store(tmp_path / "cache", secret=b"k" * 32)
    entries = {f"{n:02x}" * 32: f"payload {n}".encode() * 50 for n in range(20)}
    with store.batch():
        for key, payload in entries.items():
            store.put(key, payload)
        assert store.get("00" * 32) == entries["00" * 32]  # seen before the batch ends
        assert not (tmp_path / "cache").exists()
    files = [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert [path.parent.name for path in files] == ["packs"]
    reread = Store(tmp_path / "cache", secret=b"k" * 32)
    assert all(reread.get(key) == payload for key, payload in entries.items())
    assert Store(tmp_path / "cache", secret=b"x" * 32).get("00" * 32) is None  # not ours
    pack = files[0]
    whole = pack.read_bytes()
    pack.write_bytes(whole.replace(b"payload 19", b"payload 91"))
    assert Store(tmp_path / "cache", secret=b"k" * 32).get("13" * 32) is None
    pack.write_bytes(whole[:len(whole) // 2])
    cut = Store(tmp_path / "cache", secret=b"k" * 32)
    assert cut.get("00" * 32) == entries["00" * 32]
    assert cut.get("13" * 32) is None


def test_packs_beyond_the_most_kept_are_merged_into_the_next(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache", secret=b"k" * 32)
    written = {}
    for batch in range(MOST + 2):
        with store.batch():
            for n in range(SMALLEST_PACK):
                key = f"{batch:02x}{n:02x}" * 16
                written[key] = f"{batch} {n}".encode()
                store.put(key, written[key])
    assert len(list((tmp_path / "cache" / "packs").glob("*.pack"))) == 1
    reread = Store(tmp_path / "cache", secret=b"k" * 32)
    assert all(reread.get(key) == payload for key, payload in written.items())


def test_a_small_batch_is_written_as_single_entries(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache", secret=b"k" * 32)
    with Memo(store).batch():
        store.put("ab" * 32, b"one")
    assert store.path("ab" * 32).is_file()
    assert not (tmp_path / "cache" / "packs").exists()
