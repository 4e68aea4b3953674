"""Results of pure work on one file (reading and checking an article, the publishing gate's
scan of it) kept by the digest of everything the work read, so an unchanged file is not read
and checked again. The results are exactly what the work returned: the same problems are
reported, and the gate blocks publishing exactly as without the cache."""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

from kbgen.build.kept import Kept
from kbgen.build.keys import Digest, software
from kbgen.build.reads import Reads
from kbgen.build.shown import relocated
from kbgen.build.store import Store

T = TypeVar("T")


class Recent:
    """The entries the last two builds of a long-running process (`kbgen serve`) read or
    wrote, by key: an entry looked up again is not read from disk. Older ones are dropped."""

    def __init__(self) -> None:
        self._now: dict[str, bytes] = {}
        self._before: dict[str, bytes] = {}
        self.kept = Kept()
        """The results themselves, by file, with their inputs (kbgen.build.kept)."""
        self.reads = Reads()
        """The bytes of the files read, by their status (kbgen.build.reads)."""

    def next_build(self) -> None:
        """A build starts: keep what the last one used, drop what only the one before did."""
        self._before, self._now = self._now, {}
        self.kept.next_build()
        self.reads.next_build()

    def get(self, key: str) -> bytes | None:
        """The payload under `key`, if a recent build used it."""
        payload = self._now.get(key)
        if payload is None:
            payload = self._before.get(key)
            if payload is not None:
                self._now[key] = payload
        return payload

    def put(self, key: str, payload: bytes) -> None:
        """Keep `payload` (read from the store, signature checked, or just written)."""
        self._now[key] = payload


class Memo:
    """Per-file results by the digest of their inputs (no store: always do the work);
    `recent` keeps the payloads of the last builds in memory."""

    def __init__(self, store: Store | None = None, recent: Recent | None = None) -> None:
        self.store = store
        self.recent = recent

    @property
    def kept(self) -> Kept | None:
        """The live model of a long-running process, if any (kbgen.build.kept)."""
        return self.recent.kept if self.recent is not None else None

    @property
    def reads(self) -> Reads | None:
        """The files a long-running process read, if any (kbgen.build.reads)."""
        return self.recent.reads if self.recent is not None else None

    def get(self, parts: tuple[Any, ...], make: Callable[[], T], slot: Hashable = None,
            shown: str | None = None) -> T:
        """The result `make()` gave for the same `parts` (and the same kbgen and packages),
        or a fresh one, kept; with a `slot` (the kind of work and its file), a result the
        last builds of this process made from equal `parts` is taken as it is (results are
        immutable: frozen dataclasses and tuples of them). `shown`: the path messages show
        for the file, left out of `parts` (it depends on the working folder) and replaced
        in a result made where it was another (kbgen.build.shown)."""
        if self.store is None:
            return make()
        kept = self.kept
        if slot is not None and kept is not None:
            return kept.get(slot, parts if shown is None else (shown, parts),
                            lambda: self._stored(parts, make, shown))
        return self._stored(parts, make, shown)

    def holds(self, parts: tuple[Any, ...]) -> bool:
        """Whether a result for `parts` is kept, so that `get` would not make one (unless
        the entry is damaged: `get` then makes it again)."""
        if self.store is None:
            return False
        key = Digest(software(), *parts).hex()
        return ((self.recent is not None and self.recent.get(key) is not None)
                or self.store.has(key))

    def _stored(self, parts: tuple[Any, ...], make: Callable[[], T],
                shown: str | None = None) -> T:
        assert self.store is not None
        key = Digest(software(), *parts).hex()
        payload = self.recent.get(key) if self.recent is not None else None
        if payload is None:
            payload = self.store.get(key)
            if payload is not None and self.recent is not None:
                self.recent.put(key, payload)
        if payload is not None:
            try:
                stored = pickle.loads(payload)
                if shown is None:
                    return stored  # type: ignore[no-any-return]
                was, value = stored
                return relocated(value, was, shown)  # type: ignore[no-any-return]
            except Exception:  # noqa: BLE001, S110  (a damaged entry: do the work again)
                pass
        value = make()
        payload = pickle.dumps(value if shown is None else (shown, value),
                               protocol=pickle.HIGHEST_PROTOCOL)
        self.store.put(key, payload)
        if self.recent is not None:
            self.recent.put(key, payload)
        return value

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Write the results made meanwhile together, at the end (see `Store.batch`)."""
        if self.store is None:
            yield
            return
        with self.store.batch():
            yield
