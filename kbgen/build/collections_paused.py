"""Cyclic garbage collection paused while a build may be a quick one.

A quick build (kbgen.site.quick_build) makes little garbage, but collections among what it
imports and loads (the snapshot's millions of objects) cost it 0.5-0.6 CPU s at 10,000
articles. A full build makes much: it turns them on again (`resume`) before it starts.
Reference counting frees all that is not in a cycle either way.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class CollectionsPaused:
    """Whether collections were on when the outermost pause began (pauses nest: the CLI's
    around the whole command, `build_with_summary`'s for callers in their own process)."""

    def __init__(self) -> None:
        self.was: list[bool] = []

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Collections off inside the `with` block; as they were, after."""
        self.was.append(gc.isenabled())
        gc.disable()
        try:
            yield
        finally:
            if self.was.pop():
                _enable()

    def resume(self) -> None:
        """Collections on again inside the pauses, if they were on before the first."""
        if self.was and self.was[0]:
            _enable()


def _enable() -> None:
    """Collections on, what was made meanwhile counted as old (a collection of all of it at
    once, the first after a quick build, cost 0.26 CPU s at 10,000 articles; cycles among it
    are found by the next full collection)."""
    if not gc.isenabled():
        gc.freeze()  # young and old alike set aside, then put back among the old
        gc.enable()
        gc.unfreeze()


COLLECTIONS = CollectionsPaused()
"""The process's pauses (garbage collection is the process's)."""
