"""Control characters in a source file, which a page drops or shows as a blank.

Python-Markdown deletes STX and ETX (`\\x02`, `\\x03`, its own placeholders) from what it reads,
and a browser drops NUL: `4556\\x027375 8689 9855` in an article was published as the card
number `45567375 8689 9855`, and `jane\\x00.doe@gmail.com` as an address, while the gate read
the source, where neither is one. No article of the seen help centres holds one (7,036
articles: none of U+0000-U+0008, U+000B-U+000C, U+000E-U+001F, U+007F-U+009F), so a source
holding one is refused at its line rather than read as something else than it is shown.
"""

from __future__ import annotations

import re

from kbgen.core.text import code_point

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 controls but tab and line ends, DEL and the C1 controls."""


def first_control(text: str) -> tuple[int, str] | None:
    """The line (1-based) and name (`U+0000 NULL`) of the first control character of
    `text`, or None (one-line fields refuse them apart: kbgen.core.text)."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return text.count("\n", 0, found.start()) + 1, code_point(found.group())


def control_message(name: str) -> str:
    """What to say of a source holding the control character `name`."""
    return (f"a control character ({name}) that the page would drop or show as a blank, so"
            " what it splits (a card number, an address) is published whole while it is"
            " checked apart; remove it")


def without_controls(text: str) -> str:
    """`text` as its page or a browser reads it: without its control characters, so a value
    they split reads joined again (`jane.doe\\x1c@gmail.com`: a 6 px gap in Chromium, NUL
    nothing). A source refused for one is still checked so (its other findings reported in
    the same run), and a copied text file is read so as well as it is."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text
