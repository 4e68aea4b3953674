"""`kbgen build` in its own process hands the snapshot of what it loaded to a child process
and ends (kbgen.commands.apart); the child holds the build's lock, which a build started
meanwhile waits for, where a build that is still building is refused (kbgen.commands.lock)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import generate
from kbgen.commands.lock import BuildLock
from kbgen.errors import KbError
from tests.helpers import run_cli
from tests.incremental.test_process_end import _kbgen
from tests.incremental.test_unchanged import settle

REPO = Path(__file__).resolve().parents[2]
HOLDER = """\
import sys, time
from pathlib import Path
from kbgen.commands.lock import BuildLock
lock = BuildLock(Path(sys.argv[1]))
lock.acquire()
if sys.argv[2] == "finishing":
    lock.mark_finishing()
Path(sys.argv[3]).touch()
time.sleep(float(sys.argv[4]))
lock.release()
"""


def _holding(target: Path, how: str, seconds: float) -> subprocess.Popen[bytes]:
    """A process holding the lock of `target` for `seconds` (`how`: finishing or building),
    once it holds it."""
    ready = target.with_name(f"ready-{how}")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(target), how, str(ready),
                               str(seconds)], cwd=REPO)
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert holder.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    return holder


def test_a_build_waits_for_a_finishing_holder_and_refuses_a_building_one(tmp_path: Path
                                                                         ) -> None:
    target = tmp_path / "site"
    holder = _holding(target, "finishing", 1.0)
    started = time.monotonic()
    with BuildLock(target) as lock:
        waited = time.monotonic() - started
        assert lock.path.read_text().split() == [str(os.getpid())]
    assert holder.wait(timeout=30) == 0
    assert waited > 0.5  # it waited for the holder instead of refusing

    holder = _holding(target, "building", 1.0)
    try:
        with pytest.raises(KbError, match=rf"Another kbgen build \(pid {holder.pid}\)"):
            BuildLock(target).acquire()
    finally:
        assert holder.wait(timeout=30) == 0


def test_a_build_in_its_own_process_hands_its_snapshot_over(tmp_path: Path) -> None:
    root = tmp_path / "project"
    generate(root, 8, seed=5, as_of=dt.date(2026, 11, 1), team_size=2)
    settle(root)
    config = str(root / "mkdocs.yml")
    done = _kbgen("build", "--strict", "--profile", "-f", config)
    assert done.returncode == 0, done.stderr
    assert "hand over what it loaded" in done.stdout
    assert "keep what it loaded" not in done.stdout  # another process kept it

    article = sorted((root / "content" / "articles").rglob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    settle(root)
    quick = run_cli("build", "--strict", "-v", "--profile", "-f", config)
    assert quick.returncode == 0, quick.stderr
    assert "Quick build: 1 article changed" in quick.stderr  # from the snapshot kept apart
