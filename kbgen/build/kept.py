"""The live model of a long-running process (`kbgen serve`): the result of pure work on one
file (reading an article, the gate's verdict on it, the links written in it) kept in memory
by a slot (the kind of work and the file), with the inputs it was made from. A later build
whose inputs for the slot are equal takes the result as it is: no digest of the inputs, no
look-up in the file memo, no work. Only the files a save changed are worked on again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


PLAIN = (str, bytes, int, float, bool, type(None))
"""Values compared by value (and type); any other object only by identity."""


def same(kept: Any, now: Any) -> bool:
    """Whether `now` is the same input as `kept`: equal plain values of the same types all
    the way down (`1`, `1.0` and `True` are equal in Python but not the same input), any
    other object the very same one (an article the last build read and this one reused)."""
    if kept is now:
        return True
    kind = type(now)
    if type(kept) is not kind:
        return False
    if kind in PLAIN:
        return bool(kept == now)
    if kind is tuple or kind is list:
        return len(kept) == len(now) and all(same(a, b) for a, b in zip(kept, now))
    if kind is dict:
        return kept.keys() == now.keys() and all(same(kept[key], value)
                                                 for key, value in now.items())
    return False


class Kept:
    """Results by slot, each with its inputs; a slot no build used since the one before the
    last is dropped (a deleted or renamed file's)."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[Any, Any]] = {}
        self._used: set[Hashable] = set()
        self._used_before: set[Hashable] = set()
        self.reused = 0
        """How many results the current build took as they were (for tests and profiles)."""

    def next_build(self) -> None:
        """A build starts: forget the slots neither of the last two builds used."""
        if self._used or self._used_before:
            keep = self._used | self._used_before
            self._entries = {slot: entry for slot, entry in self._entries.items()
                             if slot in keep}
        self._used_before, self._used = self._used, set()
        self.reused = 0

    def get(self, slot: Hashable, inputs: Any, make: Callable[[], T]) -> T:
        """The result kept in `slot` if it was made from the same `inputs`, else `make()`,
        kept."""
        self._used.add(slot)
        entry = self._entries.get(slot)
        if entry is not None and same(entry[0], inputs):
            self.reused += 1
            return entry[1]  # type: ignore[no-any-return]
        value = make()
        self._entries[slot] = (inputs, value)
        return value

    def __len__(self) -> int:
        return len(self._entries)
