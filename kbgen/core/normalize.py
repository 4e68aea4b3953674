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


_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>\n]{0,300}>")
_MARKUP = re.compile(r"\*\*|__|~~|==|[*`]")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"[ \t]{2,}")


def rendered_line(line: str) -> str:
    """A line roughly as a browser shows it: HTML tags and comments, emphasis and code marks
    and Markdown's backslash escapes gone (`jane<b></b>@gmail.com`, `jane\\@gmail.com`)."""
    if "<" in line:
        line = _TAG.sub("", line)
    if "\\" in line:
        line = _ESCAPED.sub(r"\1", line)
    if "*" in line or "`" in line or "__" in line or "~~" in line or "==" in line:
        line = _MARKUP.sub("", line)
    return _SPACES.sub(" ", line) if "  " in line or "\t" in line else line


_SCRIPT_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6}) ?")


def decode_escapes(text: str, css: bool = False) -> str:
    """`\\u0040`, `\\x40`, `\\u{40}` (JSON, scripts) or `\\40 ` (CSS) decoded; each line stays
    one line."""
    if "\\" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        code = int(next(group for group in match.groups() if group), 16)
        decoded = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
        return _LINE_BREAKS.sub(" ", decoded)

    return (_CSS_ESCAPE if css else _SCRIPT_ESCAPE).sub(character, text)
