"""The files a live preview read (kbgen.build.reads): after a save, only the saved file is
read again; an unchanged article's bytes are taken as kept (the same object), and whatever
a save changed is read, even a rewrite of the same size with its time stamp set back."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kbgen.build.memo import Memo, Recent
from kbgen.build.reads import Reads
from kbgen.build.store import Store
from kbgen.core.loader import load
from tests.conftest import MINI_CATEGORIES, article, write_files

PATHS = ["articles/billing/card-declined.md", "articles/billing/expired-card.md",
         "articles/wifi/router-reboot.md"]


SETTLED_NS = 50_000_000
"""The tests' settling time (a build's is 2 s)."""


def settle() -> None:
    """Leave the files alone long enough to be vouched for."""
    time.sleep(2 * SETTLED_NS / 1e9)


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, {
        "_data/categories.yml": MINI_CATEGORIES,
        PATHS[0]: article(body="## Symptoms\n\nIt fails. See [cards](expired-card.md).\n"),
        PATHS[1]: article("Expired card", body="## Renew it\n\nOk.\n"),
        PATHS[2]: article("Router reboots at night"),
    })
    return tmp_path


def test_only_the_saved_article_is_read_again_and_the_load_equals_one_without_a_cache(
        content: Path) -> None:
    recent = Recent()
    recent.reads.settled_ns = SETTLED_NS
    live = Memo(Store(content / ".cache"), recent)
    settle()
    recent.next_build()  # as each build of `kbgen serve` (kbgen.site.incremental.file_memo)
    load(content, memo=live)
    assert recent.reads.read_again == len(PATHS)
    saved = content / PATHS[1]
    saved.write_text(article("Expired card", body="## Renew it\n\nNow.\n"), encoding="utf-8")
    recent.next_build()
    kb, problems = load(content, memo=live)
    assert recent.reads.read_again == 1  # every article was read on each save before
    fresh, fresh_problems = load(content)
    assert [a.body for a in kb.articles] == [a.body for a in fresh.articles]
    assert "Now." in next(a.body for a in kb.articles if a.origin.src_uri == PATHS[1])
    assert [str(p) for p in problems] == [str(p) for p in fresh_problems]


def test_a_rewrite_of_the_same_size_with_its_time_set_back_is_read_again(tmp_path: Path
                                                                         ) -> None:
    reads = Reads(SETTLED_NS)
    path = tmp_path / "a.md"
    path.write_bytes(b"first")
    settle()
    first = reads.read(path, path.stat())
    reads.next_build()
    assert reads.read(path, path.stat()) is first and reads.read_again == 0
    stamp = path.stat().st_mtime_ns
    path.write_bytes(b"other")
    os.utime(path, ns=(stamp, stamp))  # same size, same modification time: the ctime moved
    reads.next_build()
    assert reads.read(path, path.stat()) == b"other"


def test_a_file_read_right_after_its_save_is_read_again(tmp_path: Path) -> None:
    reads = Reads(SETTLED_NS)
    path = tmp_path / "a.md"
    path.write_bytes(b"just saved")
    reads.read(path, path.stat())
    reads.next_build()
    reads.read(path, path.stat())
    assert reads.read_again == 1  # not vouched for: a write in the same clock tick is unseen
