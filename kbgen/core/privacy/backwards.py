"""Values written backwards (`Ruf an: 98765432 151 94+`, `… 7646 3430 8841 9354`), which a
reader turns round by eye (issue 19, leak44): the line is read again reversed, character by
character, where it shows a sign of reversed writing, and what that reading finds that the
line as written does not is reported at the line.

A sign is an international prefix's `+` after the digits (`123456 1197 44+`), an IBAN's
country and check digits at its end (`…TSEW28BG`), a card's groups of digits (`7646 3430 8841
9354`), a password word written backwards (`drowssap`, `trowssaP`, `nekot`, `terces`) or a
word saying a value is written backwards (`backwards`, `rückwärts`, `à l'envers`, `наоборот`
…): the whole line is read reversed, so a label written backwards with its value reads
forwards."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

_WORDS = ("backwards", "backward", "reversed", "in reverse", "reverse order", "rückwärts",
          "umgekehrt", "verkehrt herum", "à l'envers", "a l'envers", "al revés", "al reves",
          "invertido", "invertida", "ao contrário", "ao contrario", "al contrario",
          "all'incontrario", "achterstevoren", "omgekeerd", "baklänges", "od tyłu", "wspak",
          "наоборот", "задом наперёд", "задом наперед", "逆から", "逆順", "倒过来", "倒著",
          "倒着", "거꾸로", "drowssap", "trowssap", "nekot", "terces", "liame")
"""Words saying a value is written backwards, and password words so written (folded)."""
_SAID = re.compile("|".join(re.escape(word) for word in sorted(
    {*_WORDS, *(normalize_text(word).lower() for word in _WORDS)}, key=len, reverse=True)))
_SHAPES = re.compile(
    r"(?<![\w+])(?:\d[ ().-]{0,2}){6,}\d\+(?![\w+])"  # a phone number's `+` at its end
    r"|(?<![\w])[0-9A-Z]{10,30}\d\d[A-Z]{2}(?![\w])"  # an IBAN's country at its end
    r"|(?<![\d])\d{1,4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d])")  # a card's groups
"""What a value written backwards shows."""


def needs(text: str, folded: str) -> bool:
    """Whether `text` shows a sign of a value written backwards."""
    return bool(_SHAPES.search(text) or _SAID.search(folded))


def _backwards(line: str, context: _Context) -> Iterator[_Hit]:
    """What the line read backwards shows that it does not as written."""
    if needs(line, line.lower()):
        yield from decoded_hits(line, line[::-1], 0, len(line), context, "reverse")
