"""Wi-Fi join codes written out (issue 19, leak47): the text a Wi-Fi QR code holds,
`WIFI:T:WPA;S:Office;P:Kx7Fenchel!;;` (ZXing's format, which phones' cameras and Android's
"share network" read), names a network and its password in fields no password rule read
(`P:` is no key's name). Its `P:` field is a password; a placeholder (`P:<password>`,
`P:mypassword`) is accepted as other passwords' are (kbgen.core.privacy.clear_examples)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_CODE = re.compile(r"(?i)\bWIFI:(?:[A-Z]{1,2}:(?:\\.|[^;\\\n])*;)*?P:(?P<value>(?:\\.|[^;\\\n])+)")
"""`WIFI:` then fields `X:value;` (`\\;` escapes a `;`) up to the password's `P:`."""
_STAND_IN = re.compile(r"<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|x{3,}|\*{3,}|\.{3}|…", re.IGNORECASE)
"""A template's slot (`<password>`, `{password}`, `$PASS`, `xxxx`, `****`, `...`)."""
ADVICE = "a Wi-Fi join code holds the network's password: write a placeholder such as P:<password>"


def needs(folded: str) -> bool:
    """Whether a folded text may hold a Wi-Fi join code."""
    return "wifi:" in folded


def _wifi_codes(line: str, context: _Context) -> Iterator[_Hit]:
    """The password field of each Wi-Fi join code in the line, but a template's slot."""
    for match in _CODE.finditer(line):
        value = match.group("value")
        if _STAND_IN.fullmatch(value):
            continue
        yield _Hit(match.start("value"), match.end("value"), PASSWORD,
                   _mask_secret(value), ADVICE)
