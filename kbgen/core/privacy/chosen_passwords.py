"""A password named after its value (issue 19, branch leak41): `We picked VALUE as the new
password`, `I chose VALUE as our Wi-Fi password`, `Use VALUE as the admin password`. The
set-password rules read the thing, then the value; here a verb of choosing gives the value
first and `as` names what it became. The value is judged as set_passwords judges one."""

from __future__ import annotations

import re

CHOOSING_VERBS = (r"picked|pick|picks|chose|chosen|choose|chooses|selected|select|went[ \t]+with"
                  r"|settled[ \t]+on|generated|generate|created|create|made|make|use|used|uses"
                  r"|using|set|kept|keep|gave|give|assigned|assign|registered|added|entered"
                  r"|enter|typed|type")
"""Verbs that give a value its role with `as`."""

_ROLE = (r"(?:(?:the|our|your|a|an|its|his|her|their|my|new|current|admin|administrator|root"
         r"|user|wi-?fi|wlan|guest|shared|master|initial|default|temporary|temp|one-time"
         r"|account|login|database|db|router|network)[ \t]+){0,5}")
"""What may stand before the thing's word (`the new admin`)."""


def pattern(word: str, marks: str, close: str) -> re.Pattern[str]:
    """`<verb> VALUE as <role> <word>`, the value in group `value` (maybe quoted: `open`,
    `close`), the thing's word in `word`."""
    return re.compile(
        rf"(?i)(?<![\w-])(?:{CHOOSING_VERBS})[ \t]+(?P<open>{marks})"
        rf"(?P<value>[^\s\"'`<|”’»*]{{1,128}}?)(?P<close>{close})[ \t]+as[ \t]+{_ROLE}"
        rf"(?P<word>{word})(?![\w-])")
