"""The snapshot of what `kbgen build` loaded (kbgen.build.snapshot), which only later builds
need, kept by a child process while the build process reports and ends: at 10,000 articles
a quarter of a second less to wait for a one-article change, and several seconds for a full
build. The site is published, recorded and its spare copy kept before (what a user or a
later build sees at once is as it was).

Only kbgen's own process hands it over (kbgen.commands.process_end.own_process: never a
program calling the command line in its process) and only where it can fork and runs alone.
The child holds the build's lock until it is done (a build started meanwhile waits for it,
kbgen.commands.lock), leaves the terminal's session (Ctrl-C after the command returned does
not stop it) and writes nowhere the user reads. It keeps things as the build process would,
the content whole or not at all, then its head: killed halfway, it leaves a content no head
names, never trusted (a full build next, as after a build killed before its snapshot).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from kbgen.build.snapshot import SnapshotHead, Snapshots
from kbgen.build.snapshot_beside import SnapshotSaver
from kbgen.commands.lock import BuildLock
from kbgen.commands.process_end import alone, own_process
from kbgen.core.background import can_fork

STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")
"""Set back to their default action in the child (the build's handlers are the build's)."""


class KeptApart:
    """Keeps the content `content` of a build under the id `snapshot_id` once the build is
    published and recorded (`finish`): in kbgen's own process, by a child after the build
    (`apart`); else as kbgen.build.snapshot_beside.SnapshotSaver does, started now."""

    def __init__(self, snapshots: Snapshots, snapshot_id: str, content: Any,
                 files: int) -> None:
        self.apart = may_hand_over()
        self._args = (snapshots, snapshot_id, content, files)
        self._saver = None if self.apart else SnapshotSaver(*self._args)

    @property
    def doing(self) -> str:
        """What `finish` does, for `--profile`."""
        return "hand over" if self.apart else "keep"

    def finish(self, head: SnapshotHead | None, lock: BuildLock) -> None:
        """Name the content by `head` (None: keep none); apart, the child holds `lock`
        meanwhile."""
        if self._saver is not None:
            self._saver.finish(head)
        elif head is not None and not handed_over(lock, lambda: self._keep(head)):
            self._keep(head)

    def cancel(self) -> None:
        """The build stopped before `finish`: nothing kept (see SnapshotSaver.cancel)."""
        if self._saver is not None:
            self._saver.cancel()

    def _keep(self, head: SnapshotHead) -> None:
        saver = SnapshotSaver(*self._args)
        try:
            saver.finish(head)
        finally:
            saver.cancel()  # stopped meanwhile: its content is never named


def may_hand_over() -> bool:
    """Whether this process may hand work to a child that outlives it: kbgen's own
    process, alone, where it can fork."""
    return own_process() and alone() and can_fork()


def handed_over(lock: BuildLock, work: Callable[[], object]) -> bool:
    """Run `work` in a child process that holds `lock` and ends after it; True when handed
    over (this process no longer holds the lock), False when `work` is the caller's to run
    (`may_hand_over` is False, or no fork)."""
    if not may_hand_over():
        return False
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    try:
        pid = os.fork()
    except OSError:  # no second process (memory, a limit): kept by this one
        return False
    if pid:
        lock.hand_over()
        return True
    _run_child(lock, work)  # never returns
    return False  # pragma: no cover


def _run_child(lock: BuildLock, work: Callable[[], object]) -> None:
    code = 1
    try:
        for name in STOP_SIGNALS:
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.setsid()
        _silenced()
        lock.mark_finishing()
        work()
        code = 0
    finally:  # whatever happens, never back into the caller's code
        try:
            lock.release()
        finally:
            os._exit(code)


def _silenced() -> None:
    """Standard input, output and error on /dev/null: a caller reading the command's output
    to its end (a pipe) is not kept waiting for this process."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    if null > 2:
        os.close(null)
