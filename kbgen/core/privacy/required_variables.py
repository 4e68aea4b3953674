"""A variable's required-value check, not its value (issue 19, branch fp68): Docker Compose and
POSIX shells read `${REDIS_PASSWORD:?Variable is not set or empty}` as "the value of
REDIS_PASSWORD, or stop with this message" (`$${…}` in a Compose command). The colon there is
no label's: what follows `:?` is an error message, never the password.

Only a message of words is one (two or more words of letters in any script, maybe ending with a
mark, or variables' names in capitals: `must be set`, `set DB_PASSWORD first`): a value given
as the "message" (`${PW:?Kq8vNz3Lw2}`), a default after `:-` or `:=` (`${PW:-hunter2}`, which
is used as the password), and anything that does not close with `}` on the line stay the
password rules'."""

from __future__ import annotations

import re

_EXPANSION = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\Z")
"""`${NAME` just before the colon (the password word ends NAME)."""

_WORD = re.compile(r"[^\W\d_]+[.,;:!]?|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,;:!]?")
"""A word of letters, or a variable's name in capitals (`DB_PASSWORD`)."""


def required_message(line: str, colon: int) -> bool:
    """The `:` at `colon` is the `:?` of `${NAME:?message}`, NAME ending just before it and
    the message two or more words."""
    if not line.startswith(":?", colon) or not _EXPANSION.search(line, 0, colon):
        return False
    close = line.find("}", colon)
    if close < 0:
        return False
    words = line[colon + 2:close].split()
    return len(words) >= 2 and all(_WORD.fullmatch(word) for word in words)
