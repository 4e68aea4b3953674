"""The cache's entries: whole or not at all, whatever happened to the file."""

from __future__ import annotations

from pathlib import Path

from kbgen.build.keys import Digest
from kbgen.build.memo import Memo
from kbgen.build.store import Store


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
