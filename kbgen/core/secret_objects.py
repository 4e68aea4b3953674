"""The name of a Kubernetes Secret object, not a secret (issue 19, branch fp37).

A pod's volume names the Secret it mounts: `secretName: 'authelia'`; a Helm chart the one it
reuses: `existingSecret: authelia-secrets`. The value names an object holding secrets, as a
file's path does, and the API only takes a lowercase DNS name there. It counts as one when
the key right before it is `secretName` or `existingSecret` (as Kubernetes and Helm spell
them) and the value is a DNS-1123 name whose parts are words of letters, numbers of up to
3 digits, or abbreviations of up to 3 letters beside a word (`authelia`, `app-secrets-2`; and,
from branch fp42, `ente-db-app` in Ente's guides, `hostname-tls` in CSC's, `my-ca-key-pair`:
the abbreviations had made them findings when quoted). `secretName: 'Kq8vNz3Lw2Pd'` (not a DNS
name), `secretName: 'kq8vnz3lw2pd'` (no words), `secretName: 'db-tls'` (no word),
`secretName: 'sunflower2024'` (a password's digits), `existingSecret: qovb-tazu-jefo-ki`
(random letters between marks, rev43) and `secret: 'authelia'` stay findings.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import reads_as_words

_KEY = re.compile(r"(?<![\w-])(?:secretName|existingSecret)[\"']?[ \t]*:[ \t]*[\"']?$")
_DNS_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}"
                       r"[a-z0-9])?){0,3}")
_SHORT = re.compile(r"[a-z]{1,3}|\d{1,3}")
"""An abbreviation (`db`, `tls`, `ca`) or a small number (`2`) between a name's words."""

REASON = "the name of a Kubernetes Secret object (secretName, existingSecret), not a secret"


def secret_object(line: str, start: int, value: str) -> bool:
    """`value` at `start` of `line` is the name a `secretName:` or `existingSecret:` key gives
    a Secret object."""
    if not _KEY.search(line[max(0, start - 40):start]) or not _DNS_NAME.fullmatch(value):
        return False
    parts = re.split(r"[-.]", value)
    words = [part for part in parts if part.isalpha() and reads_as_words(part)]
    return bool(words) and all(part in words or _SHORT.fullmatch(part) for part in parts)
