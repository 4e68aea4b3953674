"""The detectors' hits of a line, kept by the line where the line alone decided them (issue 13,
branches cpu60 and gatefast69): a help centre repeats lines from page to page (a note, a step,
a closing sentence), each line is read again as shown, with its marks blanked and by the
rules that judge a part of it, and most detectors find nothing in most lines.

A detector is called with a context that holds nothing (`_NoContext`): whatever it asks of it
raises `_Unsettled`, which no `except Exception` of a rule catches, and the line is read
again with its page's context each time (nothing is kept but that it must be). A call that
ends without asking read the line alone: the detectors keep no state and draw no chance, so
the same line gives the same hits on every page, whatever the page's allowances, region or
earlier lines; what depends on those (an allowance's pattern, an example, an accepted value)
is applied to the hits after, as before (kbgen.core.privacy.detectors._hits_in_line).

What a line holds is kept as one entry (`_Read`) for all detectors, each detector a bit of an
`Order`: one look-up a line, then only the detectors that found something in it or asked the
context are visited (gatefast69: a look-up per detector and line, and each line's needs asked
again for each set of detectors, were ~16% of the gate's CPU)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache

from kbgen.core.privacy.context import Detector, _Context, _fold, _Hit

LINES_KEPT = 1 << 14
"""Lines kept, the least recently asked dropped first."""
LONGEST_KEPT = 1000
"""Longer lines are read each time (they rarely come back): what a long-running process
(`kbgen serve`) keeps stays under LINES_KEPT such lines, in practice a few MB."""

LineNeed = Callable[[str, str], bool]
"""What a detector needs in a line (the line, and its _fold) to find anything in it."""


class _Unsettled(BaseException):  # noqa: N818  (a signal, not an error)
    """A detector asked the page's context: its hits are not the line's alone."""


class _NoContext:
    """A context holding nothing: any attribute asked raises _Unsettled."""

    __slots__ = ()

    def __getattr__(self, name: str) -> object:
        raise _Unsettled(name)


_NO_CONTEXT = _NoContext()


class Order:
    """Detectors to ask of a line, in the order their hits are taken, each with its bit (a
    detector's bit is the same in every Order) and its line's need, if it has one."""

    __slots__ = ("detectors", "kept", "mask", "steps", "by_bit", "rank", "ascending")

    def __init__(self, detectors: tuple[Detector, ...], bits: Mapping[Detector, int],
                 line_needs: Mapping[Detector, LineNeed]) -> None:
        self.detectors = detectors
        self.kept = (all(detector in bits for detector in detectors)
                     and len(set(detectors)) == len(detectors))
        """Whether every detector has a bit of its own (hits kept by line); else each line is
        read."""
        own = [bits.get(detector, 0) for detector in detectors]
        self.mask = sum(set(own))
        self.steps = tuple(zip(detectors, own, (line_needs.get(detector)
                                                for detector in detectors), strict=True))
        """(detector, bit, line's need or None), in order."""
        self.by_bit = dict(zip(own, detectors, strict=True))
        self.rank = {bit: place for place, bit in enumerate(own)}
        self.ascending = own == sorted(own)
        """Whether the order is the bits' own (then a line's bits are taken lowest first)."""

    def wanted(self, line: str) -> tuple[Detector, ...]:
        """The detectors but those whose line's need `line` lacks, in order."""
        folded = None
        wanted = []
        for detector, _, need in self.steps:
            if need is not None:
                if folded is None:
                    folded = _fold(line)
                if not need(line, folded):
                    continue
            wanted.append(detector)
        return tuple(wanted)


class _Read:
    """What the detectors asked of one line so far found in it read alone."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[int, int, dict[int, tuple[_Hit, ...]]] = (0, 0, {})
        """(the bits of the detectors asked, or whose line need the line lacks; those that
        found something or asked the context, to be asked with it each time; the hits of the
        settled ones of those, by bit), replaced whole: a thread reading the line at the same
        time (`kbgen serve`'s catch-up) may lose what another learnt, never see a detector
        asked without its hits."""

    def learn(self, line: str, order: Order) -> None:
        """Ask the line alone every detector of `order` not asked yet."""
        folded = None
        for detector, bit, need in order.steps:
            if self.state[0] & bit:
                continue  # (also where a rule judging a part asked it of this same line)
            if need is not None:
                if folded is None:
                    folded = _fold(line)
                if not need(line, folded):
                    self._add(bit, ())
                    continue
            hits: tuple[_Hit, ...] | None
            try:
                hits = tuple(detector(line, _NO_CONTEXT))  # type: ignore[arg-type]
            except _Unsettled:
                hits = None
            self._add(bit, hits)

    def _add(self, bit: int, hits: tuple[_Hit, ...] | None) -> None:
        """`bit` asked, with its hits (None: it asked the context)."""
        asked, live, kept = self.state
        if hits is None:
            self.state = (asked | bit, live | bit, kept)
        elif hits:
            self.state = (asked | bit, live | bit, {**kept, bit: hits})
        else:
            self.state = (asked | bit, live, kept)


@lru_cache(maxsize=LINES_KEPT)
def _alone(line: str) -> _Read:
    """What is kept of `line` (filled as detectors are asked)."""
    return _Read()


def line_hits(line: str, context: _Context, order: Order
              ) -> Iterator[tuple[Detector, tuple[_Hit, ...]]]:
    """Each detector of `order` with its hits of `line` as `detector(line, context)` gives
    them, in `order`, skipping those whose line's need the line lacks or that find nothing.
    Read lazily: a detector asked with `context` runs after the hits before it were taken."""
    if len(line) > LONGEST_KEPT or not order.kept:
        return _read_each(line, context, order)
    read = _alone(line)
    asked, live, kept = read.state
    if order.mask & ~asked:
        read.learn(line, order)
        asked, live, kept = read.state
        if order.mask & ~asked:  # another thread's reading replaced this one's
            return _read_each(line, context, order)
    live &= order.mask
    if not live:
        return iter(())
    return _kept(line, context, order, kept, live)


def _kept(line: str, context: _Context, order: Order, kept: dict[int, tuple[_Hit, ...]],
          live: int) -> Iterator[tuple[Detector, tuple[_Hit, ...]]]:
    """line_hits of the `live` bits of a kept line (`kept`: the settled ones' hits)."""
    bits = []
    while live:
        low = live & -live
        bits.append(low)
        live ^= low
    if not order.ascending and len(bits) > 1:
        bits.sort(key=order.rank.__getitem__)
    for bit in bits:
        detector = order.by_bit[bit]
        hits = kept.get(bit)
        yield detector, tuple(detector(line, context)) if hits is None else hits


def _read_each(line: str, context: _Context, order: Order
               ) -> Iterator[tuple[Detector, tuple[_Hit, ...]]]:
    """line_hits with nothing kept: each detector whose need the line holds, with `context`."""
    for detector in order.wanted(line):
        yield detector, tuple(detector(line, context))
