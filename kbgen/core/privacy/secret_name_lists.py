"""Names of Kubernetes Secret objects listed under a key that says so, for the gate (issue 19,
branch fr52).

Traefik's TLSOption reference lists the Secrets holding its client CAs:

    clientAuth:
      secretNames:
        - secret-ca1
        - secret-ca2

Each item names an object holding secrets, as `secretName: authelia` does (which
kbgen.core.secret_objects accepts wherever it is written); the rule for a secret on the line
after its empty key (empty_keys) read `secret-ca1` as the value of a key naming secrets.

Only when the key names a list of Secret names (`secretNames:`, `secret_names:`) and the value
is a lower-case DNS-1123 name whose parts are words or abbreviations of up to 3 letters, maybe
with a number of up to 3 digits (`ca1`), one or two of them words longer than 3 letters
(three or more words read as a passphrase: `- tiger-piano-river-42`). `- Kq8vTz2mWx9p`,
`- kq8vtz2mwx9p`, `- sunflower2024` or any value under `passwords:` or `secret:` stay findings
there.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import reads_as_words

_NAMES_KEY = re.compile(r"(?i)(?:\w*[_.-])?secret_?names")
"""A key whose list holds names of Secret objects."""
MAX_WORDS = 2
"""Words a Secret's name may hold; more read as a passphrase."""
_DNS_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SHORT = re.compile(r"[a-z]{1,3}\d{0,3}")
"""An abbreviation, maybe with a small number (`ca1`, `tls`); a number alone is a password's
suffix (atk52: `- tiger-piano-42`, `- dragon-123`)."""


def listed_secret_name(key: str, value: str) -> bool:
    """`value`, set on the line after `key`, is a Secret's name in a list of Secret names."""
    return bool(_NAMES_KEY.fullmatch(key)) and _secret_name(value)


def _secret_name(value: str) -> bool:
    """A DNS-1123 name of words, small numbers and short abbreviations, one or two parts
    words."""
    if not _DNS_NAME.fullmatch(value):
        return False
    parts = value.split("-")
    words = [part for part in parts if part.isalpha() and len(part) > 3 and reads_as_words(part)]
    return 0 < len(words) <= MAX_WORDS and all(part in words or _SHORT.fullmatch(part)
                                                for part in parts)
