"""Run a function in a forked process while the build goes on, and collect its result later.

The fork inherits the loaded knowledge base, so nothing is read twice and nothing is pickled
on the way in; the result comes back through a pipe. Used by `kbgen build` on big sites to
read part of the articles, and for the work that does not need the pages (the publishing
gate, the search index).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """True where this process can be forked (Linux, macOS)."""
    return "fork" in multiprocessing.get_all_start_methods()


PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal a process gets when its parent dies."""


def _ask_for_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where it cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def start_child(parent: int) -> None:
    """In a forked child of process `parent`: end when the parent ends, even by `kill -9`
    (no orphan keeps working or holds the build's lock), and take the default action on
    SIGTERM and SIGHUP (the build's handlers for them are for the build process only)."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if not _ask_for_death_signal():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class BackgroundError(Exception):
    """The background function raised (the message holds its traceback) or its process died."""


class Background(Generic[T]):
    """`function()` running in a forked process."""

    def __init__(self, function: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        self._receiver = receiver
        self._process = context.Process(target=_run, args=(function, sender, os.getpid()),
                                        daemon=True)
        self._process.start()
        sender.close()

    def result(self) -> T:
        """Wait for the function's return value; raise BackgroundError if it failed."""
        try:
            ok, value = self._receiver.recv()
        except EOFError:
            self._process.join()
            raise BackgroundError(
                f"the background process ended without an answer (exit code"
                f" {self._process.exitcode})") from None
        finally:
            self._receiver.close()
        self._process.join()
        if not ok:
            raise BackgroundError(value)
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the process (the build failed before its answer was needed)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()


class BackgroundPair(Generic[T, U]):
    """`first()` and `second()`, each running in its own forked process: two independent
    jobs end sooner on two CPUs than one after the other in one process."""

    def __init__(self, first: Callable[[], T], second: Callable[[], U]) -> None:
        self._first = Background(first)
        self._second = Background(second)

    def result(self) -> tuple[T, U]:
        """Wait for both return values; raise BackgroundError if either failed."""
        try:
            return self._first.result(), self._second.result()
        except BackgroundError:
            self._second.cancel()
            raise

    def cancel(self) -> None:
        """Stop both processes."""
        self._first.cancel()
        self._second.cancel()


def _run(function: Callable[[], Any], sender: Connection, parent: int) -> None:
    start_child(parent)
    gc.freeze()  # what the build loaded stays alive: garbage collection need not scan it
    try:
        answer: tuple[bool, Any] = (True, function())
    except BaseException:  # noqa: BLE001  (reported to the build process)
        answer = (False, traceback.format_exc())
    sender.send(answer)
    sender.close()
