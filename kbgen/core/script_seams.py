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
import unicodedata
from functools import cache

SPACED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "FULLWIDTH LATIN", "MODIFIER LETTER",
                  "COMBINING")
"""The scripts whose writers part words with spaces as English does (and the marks and
modifier letters they share): a digit against one of their letters is part of the word
(`Größe10`, `IPv4`), no seam. Every other script's letters and marks meet an ASCII letter or
digit at a seam (gap58: Tibetan, Yi, Balinese, Sundanese, Hangul's compatibility jamo `ㅋㅋ`,
Bopomofo, `〆` were no seam, and an address glued to them went through: rev57's cjk-26, -27,
-48, -50…-53); a script is not listed to be read, only listed to be left out."""
_PLANES = (range(0x0370, 0x20000), range(0x20000, 0x31350))
"""Where letters of other scripts are (above Latin and its marks; the Han extensions)."""


def _ranges() -> str:
    """The letters and marks of every script but SPACED_SCRIPTS, as a character class's
    ranges."""
    ranges: list[list[int]] = []
    for plane in _PLANES:
        for point in plane:
            character = chr(point)
            if unicodedata.category(character)[0] not in "LM" \
                    or unicodedata.name(character, "").startswith(SPACED_SCRIPTS):
                continue
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return "".join(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")
                   for first, last in ranges)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a letter of another script, the seam), made once a process (the class is read from
    the Unicode database, some 600 ranges)."""
    letters = _ranges()
    return (re.compile(f"[{letters}]"),
            re.compile(f"(?<=[{letters}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[{letters}])"))


def spaced(line: str) -> str:
    """`line` with a space at each seam between a letter or mark of a script other than
    SPACED_SCRIPTS and an ASCII letter or digit, either way round (`是1`, `9입`, `のVPN`, `ནི172`;
    not at punctuation or spaces, which already part them): `弊社の給与サーバーは172.22.14.9です。`
    is read `弊社の給与サーバーは 172.22.14.9 です。`."""
    if line.isascii():
        return line
    other, seam = _patterns()
    return seam.sub(" ", line) if other.search(line) else line
