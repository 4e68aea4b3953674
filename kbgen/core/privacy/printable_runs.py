"""The runs of printable ASCII characters (no space) long enough to hold an encoded value,
found once a text for the decoders that read them (issue 19, gatecpu45): base32, ascii85 and
base85 runs (base_encodings) and an IBAN written backwards (backwards) each lie inside one.
Each decoder searched the whole text with its own expression, tried at every character; now
one expression finds the runs and each decoder searches those few spans."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_RUN = 14
"""The shortest run a decoder reads (an IBAN: ten characters, check digits, country)."""
_RUN = re.compile(rf"[!-~]{{{MIN_RUN},}}")


@lru_cache(maxsize=4)
def printable_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each longest run of MIN_RUN or more printable ASCII characters in
    `text` (asked by two decoders' needs of a text, then of its lines)."""
    return tuple(match.span() for match in _RUN.finditer(text))


def search_runs(pattern: re.Pattern[str], text: str, shortest: int = MIN_RUN
                ) -> re.Match[str] | None:
    """The first match of `pattern` in the runs of `text` of `shortest` or more characters:
    `pattern.search(text)` for a pattern matching printable ASCII only, at least `shortest`
    of them. Each run is searched in place (a look-behind sees the character before it, a
    look-ahead the one after)."""
    for start, end in printable_runs(text):
        if end - start >= shortest and (match := pattern.search(text, start, end + 1)):
            return match
    return None
