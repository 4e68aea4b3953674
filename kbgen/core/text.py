"""Characters a reader cannot see: refuse them in one-line fields, show them in messages.

A right-to-left override (U+202E) makes `invoice\u202eexe.md` read as `invoicedm.exe`, and a
zero-width or control character makes two names that look alike differ. Messages print such
characters as `<U+202E RIGHT-TO-LEFT OVERRIDE>`; one-line fields (titles, names, labels)
refuse bidirectional controls, control characters and line or paragraph separators.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset(
    [*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)),
     "\u200e", "\u200f", "\u061c"]
)
"""Embeddings, overrides, isolates and marks: they reorder how the text around them reads."""
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Control, format (zero-width, bidi), surrogate, private, unassigned, line/paragraph separator."""
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
"""What no one-line field may hold, besides the bidi controls and the noncharacters."""


def code_point(char: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


_CONTROL_NAMES = {"\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x00": "NULL",
                  "\x1b": "ESCAPE", "\x7f": "DELETE", "\x85": "NEXT LINE"}


def _hidden(char: str, keep: str) -> bool:
    if char in keep:
        return False
    category = unicodedata.category(char)
    return category in _HIDDEN_CATEGORIES or (category == "Zs" and char != " ")


def show_hidden(text: str, keep: str = "") -> str:
    """`text` with every invisible character (except those in `keep`) written as
    `<U+202E RIGHT-TO-LEFT OVERRIDE>`, so a terminal prints what is really there."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(f"<{code_point(c)}>" if _hidden(c, keep) else c for c in text)


def refusal(char: str) -> str:
    """Why `char` has no place in a one-line field, and what to do."""
    effect = ("reorders how the text around it reads" if char in BIDI_CONTROLS
              else "is invisible or breaks the line")
    return (f"contains {code_point(char)}, a character that {effect}; delete it (retype the"
            " text if you cannot see it)")


def refused_character(text: str) -> str | None:
    """The first character a one-line field must not hold (bidi control, control character,
    line or paragraph separator), or None. Tabs are refused too."""
    if text.isascii() and text.isprintable():
        return None
    for char in text:
        if char in BIDI_CONTROLS or unicodedata.category(char) in _REFUSED_CATEGORIES \
                or is_noncharacter(char):
            return char
    return None


def is_noncharacter(char: str) -> bool:
    """U+FDD0 to U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF...):
    never text, and U+FFFE and U+FFFF make an XML document (a feed) unreadable."""
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
