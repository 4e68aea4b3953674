"""Who renders a preview's page next: whoever asks for one (a browser's request, a save's
update) before the background catch-up that renders the rest.

Python's locks are not fair: the catch-up let the pages' lock go and took it again for its
next page before a thread woken to take it could run, so a page a browser asked for (or a
save) waited for a run of the catch-up's pages; and once it had the lock it shared the one
interpreter with the catch-up's rendering, at half speed. The catch-up now waits while
anyone asks.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

PAUSE_CHECK_S = 0.05
"""How often a waiting catch-up looks whether it was told to stop."""


class Turns:
    """The threads asking for a preview's pages now; the catch-up waits for none to."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._asking = 0
        self._last = 0.0
        """When the last one stopped asking (`time.monotonic`)."""

    @contextlib.contextmanager
    def asking(self) -> Iterator[None]:
        """Inside: the catch-up takes no page of its own."""
        with self._changed:
            self._asking += 1
        try:
            yield
        finally:
            with self._changed:
                self._asking -= 1
                self._last = time.monotonic()
                if not self._asking:
                    self._changed.notify_all()

    def wait_for_none(self, stop: threading.Event) -> None:
        """Return once nobody asks, or `stop` is set."""
        with self._changed:
            while self._asking and not stop.is_set():
                self._changed.wait(PAUSE_CHECK_S)

    def quiet_for(self, seconds: float, since: float) -> bool:
        """Whether nobody asked during the last `seconds`, nor since `since` (monotonic)."""
        with self._changed:
            return not self._asking and time.monotonic() - max(self._last, since) >= seconds
