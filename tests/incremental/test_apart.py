"""The child process that keeps a build's snapshot (kbgen.commands.apart) holds the build's
lock, marked as finishing: a build started meanwhile waits for it, where a build that is
still building is refused (kbgen.commands.lock). The hand-over itself:
tests/incremental/test_process_end.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kbgen.commands.lock import BuildLock, wait_for_finishing
from kbgen.errors import KbError

REPO = Path(__file__).resolve().parents[2]
HOLDER = """\
import sys, time
from pathlib import Path
from kbgen.commands.lock import BuildLock, wait_for_finishing
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


def test_serve_waits_for_a_finishing_build_only(tmp_path: Path) -> None:
    """`kbgen serve` starts from the snapshot a finishing build's child still keeps
    (kbgen.site.cold_start waits for it); a build still building, or none, is not waited for."""
    target = tmp_path / "site"
    wait_for_finishing(target)  # no lock file: nothing to wait for
    holder = _holding(target, "finishing", 1.0)
    started = time.monotonic()
    wait_for_finishing(target)
    assert time.monotonic() - started > 0.5  # waited until the holder let go
    assert holder.wait(timeout=30) == 0
    holder = _holding(target, "building", 3.0)
    started = time.monotonic()
    wait_for_finishing(target)
    assert time.monotonic() - started < 2.5 and holder.poll() is None  # not waited for
    assert holder.wait(timeout=30) == 0
