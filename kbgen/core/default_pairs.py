"""A software's default login written as one pair, for the gate (issue 19).

LinuxServer.io's image pages give the login an app starts with as the pair it is: `Default
user/pass is admin/admin`, `The default user/pass are `admin:admin``, `The default username and
password is *admin/password*`. Each half alone is a default credential the gate accepts
(kbgen.core.examples.DEFAULT_CREDENTIALS); written together after words calling them the
default, the pair is the same public fact. A pair with any other half (`admin/Tr0ub4dor3x`,
`jane/sunflower`) or without `default` before it stays a finding, and so does a line going on
after the pair.
"""

from __future__ import annotations

import re

REASON = "a software's default login, each half a default credential, called the default"

_PAIR = re.compile(r"[*_`]*([^\s/:*_`]{1,32})[/:]([^\s/:*_`]{1,32})[*_`]*")
_DEFAULT = re.compile(r"(?i)\bdefault\b")
_ENDS = re.compile(r"[`*_]*[.!]?[`*_]*[ \t]*")


def default_pair(value: str, line: str, start: int, defaults: frozenset[str]) -> bool:
    """`value`, at `start` of `line`, is `user/password` or `user:password`, both halves in
    `defaults`; the line calls it the default before it and ends with it (nothing after it
    but closing marks: `… admin/admin, ours is root/Kq8v…` is not read past the pair)."""
    pair = _PAIR.fullmatch(value)
    return bool(pair and pair[1].lower() in defaults and pair[2].lower() in defaults
                and _DEFAULT.search(line, 0, start)
                and _ENDS.fullmatch(line, start + len(value)))
