"""Passwords spelt from the login beside them, for the gate (issue 19, branch fr52).

Ente's build guide creates its database user with `CREATE USER pguser WITH PASSWORD 'pgpass'`
and then writes `user: pguser` / `password: pgpass` into its configuration; LinuxServer's SWAG
guide sets `MYSQL_USER=ncuser` and `MYSQL_PASSWORD=ncpassword`. The password is the login with
`user` turned into `pass` (`password`, `pwd`, `pw`): the writer made both names from one stem
to show which password goes with which user, as `mysecretpassword` is spelt to be read.

Accepted only when all of these hold: a password or token (never a service's key) that is a
stem of letters (2-10) and a password word, nothing else, in a fenced code block; the same stem
with `user` (`pguser`, `nc_user`) written in lower case in that block (a setting's name,
`MYSQL_USER`, is no login); prose stays a finding (`Log in to the payroll server as hruser with
password hrpass.`, as `mysecretpassword` does there); and nothing says whose: not the line, its
headings, what introduces its block, nor a comment of the block (placed_lines: `# our production
database`, `From ticket #4821, the customer's compose file:`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy import placed_lines
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks

REASON = "a password spelt from the login beside it (`pguser` / `pgpass`)"

_SPELT = re.compile(r"(?i)(?P<stem>[a-z]{2,10}?)[-_]?(?:pass(?:word|wd)?|pwd?)")
"""A password that is a stem and a password word (`pgpass`, `ncpassword`, `db_pwd`)."""
_LOGIN = re.compile(r"(?<![\w-])(?P<stem>[a-z]{2,10})[-_]?(?:user|usr)(?![\w-])")
"""A login that is a stem and `user`, in lower case (`pguser`; not the setting `MYSQL_USER`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords spelt from a login in their code block."""
    return placed_lines.accepted(found, lines, context, REASON, _Logins(lines).spelt_from_login)


class _Logins:
    """The login stems of each code block, read once however many values it holds."""

    def __init__(self, lines: list[str]) -> None:
        self._blocks: Blocks | None = None
        self._lines = lines
        self._of_block: dict[tuple[int, int], frozenset[str]] = {}

    def spelt_from_login(self, index: int, line: str, hit: _Hit) -> bool:
        """The value is a stem and a password word in a code block that gives the stem's
        login."""
        spelt = _SPELT.fullmatch(line, hit.start, hit.end)
        if spelt is None:
            return False
        stem = spelt.group("stem").lower()
        self._blocks = self._blocks or Blocks(self._lines)
        span = self._blocks.span(index)
        if span is None:
            return False
        if span not in self._of_block:
            self._of_block[span] = _stems("\n".join(self._lines[span[0]:span[1]]))
        return stem in self._of_block[span]


def _stems(text: str) -> frozenset[str]:
    """The stems of the logins `text` writes (`pguser` -> `pg`)."""
    if "us" not in text:
        return frozenset()
    return frozenset(match.group("stem") for match in _LOGIN.finditer(text))
