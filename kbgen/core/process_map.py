"""`function` over many items in a pool of worker processes, the answers in the items' order:
the publishing gate judges a big site's articles this way, on every CPU the build may use.

The pool is an object that owns its processes: `with ProcessMap(...) as mapped:` shuts them
down at the end, and on any error. Each worker ends with the process that made the pool, even
when that one is killed (kbgen.core.background.start_child), so no worker outlives a failed
build. The workers are forked where the system can (they inherit the items: nothing is copied
on the way in) and spawned elsewhere (the items then go through pickle once a worker, at its
start); the worker's function and its state are module-level, as spawning needs. With one
usable CPU, or when the pool cannot start, the items are mapped here, in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Generic, TypeVar

from kbgen.core.background import can_fork, start_child

T = TypeVar("T")
U = TypeVar("U")

SHARE = 16
"""Items per task sent to a worker: small enough to even the workers' loads out, big enough
that sending the answers back costs little."""

_job: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
"""A worker's function and items, set by `_start_worker` (module state: what spawning needs)."""


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(parent: int, function: Callable[[Any], Any], items: Sequence[Any]) -> None:
    """A worker's start: end with `parent`, keep the job."""
    global _job
    start_child(parent)
    _job = (function, items)


def _map_share(start: int, end: int) -> list[Any]:
    """The function of items `start` to `end` (in a worker)."""
    assert _job is not None
    function, items = _job
    return [function(items[index]) for index in range(start, end)]


class ProcessMap(Generic[T, U]):
    """`function(item)` for each of `items`, in `workers` processes (every usable CPU by
    default; one: here, in this process)."""

    def __init__(self, function: Callable[[T], U], items: Sequence[T],
                 workers: int | None = None, start_method: str | None = None) -> None:
        self._function = function
        self._items = items
        self._shares = [(start, min(start + SHARE, len(items)))
                        for start in range(0, len(items), SHARE)]
        count = min(workers or usable_cpus(), len(self._shares))
        self._executor: ProcessPoolExecutor | None = None
        self._tasks: list[Future[list[U]]] = []
        if count > 1:
            self._start(count, start_method or ("fork" if can_fork() else "spawn"))

    @property
    def pooled(self) -> bool:
        """Whether worker processes map the items (False: this process does)."""
        return self._executor is not None

    def _start(self, count: int, start_method: str) -> None:
        """Start the workers and send them every share; none if the pool cannot start."""
        if multiprocessing.current_process().daemon:
            # a daemonic process (kbgen.core.background's) may not have children; its own
            # end is taken care of by its parent, and the workers end with it (start_child)
            multiprocessing.current_process().daemon = False
        try:
            self._executor = ProcessPoolExecutor(
                count, mp_context=multiprocessing.get_context(start_method),
                initializer=_start_worker, initargs=(os.getpid(), self._function, self._items))
            self._tasks = [self._executor.submit(_map_share, start, end)
                           for start, end in self._shares]
        except (OSError, RuntimeError, ValueError, BrokenProcessPool):
            self.shutdown()  # no pool here (no processes, no pipes): map the items here

    def __iter__(self) -> Iterator[U]:
        """The answers, in the items' order (each share's as soon as it is ready)."""
        if self._executor is None:
            yield from map(self._function, self._items)
            return
        for number, task in enumerate(self._tasks):
            try:
                answers = task.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
                self.shutdown()
                for start, end in self._shares[number:]:
                    yield from map(self._function, self._items[start:end])
                return
            yield from answers

    def shutdown(self, *, end_workers: bool = False) -> None:
        """Stop the workers (the tasks not yet begun are dropped) and wait for them; with
        `end_workers`, end them first: a worker busy on a share it may never finish (a build
        stopped by SIGTERM or Ctrl-C, or failed) is not waited for."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if end_workers:
            _end_workers(executor)
        executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ProcessMap[T, U]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.shutdown(end_workers=kind is not None)


def _end_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes (Python 3.14's `terminate_workers`; before it,
    the processes the executor keeps)."""
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()
