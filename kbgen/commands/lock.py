"""One build at a time per output folder: an advisory lock file beside the folder.

The lock is `fcntl.flock` on `.<folder>.lock`, so the operating system drops it when the build
process ends, however it ends (`kill -9` included): a crashed build never blocks the next one.
The file holds the pid of the build that owns it, for the message the second build prints.
A build's last steps, which only later builds need, may run in a child process after the
build process ended (kbgen.commands.apart): the child holds the lock, its file says
`finishing`, and a build started meanwhile waits for it instead of refusing.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from kbgen.errors import KbError

try:
    import fcntl
except ImportError:  # pragma: no cover  (Windows: no locking, as before)
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".{name}.lock"
FINISHING = "finishing"
"""In the lock file after the pid: the holder only keeps what later builds start from."""


class BuildLock:
    """Exclusive right to build into `target`; use as a context manager."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(LOCK_NAME.format(name=target.name))
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock now, or raise KbError naming the build that holds it."""
        if fcntl is None:  # pragma: no cover
            return
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner, finishing = _holder(fd)
                if finishing:  # a few seconds at most: wait for it
                    fcntl.flock(fd, fcntl.LOCK_EX)
                    if _same_file(fd, self.path):
                        break
                    os.close(fd)
                    continue
                os.close(fd)
                raise KbError(
                    f"Another kbgen build{f' (pid {owner})' if owner else ''} is writing"
                    f" {self.target}; wait until it finishes and build again, or build into"
                    " another folder with -d.") from None
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the holder removed the file after we opened it: take the new one
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def hand_over(self) -> None:
        """Leave the lock to a child process forked while holding it (which releases it):
        this process's descriptor is closed, the file left in place."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def mark_finishing(self) -> None:
        """Say in the lock file that its holder (this process) is only finishing: a build
        started meanwhile waits for it."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"{os.getpid()} {FINISHING}\n".encode(), 0)

    def release(self) -> None:
        """Remove the lock file and drop the lock."""
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


def wait_for_finishing(target: Path) -> None:
    """Wait while a build into `target` is only finishing (kbgen.commands.apart: its child
    still keeps what later builds and `kbgen serve` start from); return at once when no
    build holds the lock or one is still building."""
    if fcntl is None:  # pragma: no cover
        return
    try:
        fd = os.open(BuildLock(target).path, os.O_RDONLY)
    except OSError:
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            if _holder(fd)[1]:
                fcntl.flock(fd, fcntl.LOCK_SH)
        fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(fd: int) -> tuple[int | None, bool]:
    """The pid the lock file names, and whether that holder is only finishing."""
    try:
        words = os.pread(fd, 64, 0).decode("ascii", "replace").split()
    except OSError:
        return None, False
    pid = int(words[0]) if words and words[0].isdigit() else None
    return pid, words[1:] == [FINISHING]


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)
