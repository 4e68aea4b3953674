"""A Kubernetes Secret's name is no secret (issue 19, fp42).

`secretName: "ente-db-app"` (a TLS section, a volume) names the Secret object that holds the
keys, as `hostname-tls` does in CSC's docs and `authelia` in Authelia's: the same word in every
installation that copies the manifest. The gate took the quoted name for the secret itself
(the unquoted `secretName: ente-db-app` passed). Only a key spelt `secretName`, `secret_name`
or `secret-name`, and only a value that is a Kubernetes object name (RFC 1123: lower case,
parts joined by `-` or `.`) made of words: every part of three letters or more reads as a word
(`ente`, `app`), the rest are short abbreviations (`db`, `tls`) or numbers, and at most two
long words. A random name (`kq8vnz3lw2pdxy7t`), mixed case (`Kq8vNz3Lw2`), a passphrase
(`correct-horse-battery-staple`) or any other key stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "the value names a Kubernetes Secret object (`secretName:`), not its content"

_KEY = re.compile(r"""(?<![\w-])secret[_-]?[Nn]ame["']?[ \t]*[:=][ \t]*["']?$""")
_OBJECT_NAME = re.compile(r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")
_SHORT_PART = re.compile(r"[a-z]{1,3}|\d+")
MAX_LONG_WORDS = 2
"""Words of five letters or more an object's name may have (`cert-manager-test-tls`: one); a
passphrase strings four (`correct-horse-battery-staple`)."""


def object_name(value: str) -> bool:
    """`value` is a Kubernetes object name spelt from words (`ente-db-app`, `hostname-tls`)."""
    if not _OBJECT_NAME.fullmatch(value):
        return False
    parts = re.split(r"[-.]", value)
    words = [part for part in parts if part.isalpha() and word_like(part)]
    return (bool(words) and all(part in words or _SHORT_PART.fullmatch(part) for part in parts)
            and sum(len(word) >= 5 for word in words) <= MAX_LONG_WORDS)


def secret_name(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` is given to a `secretName` key and names an
    object."""
    return bool(_KEY.search(line[max(0, start - 40):start])) and object_name(line[start:end])


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the names of Secret objects (`secretName: "ente-db-app"`)."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index] \
                and secret_name(line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
