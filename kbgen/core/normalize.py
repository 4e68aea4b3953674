"""Text as a reader sees it, for the gate: entities and percent-escapes decoded, invisible
characters dropped, compatibility forms folded (NFKC).

`jane&#64;gmail.com`, `jane%40gmail.com`, `jane@gmail\u200b.com` and `ｊａｎｅ＠gmail.com`
all show as (or link to) `jane@gmail.com`. Each line stays one line, so line numbers hold.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import unquote

_EXTRA_INVISIBLE = "\u034f\u115f\u1160\u3164\uffa0\u2800"
"""Invisible characters that are not format characters (Cf): combining grapheme joiner,
Hangul fillers, braille blank."""
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
ROUNDS = 3
"""Decoding is repeated (`&amp;#64;`, `%2540`) at most this many times."""


def invisible(ch: str) -> bool:
    """True for characters that show as nothing: zero-width, soft hyphen, bidi marks, ..."""
    return unicodedata.category(ch) == "Cf" or ch in _EXTRA_INVISIBLE


def normalize_line(line: str) -> str:
    """One line as shown: decoded, invisible characters dropped, NFKC; still one line."""
    if line.isascii() and "&" not in line and "%" not in line:
        return line
    for _ in range(ROUNDS):
        decoded = html.unescape(line) if "&" in line else line
        if "%" in decoded and _PERCENT.search(decoded):
            decoded = unquote(decoded, errors="replace")
        if not decoded.isascii():
            decoded = "".join(ch for ch in decoded if not invisible(ch))
            decoded = unicodedata.normalize("NFKC", decoded)
        decoded = _LINE_BREAKS.sub(" ", decoded)
        if decoded == line:
            break
        line = decoded
    return line


def normalize_text(text: str) -> str:
    """Every line of `text` normalised (see normalize_line); the lines stay where they were."""
    if text.isascii() and "&" not in text and "%" not in text:
        return text
    return "\n".join(normalize_line(line) for line in text.split("\n"))
