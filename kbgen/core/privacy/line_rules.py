"""An accepting rule that asks something of a value and something of its line, for the gate
(issue 19, branch fq51): the line's question is asked once a line, however many values the
line holds (a long line of values asked once per value made the work grow with its square)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN


def accepted(found: list[tuple[int, str, _Hit]], context: _Context, reason: str,
             value_passes: Callable[[int, str, _Hit], bool],
             line_passes: Callable[[int, str], bool]) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords and tokens (no vendor's key) that `value_passes` on a line that
    `line_passes`, each accepted for `reason`."""
    # each line's answer, by index and the line asked of (a value's line is the page's own
    # line or a joined one), as line_facts.LineFacts keeps it
    lines_pass: dict[int, tuple[str, bool]] = {}
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and value_passes(index, line, hit):
            known = lines_pass.get(index)
            if known is None or known[0] is not line:
                known = lines_pass[index] = (line, line_passes(index, line))
            if known[1]:
                context.accept(index, hit, reason)
                continue
        yield index, line, hit
