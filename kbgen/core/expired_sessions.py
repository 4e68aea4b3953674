"""Session ids in an API's sign-in response that says they expire within a day, for the gate
(issue 19).

An API guide shows the response of its sign-in call and then how to send the session id back
(Pi-hole: `"sid": "vFA+…=", "csrf": "Ux87…=", "validity": 300`, then `X-FTL-SID: vFA+…=`).
A session id the same response says lasts `validity`/`expires_in`/`ttl` seconds (at most a
day) is dead before the page is published, whoever's it was: it opens nothing. The value is
then a session id wherever the page repeats it (a header, a cookie, a URL).

Only a value named as a session id or its CSRF token (`sid`, `session`, `session_id`,
`csrf`, `csrf_token`, `X-FTL-SID`) and only beside a lifetime of at most MAX_LIFETIME seconds
in the same response (MAX_DISTANCE lines either side): an `access_token`, a `refresh_token`
(which outlives the session), a password or an API key beside a lifetime stay findings, as a
session id beside none or a longer one. A repeat of the value that the text names as another
credential (`Your API key: <value>`, `Authorization: Bearer <value>`) stays a finding too
(review s32: a session's name and lifetime beside a key let the key through everywhere).
"""

from __future__ import annotations

import re

MAX_LIFETIME = 86_400
"""A day: a session id shown with a longer lifetime may still open a session."""
MAX_DISTANCE = 6
"""Lines either side of the id where its response's lifetime may be written (no blank line
between: one response)."""

_NAMED = re.compile(r"""(?i)(?:^|[\s{,"'`-])(?:sid|session|session_?id|csrf|csrf_?token)["']?"""
                    r"""\s*[:=]\s*["']?$""")
"""A session id's or CSRF token's key right before the value (`"sid": "`, `csrf=`)."""
_LIFETIME = re.compile(r"""(?i)["']?(?:validity|expires_in|ttl|max_age)["']?\s*[:=]\s*(\d{1,12})"""
                       r"""(?![\d.])""")
_OTHER_CREDENTIAL = re.compile(r"(?i)refresh_token|api_?key|password|secret|access_token")
"""A longer-lived credential in the same response: its session ids may renew or outlive."""

_NAMED_OTHERWISE = re.compile(r"(?i)api[-_ ]?key|pass(?:word|wd|phrase)?|secret|bearer"
                              r"|authori[sz]ation|token|private|cred")
"""A repeat's own name for what it is, when not a session id's (`token` of `csrf_token` is
read with its session's name: see `repeat_named_otherwise`)."""
_SESSION_WORD = re.compile(r"(?i)sid|session|csrf|cookie")

REASON = "a session id its sign-in response says expires within a day (an API guide's example)"


def short_lived(lines: list[str], index: int, start: int) -> bool:
    """The value at `start` of line `index` is named as a session id, and the lines around it
    (its response) state a lifetime of at most a day and hold no longer-lived credential."""
    if not _NAMED.search(lines[index][max(0, start - 40):start]):
        return False
    around = _response(lines, index)
    lifetimes = [int(match.group(1)) for line in around for match in _LIFETIME.finditer(line)]
    return (bool(lifetimes) and max(lifetimes) <= MAX_LIFETIME
            and not any(_OTHER_CREDENTIAL.search(line) for line in around))


def _response(lines: list[str], index: int) -> list[str]:
    """The lines around line `index` up to a blank line, at most MAX_DISTANCE either side."""
    first = index
    while first > max(0, index - MAX_DISTANCE) and lines[first - 1].strip():
        first -= 1
    last = index
    while last < min(len(lines) - 1, index + MAX_DISTANCE) and lines[last + 1].strip():
        last += 1
    return lines[first:last + 1]


def repeat_named_otherwise(line: str, start: int) -> bool:
    """The text right before the value at `start` of `line` (a repeat of a session id) names
    it as another credential, not a session id (`API key: `, `Bearer `)."""
    before = line[max(0, start - 40):start]
    named = list(_NAMED_OTHERWISE.finditer(before))
    return bool(named) and not _SESSION_WORD.search(before, max(0, named[-1].start() - 12))
