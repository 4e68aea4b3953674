"""A URL's `+` read as the space it encodes (hostile round 22).

HTML forms, Google Maps, search engines and share links write a space in a URL as `+`
(`application/x-www-form-urlencoded`): `maps/place/Mary+Quinn,+42+Acacia+Avenue,+London+SW1A+1AA`,
`wa.me/?text=Wi-Fi+password+is+…`. A reader reads the words, and the page the link opens shows
them; the gate read `%20` as a space but `+` as a letter of one long word, so a customer's
address in a map link was published (main read the same link with `%20`). Each line holding
such a URL is read with the URL's words after it, as its spaces encode them (as
`normalize.smuggled` writes out what invisible characters carry); the line stays one line. A
`+` that starts a number or a value (`wa.me/+4479…`, `?phone=+44…`) stays a plus sign.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_URL = re.compile(r"(?i)(?:\b[a-z][a-z0-9.+-]*:|(?<![a-z0-9+/=]))//[^\s<>\"'`)\]]*\+"
                  r"[^\s<>\"'`)\]]*"
                  r"|\b(?:mailto|sms|geo):[^\s<>\"'`)\]]*\+[^\s<>\"'`)\]]*")
"""A URL (`https://…`, `//…`, `mailto:…`) holding a `+`. A `//` without a scheme opens a URL only
where no base64 letter comes before it: a certificate's or key's line (`…ZzH//mENe…+EOe…`) is
one value, and a reading appended to it broke its block (one certificate in fifty)."""
_SPACE = re.compile(r"(?<=[^\s+/?=&:#])\+(?=[^\s+&=#])")
"""A `+` between a word's end and the next word: the space a form writes (not a sign opening
a value: after `/`, `=`, `?`, `&` or `:`)."""


def with_readings(text: str) -> str:
    """`text`, each line with a URL's `+` followed by that URL read with its spaces."""
    if "+" not in text or "//" not in text and ":" not in text:
        return text
    return "\n".join(map(_line_with_readings, text.split("\n")))


def _line_with_readings(line: str) -> str:
    if "+" not in line:
        return line
    readings = [unquote(decoded) for match in _URL.finditer(line)
                if (decoded := _SPACE.sub(" ", match.group())) != match.group()]
    return "  ".join([line, *readings]) if readings else line
