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
from kbgen.commands.lock import BuildLock
lock = BuildLock(Path(sys.argv[1]))
lock.acquire()
if sys.argv[2] == "finishing":
    lock.mark_finishing()
ready, go, released = (Path(name) for name in sys.argv[3:6])
ready.touch()
until = time.monotonic() + float(sys.argv[6])
while not go.exists() and time.monotonic() < until:
    time.sleep(0.01)
released.touch()
lock.release()
"""


class Holder:
    """A process holding the lock of `target` (`how`: finishing or building) until told to
    let go or for `seconds`; it notes that it let go just before it does, so a test asserts
    the order of events instead of the time they took (CI's machine is loaded)."""

    def __init__(self, target: Path, how: str, seconds: float) -> None:
        ready, self.go, self.released = (target.with_name(f"{name}-{how}")
                                         for name in ("ready", "go", "released"))
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(target), how, str(ready), str(self.go),
             str(self.released), str(seconds)], cwd=REPO)
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert self.process.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)

    def let_go(self) -> None:
        """Tell it to let go, and wait until it ended well."""
        self.go.touch()
        assert self.process.wait(timeout=60) == 0


def test_a_build_waits_for_a_finishing_holder_and_refuses_a_building_one(tmp_path: Path
                                                                         ) -> None:
    target = tmp_path / "site"
    holder = Holder(target, "finishing", 1.0)
    with BuildLock(target) as lock:
        assert holder.released.exists()  # it waited for the holder instead of refusing
        assert lock.path.read_text().split() == [str(os.getpid())]
    holder.let_go()

    holder = Holder(target, "building", 60.0)
    try:
        with pytest.raises(KbError, match=rf"Another kbgen build \(pid {holder.process.pid}\)"):
            BuildLock(target).acquire()
        assert not holder.released.exists()
    finally:
        holder.let_go()


def test_serve_waits_for_a_finishing_build_only(tmp_path: Path) -> None:
    """`kbgen serve` starts from the snapshot a finishing build's child still keeps
    (kbgen.site.cold_start waits for it); a build still building, or none, is not waited for."""
    target = tmp_path / "site"
    wait_for_finishing(target)  # no lock file: nothing to wait for
    holder = Holder(target, "finishing", 1.0)
    wait_for_finishing(target)
    assert holder.released.exists()  # waited until the holder let go
    holder.let_go()
    holder = Holder(target, "building", 60.0)
    try:
        wait_for_finishing(target)
        assert not holder.released.exists()  # not waited for: it holds until told
    finally:
        holder.let_go()
