"""A secret written where a Kubernetes Secret object's name goes (issue 19, branch leak53):
`secretName: hunter2-prod-password`, `existingSecret: Kq8vNz3Lw2Pd`, unquoted. The key names
a secret, but no rule read it as a password's key: only detect-secrets' keyword rule, which
wants a quote, so the same value unquoted was published.

A value that reads as a Secret object's name (kbgen.core.secret_objects, under any of these keys:
a lower-case DNS name of words, small numbers and short abbreviations: `authelia`,
`app-secrets-2`) stays accepted,
quoted or not, but a passphrase's shape (`tiger-piano-river-42`: three words and a number, or
four words: secret_name_lists reads a list's items so); any other value that looks like a
password (digits or symbols with letters, mixed case) is one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.secret_objects import secret_object

_SECRET_NAME_KEY = re.compile(
    r"(?<![\w-])(?:secretName|existingSecret|secret_name|existing_secret)[\"']?[ \t]*:[ \t]*"
    r"(?P<open>[\"']?)(?P<value>[^\s\"'`,#{}\[\]]{4,128})(?P=open)(?=[ \t]*(?:$|#|,|\}))")
"""A Secret object's key (as Kubernetes and Helm spell it, or in snake case) and its value,
maybe quoted, alone or before a comment or a flow mapping's next item."""


MAX_WORDS = 3
"""Words a Secret object's name may hold; more read as a passphrase, and so do as many with a
number (`tiger-piano-river-42`)."""


def _passphrase(value: str) -> bool:
    """`value` is words and maybe a number joined as a passphrase is."""
    parts = re.split(r"[-.]", value)
    words = sum(part.isalpha() and len(part) > 3 and reads_as_words(part) for part in parts)
    return words > MAX_WORDS or words == MAX_WORDS and any(part.isdigit() for part in parts)


def needs(text: str) -> bool:
    """A text naming a Secret object."""
    return "ecret" in text


def secret_name_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A password written as a Secret object's name."""
    for match in _SECRET_NAME_KEY.finditer(line):
        value, start = match.group("value"), match.start("value")
        if secret_object(f"secretName: {value}", len("secretName: "), value):
            if _passphrase(value):
                yield _famous_or_hit(line, start, value)
        elif _looks_like_password(value, False):
            yield _famous_or_hit(line, start, value)
