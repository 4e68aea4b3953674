"""The bytes of the files a long-running process (`kbgen serve`) read, kept with each file's
status (`os.stat`): a later build of the process whose file has the same status takes the
bytes kept, the very same object, instead of reading the file again. A save of one file
then costs one read, not one for every article (~0.15 s at 10,000), and the live model
(kbgen.build.kept) compares the kept inputs by identity, not byte for byte.

A status is trusted only when the file had not changed for SETTLED_NS before it was read:
a write in the same tick of a coarse file-system clock keeps the time stamps, so a file
read right after a save is read again next time, until it has settled. Any write changes
the status change time (`st_ctime_ns`), which no program can set back.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SETTLED_NS = 2_000_000_000
"""As kbgen.commands.unchanged.SETTLED_NS: how long a file must have been left alone before
it was read for its status to vouch for its bytes."""

Status = tuple[int, int, int, int, int]


def status(info: os.stat_result) -> Status:
    """What any change of a file changes: its inode, device, size and time stamps."""
    return (info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class Reads:
    """Bytes read, by path, with the file's status then; entries of the files no build of
    the last two read are dropped."""

    def __init__(self, settled_ns: int = SETTLED_NS) -> None:
        self.settled_ns = settled_ns
        """How long a file must have been left alone before it was read (tests shorten it)."""
        self._now: dict[str, tuple[Status, bytes]] = {}
        self._before: dict[str, tuple[Status, bytes]] = {}
        self.read_again = 0
        """How many files the current build read from disk (for tests and profiles)."""

    def next_build(self) -> None:
        """A build starts."""
        self._before, self._now = self._now, {}
        self.read_again = 0

    def read(self, path: Path, info: os.stat_result) -> bytes:
        """The bytes of `path`, whose status is `info` (just taken): those kept when the
        status is the same and vouched for, else read now."""
        key = str(path)
        now = status(info)
        kept = self._now.get(key) or self._before.get(key)
        if kept is not None and kept[0] == now:
            self._now[key] = kept
            return kept[1]
        started = time.time_ns()
        data = path.read_bytes()
        self.read_again += 1
        if max(info.st_mtime_ns, info.st_ctime_ns) < started - self.settled_ns:
            self._now[key] = (now, data)
        else:
            self._now.pop(key, None)
        return data
