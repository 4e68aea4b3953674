"""A detector's hits of a line kept by the line, where the line alone decided them (issue 13,
branch cpu60): a help centre repeats lines from page to page (a note, a step, a closing
sentence), and each detector reads each again.

A detector is called with a context that holds nothing (`_NoContext`): whatever it asks of it
raises `_Unsettled`, which no `except Exception` of a rule catches, and the line is read
again with its page's context (nothing is kept). A call that ends without asking read the line
alone: the detectors keep no state and draw no chance, so the same line gives the same hits
on every page, whatever the page's allowances, region or earlier lines; what depends on those
(an allowance's pattern, an example, an accepted value) is applied to the hits after, as
before (kbgen.core.privacy.detectors._hits_in_line)."""

from __future__ import annotations

from functools import lru_cache

from kbgen.core.privacy.context import Detector, _Context, _Hit

LINES_KEPT = 1 << 16
"""Entries (a detector and a line) kept, the least recently asked dropped first."""
LONGEST_KEPT = 1000
"""Longer lines are read each time (they rarely come back): what a long-running process
(`kbgen serve`) keeps stays under LINES_KEPT such lines, in practice a few MB."""


class _Unsettled(BaseException):  # noqa: N818  (a signal, not an error)
    """A detector asked the page's context: its hits are not the line's alone."""


class _NoContext:
    """A context holding nothing: any attribute asked raises _Unsettled."""

    __slots__ = ()

    def __getattr__(self, name: str) -> object:
        raise _Unsettled(name)


_NO_CONTEXT = _NoContext()


@lru_cache(maxsize=LINES_KEPT)
def _alone(detector: Detector, line: str) -> tuple[_Hit, ...]:
    """`detector`'s hits of `line` with no context (raises _Unsettled where it asks one)."""
    return tuple(detector(line, _NO_CONTEXT))  # type: ignore[arg-type]


def line_hits(detector: Detector, line: str, context: _Context) -> tuple[_Hit, ...]:
    """`detector(line, context)`'s hits: kept by the line where the line alone decided them
    (the same hits, in the same order), else read with `context`."""
    if len(line) > LONGEST_KEPT:
        return tuple(detector(line, context))
    try:
        return _alone(detector, line)
    except _Unsettled:
        return tuple(detector(line, context))
