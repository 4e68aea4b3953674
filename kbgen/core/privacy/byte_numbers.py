"""Text written as its characters' numbers, which a reader decodes with one command or a table
(issue 19, leak46): decimal codes (`String.fromCharCode(106, 97, 110, 101, 64, …)`, `[106,
97, …]`, `106 97 110 …`) and binary octets (`01101010 01100001 …`). A run of six or more codes
of printable ASCII (32 to 126; eight binary digits each), split by commas or spaces, is read as
the text it spells, and what that reading finds that the line as written does not is reported
at the run. Lists of ports or counts spell letters now and then; the reading finds nothing in
them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits
from kbgen.core.privacy.number_words import split_words

_DECIMAL = frozenset(str(code) for code in range(32, 127))
_BINARY = frozenset(format(code, "08b") for code in range(32, 127))
_CODES = _DECIMAL | _BINARY
RUN = 6
"""The fewest codes read as text (`jane@x` is six)."""
_SIX = b"\x01" * RUN
_RUN = re.compile(r"(?<![\w.])(?:(?:[01]{8}|\d{2,3})(?:[ \t]*,[ \t]*|[ \t]+)){5,}"
                  r"(?:[01]{8}|\d{2,3})(?![\w.])")
"""Six or more numbers split by commas or spaces (each then checked to be a code)."""
MIN_TEXT = 6 * 3
"""The shortest text six codes make (`32 32 32 32 32 32`)."""


def needs(text: str, folded: str) -> bool:
    """Whether `text` holds six codes in a row: its words (split at spaces and marks, shared
    with number_words) looked up at C speed."""
    return len(text) >= MIN_TEXT and _SIX in bytes(map(_CODES.__contains__,
                                                          split_words(folded)))


def _decoded(run: str) -> str | None:
    """The text a run of codes spells, when all are codes of one kind."""
    numbers = re.findall(r"\d+", run)
    kind = _BINARY if len(numbers[0]) == 8 else _DECIMAL
    if not all(number in kind for number in numbers):
        return None
    return "".join(chr(int(number, 2 if kind is _BINARY else 10)) for number in numbers)


def _byte_numbers(line: str, context: _Context) -> Iterator[_Hit]:
    """What the characters a line writes as numbers spell."""
    runs = [(match.start(), match.end(), text) for match in _RUN.finditer(line)
            if (text := _decoded(match.group())) is not None]
    yield from replaced_hits(line, runs, context, "character codes")
