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
no long random part (ten characters or more of both cases and digits:
`Zk39fQpL2mXv8RtY4nBw.txt` stays a finding); it starts as no
service's key does (`ghp_…`, `sk_live_…`: ids.key_shaped); and the line names no secret,
token, password or key (`secrets/…`, `api_key=….json`: kbgen.core.names reads the line so).
"""

from __future__ import annotations

import re

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


def file_stem(line: str, value: str, end: int) -> bool:
    """`value`, ending at `end` of `line`, is a file's name before its extension."""
    if _EXTENSION.match(line, end) is None:
        return False
    parts = [part for part in re.split(r"[-_/]+", value) if part]
    in_words = sum(len(part) for part in parts if _WORD.search(part))
    return (in_words >= WORD_SHARE * sum(map(len, parts))
            and not any(_RANDOM_PART.fullmatch(part) for part in parts))
