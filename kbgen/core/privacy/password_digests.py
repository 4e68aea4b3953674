"""Password digests wherever they stand (issue 19, leak43): prose, code, a table, an htpasswd,
shadow or pwdump line, LDAP's `userPassword`, a data file (kbgen.core.password_schemes reads
their schemes). The token detectors passed MD5-crypt (22 characters: too short to judge by
entropy), Werkzeug's hex digests, MySQL's `*HEX` and NTLM in prose, and a label or a column
naming a digest accepted the rest. Digests made from a placeholder or the line's user name
stay accepted where the gate proves it (htpasswd_digests, verified_digests, argon2_digests).
One pass of three regexes per line: linear in the line."""

from __future__ import annotations

from collections.abc import Iterator

from kbgen.core.password_schemes import DIGEST, NAMED
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN

_MARKS = ("$", "{", "*", ":")
_EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0"
"""NTLM's digest of the empty password: an account without one, nothing to crack."""


def needs(text: str) -> bool:
    """What a text holding a digest holds."""
    return any(mark in text for mark in _MARKS)


def _password_digests(line: str, context: _Context) -> Iterator[_Hit]:
    """Each password digest of a known scheme in `line`."""
    for match in DIGEST.finditer(line):
        yield _Hit(match.start(), match.end(), TOKEN, _mask_secret(match.group()))
    for match in (match for regex in NAMED for match in regex.finditer(line)):
        if match.group(1).lower() != _EMPTY_NT:
            yield _Hit(match.start(1), match.end(1), TOKEN, _mask_secret(match.group(1)))
