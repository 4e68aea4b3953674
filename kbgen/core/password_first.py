"""A password given before the word that says it is one (issue 19): `Kq91x7Zr is the admin
password`, `use Kq91x7Zr as the password`, `enter Kq91x7Zr as your PIN`, `Kq91x7Zr is the
Wi-Fi key`. The value is only found here; kbgen.core.privacy judges it."""

from __future__ import annotations

import re
from collections.abc import Iterator

_VALUE = r"""(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<>|”’*]{6,128})(?:\*\*|__|["'`”’])*"""
_PASSWORD = (r"(?:pass(?:word|phrase|code)?|pwd|PIN|Passwort|mot de passe|contrase[ñn]a"
             r"|senha|wachtwoord|salasana|(?:wi-?fi|wlan|wpa[23]?|network)[ \t-]key"
             r"|wpa[23]?[ \t-]psk)(?![\w-])(?![ \t]+(?:managers?|polic(?:y|ies)|rules?"
             r"|requirements?|fields?|pages?|length|hints?|generators?|strength|expiry|reset"
             r"|protocols?|standards?|releases?|versions?|prompts?|files?|hash))")
_FIRST = (
    re.compile(rf"(?i)(?<![\w-]){_VALUE}[ \t]+(?:is|was|=)[ \t]+(?:the|your|our|my|their)[ \t]+"
               rf"(?:[\w-]{{1,20}}[ \t]+){{0,2}}?{_PASSWORD}"),
    re.compile(rf"(?i)(?<![\w-])(?:use|enter|type|set|with)[ \t]+{_VALUE}[ \t]+as[ \t]+"
               rf"(?:(?:the|your|a)[ \t]+)?(?:[\w-]{{1,20}}[ \t]+){{0,2}}?{_PASSWORD}"),
)
"""A value, `is the (admin) password`; `use` (`enter`, `type`, `set`) a value `as the
password`."""


_NAMED = ("pass", "pwd", "pin", "mot de passe", "contrase", "senha", "wachtwoord", "salasana",
          " key", "\tkey", "-key", "psk")
"""What a line holds somewhere when it names a password (a quicker first search)."""
_VERSION = re.compile(r"(?i)v?\d+(?:\.\d+)+[a-z]?")


def passwords_before_word(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value `line` calls a password after writing it."""
    lowered = line.lower()
    if not any(word in lowered for word in _NAMED):
        return  # most lines name no password: one search spares them the two below
    for match in (match for pattern in _FIRST for match in pattern.finditer(line)):
        value = match.group("value").rstrip(".,;:")
        if _VERSION.fullmatch(value):
            continue  # `v2.0.1 is the password manager's release`
        start = match.start("value")
        yield start, start + len(value)
