"""Values published by design that look like keys, for the gate (issue 19).

- A BlurHash (`"blurhash": "UnE{@jt6M_oIAhjYs+ayT2WBf9ayRkkDXAj["`) is a few dozen
  characters of base 83 that draw a blurred preview of a picture the API serves to anyone.
  Only a value right after the key `blurhash`, wholly base 83 of 6 to 100 characters.
- A Keybase proof's link (`https://keybase.io/gargron/sigchain#5cfc…0f`) ends with the id
  of a signature in the user's public chain: published for anyone to verify. Only that
  fragment of that path, hex of 64 to 80 characters; a query on it stays a finding.
"""

from __future__ import annotations

import re

_BLURHASH_KEY = re.compile(r"""(?i)(?:^|[\s{,"'`(])["']?blur_?hash["']?\s*[:=]\s*["']?$""")
_BASE83 = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]{6,100}")
_BASE83_TAIL = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]*$")
_BASE83_HEAD = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]*")
"""The run of base-83 characters around a hit (a token found inside a BlurHash)."""
_SIGCHAIN = re.compile(r"https://keybase\.io/[A-Za-z0-9_]{2,16}/sigchain#$")
_HEX = re.compile(r"[0-9a-f]{64,80}")

BLURHASH = "a picture's blurred preview (BlurHash), drawn from a picture served to anyone"
SIGCHAIN = "the id of a signature in a public Keybase chain (published to be verified)"


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` is published by design, or None."""
    value = line[start:end]
    head = _BASE83_TAIL.search(line, max(0, start - 100), start)
    whole = _BASE83_HEAD.match(line, head.start() if head else start)
    if whole and _BLURHASH_KEY.search(line[max(0, whole.start() - 40):whole.start()]) \
            and _BASE83.fullmatch(whole.group()):
        return BLURHASH
    before = line[max(0, start - 60):start]
    if _SIGCHAIN.search(before) and _HEX.fullmatch(value) and not line.startswith("?", end):
        return SIGCHAIN
    return None
