"""Full garbage collections in `kbgen serve`: run by the catch-up when nobody waits, never by
Python in the middle of a request or a save's update.

A full collection scans every object of the live site: 1.1-2.2 CPU s at 10,000 articles
(measured 5 December). Python starts one by itself once enough objects survived, in
whichever thread allocates next; in a request rendering the page a browser asked for, it
held that page 5-11 s under load. While serving,
Python's own full collections are off (the young generations are still collected, which
finds most garbage); the catch-up after a build that replaced another (kbgen.site.on_demand)
runs one once no page was asked for during `QUIET_S`, or before its finish: it frees the
build replaced. Saves of data or text make little garbage that is not freed at once.
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

QUIET_S = 3.0
"""Seconds without a page asked for (since the catch-up started) before it collects."""
NEVER = 2**31 - 1
"""A threshold of the oldest generation that is never reached."""


@contextlib.contextmanager
def full_collections_off() -> Iterator[None]:
    """Inside: Python starts no full collection by itself (`collect` still runs one)."""
    young, middle, oldest = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, oldest)


class OwedCollection:
    """The full collection a catch-up owes (after a build that replaced another), run once."""

    def __init__(self) -> None:
        self.owed = False

    def owe(self) -> None:
        """The catch-up owes one."""
        self.owed = True

    def run(self) -> None:
        """Collect now if one is owed."""
        if self.owed:
            self.owed = False
            gc.collect()
