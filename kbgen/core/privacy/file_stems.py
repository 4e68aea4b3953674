"""A run of key characters that is a file's name before its extension, for the gate (issue 19,
branch fp66).

Meshtastic's Linux guide lists its radio configurations as files (`lora-MeshAdv-900M30S.yaml`,
`cp /etc/meshtasticd/available.d/lora-MeshAdv-900M30S.yaml …`): the name mixes a product's
words with a model number (`900M30S`), and the entropy check reads the run before `.yaml` as a
key. A file's name is published where its file is named; the secret a file may hold is in the
file, not in its name.

Accepted only when all of these hold: right after the run come a dot and an extension (a small
letter, then one to four small letters or digits: `.yaml`, `.tar.gz`, `.mp4`), and then the
end of the name (a blank, the line's end, a quote, a bracket, a comma, `|` or another
extension); the run, split at `-`, `_` and `/`, holds a word (a small word of four letters or
more, capitalised or not: `lora`, `Mesh`) in parts making WORD_SHARE of it or more, and
no random part; it starts as no service's key does (`ghp_…`, `sk_live_…`: ids.key_shaped); and
the line names no secret, token, password, key or credentials, in English (`secrets/…`,
`api_key=….json`: kbgen.core.names) or in any language the gate reads (`Zugangsdaten-…`,
`identifiants-…`, `claves-cliente-…`: kbgen.core.secret_names; fixfp66, rev66 F17).

A part is random, by its structure (fixfp66: a part had to mix both cases to be random, so
`export-customers-q7w8e9r1t2y3u4i5o6p7.csv` and `backup-export-9f3a7c2e1b4d8f6a.zip` passed):
ten characters or more of both cases and digits (`Zk39fQpL2mXv8RtY4nBw`); eight or more hex
digits holding letters and digits (`9f3a7c2e1b4d8f6a`, a digest's or a key's); or eight or more
letters and digits of one case that change from letter to digit or back often for their length
(4 changes at 8-11 characters, 3 at 12-15, 2 from 16: `k3j9x2m8q7w4e5r1`, base32's
`jbswy3dpehpk3pxp`). One-case random parts of 8, 12 and 16 characters are caught so about 34,
83 and 99 times in 100 (20,000 seeded draws); products' names and model numbers of eight or
more pass (`meshstick`, `rtl8812au`, `nrf52840dk`, `bcm2711b0`, `raspberrypi4b`), a few
(`stm32f103c8t6`) do not and stay findings as on main.
"""

from __future__ import annotations

import re

from kbgen.core import names
from kbgen.core.secret_names import names_a_secret

_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{1,4}(?=$|[\s\"'`()\[\]<>,;|.])")
"""A dot and a file extension after the run, then the end of the name."""
_WORD = re.compile(r"[A-Z][a-z]{3,}|[a-z]{4,}")
"""A word of the name, four letters or more (`lora`, `Mesh` of `MeshAdv`)."""
WORD_SHARE = 0.4
"""The least share of the run's characters in parts holding a word (`lora-MeshAdv-900M30S`:
11 of 20; `Xk9fQ2mZ-lora-7pL4vR8t`: 4 of 20, a key with a word put in)."""
_RANDOM_PART = re.compile(r"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)"
                          r"[A-Za-z0-9]{10,}")
"""A part of both cases and digits, ten characters or more: a key's, not a name's."""
_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]{8,}")
_HEX_PART = re.compile(r"(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])(?:[0-9a-f]+|[0-9A-F]+)")
_CHANGE = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
"""Where a part changes from letters to digits or back."""


def random_changes(length: int) -> int:
    """The changes between letters and digits that make a part of `length` (8 or more)
    random: 4 at 8-11 characters, 3 at 12-15, 2 from 16."""
    return max(2, 6 - length // 4)


def file_stem(line: str, value: str, end: int) -> bool:
    """`value`, ending at `end` of `line`, is a file's name before its extension."""
    if _EXTENSION.match(line, end) is None:
        return False
    parts = [part for part in re.split(r"[-_/]+", value) if part]
    in_words = sum(len(part) for part in parts if _WORD.search(part))
    return (in_words >= WORD_SHARE * sum(map(len, parts))
            and not any(map(_random_part, parts))
            and not names.names_secret(line) and not names_a_secret(line))


def _random_part(part: str) -> bool:
    """`part` of a file's name is a key's, by its structure: long, of both cases and digits,
    or of letters and digits that change often."""
    if _RANDOM_PART.fullmatch(part):
        return True
    return bool(_ALPHANUMERIC.fullmatch(part)) and (
        _HEX_PART.fullmatch(part) is not None
        or len(_CHANGE.findall(part)) >= random_changes(len(part)))
