"""A token that is base64 of a phrase the gate passes as written, for the gate (issue 19,
branch fh52).

Kanboard's API pages upload and read back a file as `"cGxhaW4gdGV4dCBmaWxl"` (base64 of `plain
text file`); Dokku's pages show a cron entry and a template as the base64 they are stored in
(`cGhwPT09dHJ1ZT09PSogKiAqICogKg==` is `php===true===* * * * *`, `e3sgcHJpbnQgInt7IHBvZCB9fSIg
fX0K` is `{{ print "{{ pod }}" }}`). The token rules read the encoding as a key; what it
encodes is a sentence, a template or a schedule, which the gate passes when written plainly.

Accepted only when all of these hold: a token (never a password nor a service's key) of 16
characters or more, standard or URL-safe base64 that decodes whole to printable ASCII; the
decoded text holds at least MIN_SPACES spaces (a phrase, not a password or a passphrase
glued), no digit, `:` or `@` (no number, address, login pair or password with a digit) and no
word naming a secret (`my password is sunflower` encoded stays a finding); and the line names
no secret (`password`, `secret`, `token`, `key`, `auth`, `bearer`, `credential`) and says whose
nothing (surroundings.names_whose). A phrase of letters alone encoded (`jane doe lives here`)
passes as it does written plainly.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import TOKEN

REASON = "base64 of a phrase, a template or a schedule the gate passes as written"

MIN_LENGTH = 16
MIN_SPACES = 2
"""Spaces the decoded text holds at least: words of a phrase, not a password."""
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")
_PRINTABLE = re.compile(r"[ -~]+\n?")
_HOLDS_VALUES = re.compile(r"[0-9:@]")
"""What any value the gate finds needs in a phrase: a digit (numbers, addresses, a password
with one), `:` (a login pair, a URL) or `@` (an e-mail address)."""
_SECRET_WORDS = re.compile(r"(?i)pass(?:word|wd|phrase)?|secret|token|\bkey|api[-_]?key|auth"
                           r"|bearer|credential")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but tokens that are base64 of a phrase, on lines naming no secret and saying
    whose nothing."""
    return line_rules.accepted(
        found, context, REASON,
        lambda _, line, hit: hit.kind == TOKEN and phrase(line[hit.start:hit.end]),
        lambda _, line: not _SECRET_WORDS.search(line) and not surroundings.names_whose(line))


def phrase(value: str) -> bool:
    """`value` is base64 of printable text of a few words that the gate passes as written."""
    if len(value) < MIN_LENGTH or not _BASE64.fullmatch(value):
        return False
    decoded = _decoded(value)
    if decoded is None or not _PRINTABLE.fullmatch(decoded):
        return False
    return (decoded.count(" ") >= MIN_SPACES and not _HOLDS_VALUES.search(decoded)
            and not _SECRET_WORDS.search(decoded))


def _decoded(value: str) -> str | None:
    """The text base64 `value` (standard or URL-safe, padded or not) decodes to, or None."""
    body = value.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        return raw.decode("ascii")
    except (binascii.Error, ValueError):
        return None
