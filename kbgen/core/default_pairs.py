"""A software's default login written as one pair, for the gate (issue 19).

LinuxServer.io's image pages give the login an app starts with as the pair it is: `Default
user/pass is admin/admin`, `The default user/pass are `admin:admin``, `The default username and
password is *admin/password*`. Each half alone is a default credential the gate accepts
(kbgen.core.examples.DEFAULT_CREDENTIALS); written together after words calling them the
default, the pair is the same public fact. A pair with any other half (`admin/Tr0ub4dor3x`,
`jane/sunflower`) or without `default` before it stays a finding, and so does a line going on
after the pair, or saying whose (`Our default login`; rev50). kbgen.core.privacy.credential_pairs
accepts only a pair `called_default` too (rev50).
"""

from __future__ import annotations

import re

from kbgen.core.example_assumptions import _WHOSE

REASON = "a software's default login, each half a default credential, called the default"

_PAIR = re.compile(r"[*_`]*([^\s/:*_`]{1,32})[/:]([^\s/:*_`]{1,32})[*_`]*")
_DEFAULT = re.compile(r"(?i)\bdefault\b")
LOGIN = re.compile(r"(?i)\b(?:log-?in|user(?:[ _-]?name)?|benutzer(?:name)?|identifiant"
                   r"|usuario|utente|gebruiker)\b")
"""Words naming a login (in English, German, French, Spanish, Italian and Dutch)."""
_ENDS = re.compile(r"[`*_]*[.!]?[`*_]*[ \t]*")


def default_pair(value: str, line: str, start: int, defaults: frozenset[str]) -> bool:
    """`value`, at `start` of `line`, is `user/password` or `user:password`, both halves in
    `defaults`, and the line calls it the default login (`called_default`)."""
    pair = _PAIR.fullmatch(value)
    return bool(pair and pair[1].lower() in defaults and pair[2].lower() in defaults
                and called_default(line, start, start + len(value)))


def called_default(line: str, start: int, end: int) -> bool:
    """Before the login pair at [start, end) of `line`, the line names a login and calls it the
    default (`Default user/pass is`; not `The default password is admin/admin`, one value), and
    says nobody's (`Our default login`, `Jane's router`: example_assumptions' words); the pair
    ends the line (nothing after it but closing marks: `… admin/admin, ours is root/Kq8v…` is
    not read past the pair). rev50: fq50's and fp50's pair rules judged alike."""
    return bool(_DEFAULT.search(line, 0, start) and LOGIN.search(line, 0, start)
                and _ENDS.fullmatch(line, end)) and not _WHOSE.search(line, 0, start)
