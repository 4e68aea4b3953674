"""Where a script written without spaces meets a Latin letter or a digit: the gate reads the
seam as a space, so a value glued to Chinese, Japanese, Korean or Thai text is read as its
spaced twin is.

Those scripts' letters are word characters to `re` (`\\w`, `\\b`), so every reader whose value
must not touch a word (`(?<![\\w.])10.20.30.40`, a host, a token's end) read
`服务器是172.22.14.9。` as one long word and found nothing, where `服务器是 172.22.14.9 。`
was an error; Korean writes its particles against the word (`172.22.14.9입니다`), so there it
was the ordinary spelling. One seam, for every reader: the scanner reads such a text twice, as
written and with a space at each seam (as a writer of a spaced language would put it; nothing
else changes: its words, their order, the lines' numbers), and holds what either reading holds.
Read only spaced, a value with such a letter inside (`password: Xk9v中Q2mZ7Lp`) would be cut in
two and go through; read only as written, the glued address is no word's end.
"""

from __future__ import annotations

import re

from kbgen.core.search_segments import UNSPACED

_UNSPACED = re.compile(f"[{UNSPACED}]")

_SEAM = re.compile(f"(?<=[{UNSPACED}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[{UNSPACED}])")
"""Between a letter of a script written without spaces and an ASCII letter or digit, either
way round (`是1`, `9입`, `のVPN`); not at punctuation, marks or spaces, which already part
them."""


def spaced(line: str) -> str:
    """`line` with a space at each seam between a letter of a script written without spaces
    and an ASCII letter or digit: `弊社の給与サーバーは172.22.14.9です。` is read
    `弊社の給与サーバーは 172.22.14.9 です。`."""
    return _SEAM.sub(" ", line) if _UNSPACED.search(line) else line
