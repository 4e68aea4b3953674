"""Text that bidi control characters reorder, as a screen shows it, for the gate.

The gate reads text in the order it is stored. A right-to-left override (U+202E ... U+202C)
shows its characters reversed, so `\\u202e04.03.02.01\\u202c` is stored reversed and shown as
`10.20.30.40`; an embedding or isolate (U+202B, U+2067) shows left-to-right words in reverse
order, so `\\u2067123456 7911 +44\\u2069` shows as `+44 7911 123456`. `shown_segments` gives
what such segments show, to be read beside the stored text (kbgen.core.normalize).
"""

from __future__ import annotations

import re

RIGHT_TO_LEFT_OVERRIDE = "\u202e"
LEFT_TO_RIGHT_OVERRIDE = "\u202d"
RIGHT_TO_LEFT_OPENERS = "\u202b\u2067"
"""An embedding and an isolate that run right to left: words in reverse order."""
OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
CLOSERS = "\u202c\u2069"
_CONTROLS = re.compile(f"[{OPENERS}{CLOSERS}]")
_OTHER_CONTROLS = re.compile("[\u200e\u200f\u061c]")
"""Marks that reorder nothing on their own; dropped inside a segment."""


def shown_segments(line: str) -> list[str]:
    """What each outermost right-to-left segment of `line` shows (an override's characters
    reversed, an embedding's words in reverse order); [] without one. Segments inside one are
    read as part of it, so what is returned is never longer than `line`."""
    if not any(opener in line for opener in (RIGHT_TO_LEFT_OVERRIDE, *RIGHT_TO_LEFT_OPENERS)):
        return []
    shown: list[str] = []
    stack: list[str] = []
    outer: tuple[str, int] | None = None  # the open right-to-left segment: opener, start
    for match in _CONTROLS.finditer(line):
        control = match.group()
        if control in OPENERS:
            if outer is None and control in _RIGHT_TO_LEFT:
                outer = (control, match.end())
                stack = []
            stack.append(control)
        elif stack:
            stack.pop()
            if outer is not None and not stack:
                shown.append(_shown(outer[0], line[outer[1]:match.start()]))
                outer = None
    if outer is not None:  # open to the end of the line, as a paragraph ends it
        shown.append(_shown(outer[0], line[outer[1]:]))
    return [text for text in shown if text.strip()]


_RIGHT_TO_LEFT = (RIGHT_TO_LEFT_OVERRIDE, *RIGHT_TO_LEFT_OPENERS)


def _shown(opener: str, text: str) -> str:
    text = _OTHER_CONTROLS.sub("", _CONTROLS.sub("", text))
    if opener == RIGHT_TO_LEFT_OVERRIDE:
        return text[::-1]
    return " ".join(reversed(text.split()))
