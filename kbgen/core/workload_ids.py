"""Names that systemd and Kubernetes give what they run, for the gate (issue 19).

- A systemd **invocation id** (`Invocation: 0d4362e8d4fe443b82ab32bb44d415ca` in
  `systemctl status`, `INVOCATION_ID=…` in a unit's environment or a journal entry) is 32
  lower-case hex that name one run of a unit; it opens nothing. Only right after that label,
  and only with the marks of the random UUID systemd makes it (its 13th digit `4`, its 17th
  one of `89ab`): a random token after the label has them 1 time in 64 (rev38).
- A Kubernetes **pod name** made by a Deployment (`web-7d9f8b6c5-x2kqz`,
  `cert-manager-webhook-59bbd786df-qjq8t`): the Deployment's name, its ReplicaSet's hash and
  five random characters, both written in Kubernetes' alphabet of 27 (no vowels, no 0, 1, 3).
  Only a whole word of that shape, and not on a line that names a secret.

Neither is a value a rule found as a password (a key, a verb or a word in any language naming
it a secret: `Kennwort: web-7d9f8b6c5-x2kqz`, `DB_PASSWORD=` above it); those are the
caller's to leave out (rev38).
"""

from __future__ import annotations

import re

INVOCATION = "a systemd invocation id (names one run of a unit)"
POD = "a Kubernetes pod name (a Deployment's name, its ReplicaSet's hash, a random suffix)"

_INVOCATION_LABEL = re.compile(r"(?:\bInvocation:\s+|\b(?:_SYSTEMD_)?INVOCATION_ID[=:]\s*"
                               r"|\binvocation[ _-]?(?:id|ID):?\s+)$")
_INVOCATION_ID = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")

_SAFE = "[bcdfghjklmnpqrstvwxz2456789]"
_POD = re.compile(rf"(?:pods?/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*-{_SAFE}{{6,10}}-{_SAFE}{{5}}")
_WORD = re.compile(r"[A-Za-z0-9/_-]*")
_WORD_TAIL = re.compile(r"[A-Za-z0-9/_-]*$")
_SECRET = re.compile(r"(?i)secret|passw|pwd|token|api[_-]?key|credential|auth|bearer|\bkey\b"
                     r"|licen[cs]e|cookie|session|signature")
"""Words for what opens something: `Authorization: Bearer web-7d9f8b6c5-x2kqz` is a token dressed
as a pod name (rev38)."""


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` names a unit's run or a pod, or None."""
    if _INVOCATION_ID.fullmatch(line[start:end]) and _INVOCATION_LABEL.search(
            line[max(0, start - 40):start]) and not line[end:end + 1].isalnum() \
            and not _SECRET.search(line):
        return INVOCATION
    head = _WORD_TAIL.search(line, max(0, start - 80), start)
    word = _WORD.match(line, head.start() if head else start)
    if word and word.end() >= end and _POD.fullmatch(word.group()) \
            and not _SECRET.search(line):
        return POD
    return None
