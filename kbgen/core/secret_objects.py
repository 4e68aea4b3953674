"""The name of a Kubernetes Secret object, not a secret (issue 19, branch fp37).

A pod's volume names the Secret it mounts: `secretName: 'authelia'`; a Helm chart the one it
reuses: `existingSecret: authelia-secrets`. The value names an object holding secrets, as a
file's path does, and the API only takes a lowercase DNS name there. It counts as one when
the key right before it is `secretName` or `existingSecret` (as Kubernetes and Helm spell
them) and the value is a DNS-1123 name whose parts are words of letters or numbers of up to
3 digits (`authelia`, `app-secrets-2`). `secretName: 'Kq8vNz3Lw2Pd'` (not a DNS name),
`secretName: 'kq8vnz3lw2pd'` (no words), `secretName: 'sunflower2024'` (a password's digits)
and `secret: 'authelia'` stay findings.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import word_like

_KEY = re.compile(r"(?<![\w-])(?:secretName|existingSecret)[\"']?[ \t]*:[ \t]*[\"']?$")
_DNS_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}"
                       r"[a-z0-9])?){0,3}")

REASON = "the name of a Kubernetes Secret object (secretName, existingSecret), not a secret"


def secret_object(line: str, start: int, value: str) -> bool:
    """`value` at `start` of `line` is the name a `secretName:` or `existingSecret:` key gives
    a Secret object."""
    if not _KEY.search(line[max(0, start - 40):start]) or not _DNS_NAME.fullmatch(value):
        return False
    return all((part.isalpha() and word_like(part)) or (part.isdigit() and len(part) <= 3)
               for part in re.split(r"[-.]", value))
