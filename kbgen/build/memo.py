"""Results of pure work on one file (reading and checking an article, the publishing gate's
scan of it) kept by the digest of everything the work read, so an unchanged file is not read
and checked again. The results are exactly what the work returned: the same problems are
reported, and the gate blocks publishing exactly as without the cache."""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from kbgen.build.keys import Digest, software
from kbgen.build.store import Store

T = TypeVar("T")


class Memo:
    """Per-file results by the digest of their inputs (no store: always do the work)."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store

    def get(self, parts: tuple[Any, ...], make: Callable[[], T]) -> T:
        """The result `make()` gave for the same `parts` (and the same kbgen and packages),
        or a fresh one, kept."""
        if self.store is None:
            return make()
        key = Digest(software(), *parts).hex()
        payload = self.store.get(key)
        if payload is not None:
            try:
                return pickle.loads(payload)  # type: ignore[no-any-return]
            except Exception:  # noqa: BLE001, S110  (a damaged entry: do the work again)
                pass
        value = make()
        self.store.put(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Write the results made meanwhile together, at the end (see `Store.batch`)."""
        if self.store is None:
            yield
            return
        with self.store.batch():
            yield
