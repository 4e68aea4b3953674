"""The file memo of `kbgen serve` filled once its start from the last build's snapshot
caught up (kbgen.site.cold_start).

That start takes the knowledge base as the build left it, so the process has read no
article and holds none of the memo's results (kbgen.build.memo: the bytes read, each
article as read, the gate's verdicts, the links found). The first save that runs a build
(a new or renamed article) then read every article and every result from disk: 2.3 s more
than any later save at 10,000 articles. Here the same load runs once in the background
after the start's catch-up, its results dropped and the process's memo kept: it steps
aside while another thread waits for the pages' lock (a save's render), and stops when
the catch-up is told to (a save that builds: it loads through the memo as filled so far).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from kbgen.build.memo import Memo
from kbgen.site.incremental import file_memo
from kbgen.site.loading import load_checked

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.build.kept import Kept
    from kbgen.site.state import BuildState
    from kbgen.site.turns import Turns

T = TypeVar("T")
log = logging.getLogger("mkdocs.commands.serve")
WARMED = "File memo filled from the content in {seconds:.2f} s ({cpu:.2f} s of CPU)"
PAUSE_S = 0.05
"""How often a paused fill looks whether the thread it stepped aside for is done."""


class Stopped(BaseException):
    """The fill was told to stop (a BaseException: no per-file `except Exception` keeps
    it going)."""


class Yielding:
    """Where the fill looks whether to go on: stopped (raises Stopped) or paused while a
    foreground thread waits for the pages' lock."""

    def __init__(self, stopped: Callable[[], bool], turns: Turns) -> None:
        self._stopped = stopped
        self._turns = turns

    def check(self) -> None:
        """Raise Stopped when told to stop; wait while a foreground thread waits."""
        while True:
            if self._stopped():
                raise Stopped
            if not self._turns.waiting:
                return
            time.sleep(PAUSE_S)


class _YieldingKept:
    """The process's kept results (kbgen.build.kept), looked up only after `check`."""

    def __init__(self, kept: Kept, yielding: Yielding) -> None:
        self._kept = kept
        self._yielding = yielding

    def get(self, slot: Hashable, inputs: Any, make: Callable[[], T]) -> T:
        """As `Kept.get`, after `Yielding.check`."""
        self._yielding.check()
        return self._kept.get(slot, inputs, make)


class YieldingMemo(Memo):
    """A file memo whose every look-up first asks `yielding`."""

    def __init__(self, memo: Memo, yielding: Yielding) -> None:
        super().__init__(memo.store, memo.recent)
        self._yielding = yielding

    @property
    def kept(self) -> Kept | None:
        """The process's kept results, each look-up first asking `yielding`."""
        kept = super().kept
        return None if kept is None else cast("Kept", _YieldingKept(kept, self._yielding))

    def get(self, parts: tuple[Any, ...], make: Callable[[], T], slot: Hashable = None,
            shown: str | None = None) -> T:
        """As `Memo.get`, after `Yielding.check`."""
        self._yielding.check()
        return super().get(parts, make, slot, shown)


class MemoFill:
    """The one fill of a server's file memo after a start from the snapshot."""

    def __init__(self, needed: Callable[[], bool]) -> None:
        self.needed = needed
        """Whether the start left the memo empty (asked once the start's build is done)."""
        self.done = False
        """Whether the memo was filled (then no fill runs again)."""

    def run(self, state: BuildState | None, config: MkDocsConfig | None,
            yielding: Yielding) -> None:
        """Load the content of `state`'s build through the process's file memo, once; a
        fill stopped early leaves what it found kept and runs again at the next call."""
        if (self.done or not self.needed() or state is None or config is None
                or state.recent is None):
            return
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            load_checked(state, config, memo=YieldingMemo(file_memo(state, config), yielding))
        except Stopped:
            log.debug("File memo's fill stopped (a save builds)")
            return
        except Exception as exc:  # noqa: BLE001  (only the first save's speed depends on it)
            log.debug(f"File memo not filled: {exc}")
        self.done = True
        log.info(WARMED.format(seconds=time.perf_counter() - started,
                               cpu=time.thread_time() - cpu))
