"""The lock of a preview's pages, taken by a background loop (the catch-up) only when nobody
else waits for it (kbgen.site.on_demand).

A catch-up renders page after page, each under the lock; a plain lock let it take the lock
again the moment it let go, before a waiting thread was scheduled, so a page a browser asked
for after a save (or a save's update) could wait until the catch-up reached that page by
itself: 16-19 s at 10,000 articles (bench/RESULTS.md, 2026-12-05, issue 14). Here whoever
asks in the foreground (`first`) is let in before the loop's next page (`after_others`), and
the loop can tell how long nobody asked (`quiet_for`: when a full collection disturbs no one).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator


class Turns:
    """A re-entrant lock whose background holder steps aside for foreground waiters."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._waiting = 0
        self._changed = threading.Condition()
        self._last = 0.0
        """When the last foreground holder let go (`time.monotonic`)."""

    @contextlib.contextmanager
    def first(self) -> Iterator[None]:
        """Hold the lock, ahead of any background holder's next turn."""
        with self._changed:
            self._waiting += 1
        try:
            with self.lock:
                yield
        finally:
            with self._changed:
                self._waiting -= 1
                self._last = time.monotonic()
                self._changed.notify_all()

    @contextlib.contextmanager
    def after_others(self) -> Iterator[None]:
        """Hold the lock once no foreground thread waits for it (a background loop's turn)."""
        with self._changed:
            self._changed.wait_for(lambda: self._waiting == 0)
        with self.lock:
            yield

    @property
    def waiting(self) -> int:
        """How many foreground threads wait for, or hold, the lock."""
        return self._waiting

    def quiet_for(self, seconds: float, since: float) -> bool:
        """Whether no foreground thread held or waited for the lock during the last
        `seconds`, nor since `since` (monotonic)."""
        with self._changed:
            return not self._waiting and time.monotonic() - max(self._last, since) >= seconds
