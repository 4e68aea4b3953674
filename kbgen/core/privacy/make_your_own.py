"""A value its own settings row tells the reader to replace with one of their own, for the
gate (issue 19, branch fp66).

OPNsense's IPsec guides set their tunnels up in tables of three columns, a setting, the value
the guide uses and a note: `**Pre-Shared Key**   At4aDMOAOub2NwT6gMHA   *Random key*. **CREATE
YOUR OWN!**`. The note says the value is one the guide made up and must not be used as it
stands; the entropy check reads it as a key.

Accepted only when all of these hold: the value is a key the entropy check found (never a
service's key: `ghp_…`, `sk_live_…`); before it on its line stands only a setting's label,
letters, blanks, `-`, `/` and brackets, emphasised or not (`**Shared Key (PSK)**`); after
it, past a column's blanks, stands only the instruction to make one's own, in English, and
at most a note before it saying the value is random (INSTRUCTION: `*Random key*. **CREATE
YOUR OWN!**`, `Generate your own`); and the line says nothing of whose or of a live system
(placed_above.says_whose: `Our PSK`, `production`). A note saying anything more (`*our office
key*. **CREATE YOUR OWN!**`), a label naming someone (`Acme's PSK`), a value in prose
(`the key At4a… create your own`) or the instruction in another sentence keep the finding.
"""

from __future__ import annotations

import re

from kbgen.core.privacy.placed_above import says_whose

REASON = "a value its settings row tells the reader to replace with their own (`CREATE YOUR OWN!`)"

_LABEL = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?[ \t]*[A-Za-z][A-Za-z /()-]{0,40}?[ \t]*"
                    r"(?:\*\*|__|\*|_)?:?[ \t]{2,}")
"""A settings row's label and the blanks of its column, emphasised or not."""
INSTRUCTION = re.compile(
    r"(?i)(?:random[ \t]+(?:key|password|secret|string|value)[ \t]*[.!]?[ \t]*)?"
    r"(?:create|generate|make|choose|pick)[ \t]+your[ \t]+own"
    r"(?:[ \t]+(?:key|password|secret|value))?[ \t]*[.!]*")
"""The note after the value, its emphasis and code marks taken out."""
_MARKS = re.compile(r"[*_`]+")


def made_up_in_row(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` is a settings row's value its note tells the reader
    to replace with their own."""
    if _LABEL.fullmatch(line, 0, start) is None:
        return False
    after = line[end:]
    if not after[:2].isspace() or says_whose(line):
        return False
    return INSTRUCTION.fullmatch(_MARKS.sub("", after).strip()) is not None
