"""Password digests wherever they stand (issue 19, leak43): prose, code, a table, an htpasswd,
shadow or pwdump line, LDAP's `userPassword`, a data file (kbgen.core.password_schemes reads
their schemes). The token detectors passed MD5-crypt (22 characters: too short to judge by
entropy), Werkzeug's hex digests, MySQL's `*HEX` and NTLM in prose, and a label or a column
naming a digest accepted the rest. Digests made from a placeholder or the line's user name
stay accepted where the gate proves it (htpasswd_digests, verified_digests, argon2_digests).
One pass of three regexes per line: linear in the line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.password_schemes import DIGEST, NAMED, NT_LABELLED, PWDUMP
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN

_EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0"
"""NTLM's digest of the empty password: an account without one, nothing to crack."""


_SCHEME_MARKS = ("$", "{", "*")
"""What each of DIGEST's schemes holds (`:` is not one: its form with colons has a `$` too)."""
_HEX_32 = re.compile(r"[0-9a-fA-F]{32}")
_HEX_NAMED = frozenset({PWDUMP, NT_LABELLED})
"""Those of NAMED whose digest is 32 hex digits (asked first: each expression opens with a
look-behind, tried at every character of every line that has a colon, build46)."""


def line_needs(line: str) -> bool:
    """A line _password_digests may find a digest in: one with a scheme's mark (DIGEST), or
    32 hex digits (each of NAMED's digests; one outside _HEX_NAMED would be asked always)."""
    return (any(mark in line for mark in _SCHEME_MARKS) or _HEX_32.search(line) is not None
            or not _HEX_NAMED.issuperset(NAMED))


def _password_digests(line: str, context: _Context) -> Iterator[_Hit]:
    """Each password digest of a known scheme in `line`."""
    for match in DIGEST.finditer(line) if any(mark in line for mark in _SCHEME_MARKS) else ():
        yield _Hit(match.start(), match.end(), TOKEN, _mask_secret(match.group()))
    hex_run = _HEX_32.search(line) is not None
    named = (regex for regex in NAMED if hex_run or regex not in _HEX_NAMED)
    for match in (match for regex in named for match in regex.finditer(line)):
        if match.group(1).lower() != _EMPTY_NT:
            yield _Hit(match.start(1), match.end(1), TOKEN, _mask_secret(match.group(1)))
