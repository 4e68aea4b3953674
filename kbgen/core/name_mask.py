"""A ticket's own names and addresses masked in its text, however the text writes them.

Every word of a name counts from two letters (`Li`, `Wu`, `Ng` are whole family names), in
any order, any case and with or without its accents (`Zoe` for `Zoë`, `NUNEZ` for `Núñez`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MASK = "[name]"


def _fold_char(char: str) -> str:
    """A character without accents, case-folded (`Å` -> `a`, `ß` -> `ss`)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return plain.casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded, and for each folded character the index of the one it came from."""
    folded, origins = [], []
    for at, char in enumerate(text):
        plain = _fold_char(char)
        folded.append(plain)
        origins += [at] * len(plain)
    return "".join(folded), origins


def name_words(value: str) -> list[str]:
    """What to look for of one name or address: all of it, then each word of a name (two
    letters or more) or of an address's local part (three or more), folded."""
    whole = fold(value.strip())[0]
    if "@" in value:
        local, _, domain = value.strip().partition("@")
        parts = [p for p in re.split(r"[._+\-]+", local) if len(p) > 2]
        parts += [p for p in re.split(r"[.\s]+", domain) if len(p) > 2]
    else:
        parts = [p for p in re.split(r"[\s,<>()\"'.]+", value) if len(p) >= 2
                 and any(c.isalpha() for c in p)]
    found = {whole, *(fold(p)[0] for p in parts)} - {""}
    return sorted(found, key=len, reverse=True)


def mask_names(line: str, people: Iterable[str]) -> str:
    """`line` with each name and address of `people`, and each of their words, as `[name]`."""
    words = list(dict.fromkeys(w for value in people for w in name_words(value)))
    if not words:
        return line
    folded, origins = fold(line)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    spans = []
    for match in pattern.finditer(folded):
        start, end = origins[match.start()], origins[match.end() - 1] + 1
        while end < len(line) and unicodedata.combining(line[end]):
            end += 1  # an accent written as its own character goes with its letter
        spans.append((start, end))
    for start, end in reversed(spans):
        line = line[:start] + MASK + line[end:]
    return line
