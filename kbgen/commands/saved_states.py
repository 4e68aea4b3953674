"""The files a preview update was started for, as they were then (status and bytes): the
late events of the same saves (under load the watcher may hand a write's "closed" after the
wait for more saves ended and the update began) then do not run the same update again, a
whole build on demand of ~2 CPU s at 10,000 articles that also restarts the catch-up."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

State = tuple[int, int, int, int, int, bytes] | None
"""A file's inode, device, size, modification and change times and bytes; None: no file."""


class SavedStates:
    """The states of the files of the last update that succeeded."""

    def __init__(self, most: int = 64, biggest: int = 1 << 20) -> None:
        self.most = most
        """Only updates of at most this many files are remembered (a bulk save is not)."""
        self.biggest = biggest
        """Only files of at most this many bytes are remembered."""
        self._kept: dict[Path, State] = {}

    def now(self, paths: Iterable[Path]) -> dict[Path, State] | None:
        """The states of `paths` now (before the update reads them), or None when they are
        not to be remembered."""
        found: dict[Path, State] = {}
        for path in paths:
            if len(found) >= self.most:
                return None
            try:
                info = os.stat(path)
                if info.st_size > self.biggest:
                    return None
                data = path.read_bytes() if path.is_file() else b""
            except FileNotFoundError:
                found[path] = None
                continue
            except OSError:
                return None
            found[path] = (info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns,
                           info.st_ctime_ns, data)
        return found

    def keep(self, states: dict[Path, State] | None) -> None:
        """An update from `states` (taken with `now` before it began) succeeded."""
        self._kept = dict(states or {})

    def forget(self) -> None:
        """An update failed: the next events of the same files update again."""
        self._kept = {}

    def shown(self, paths: Iterable[Path]) -> bool:
        """Whether every one of `paths` is as the last update that succeeded found it:
        the same bytes and status (any write since moves the change time)."""
        listed = list(paths)
        if not listed or not self._kept:
            return False
        states = self.now(listed)
        return states is not None and all(
            path in self._kept and self._kept[path] == state for path, state in states.items())
