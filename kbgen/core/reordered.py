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
    """What each right-to-left segment of `line` shows (an override's characters reversed,
    an embedding's words in reverse order), outermost first; [] without one."""
    if not any(opener in line for opener in (RIGHT_TO_LEFT_OVERRIDE, *RIGHT_TO_LEFT_OPENERS)):
        return []
    shown: list[str] = []
    stack: list[tuple[str, int]] = []  # (opener, where its text starts)
    for match in _CONTROLS.finditer(line):
        control = match.group()
        if control in OPENERS:
            stack.append((control, match.end()))
        elif stack:
            opener, start = stack.pop()
            if opener == RIGHT_TO_LEFT_OVERRIDE or opener in RIGHT_TO_LEFT_OPENERS:
                shown.append(_shown(opener, line[start:match.start()]))
    for opener, start in reversed(stack):  # open to the end of the line, as a paragraph ends it
        if opener == RIGHT_TO_LEFT_OVERRIDE or opener in RIGHT_TO_LEFT_OPENERS:
            shown.append(_shown(opener, line[start:]))
    return [text for text in reversed(shown) if text.strip()]


def _shown(opener: str, text: str) -> str:
    text = _OTHER_CONTROLS.sub("", _CONTROLS.sub("", text))
    if opener == RIGHT_TO_LEFT_OVERRIDE:
        return text[::-1]
    return " ".join(reversed(text.split()))
