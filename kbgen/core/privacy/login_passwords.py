"""Passwords spelt from the login beside them, for the gate (issue 19, branch fr52): a warning,
not an error.

Ente's build guide creates its database user with `CREATE USER pguser WITH PASSWORD 'pgpass'`
and then writes `user: pguser` / `password: pgpass` into its configuration; LinuxServer's SWAG
guide sets `MYSQL_USER=ncuser` and `MYSQL_PASSWORD=ncpassword`. The password is the login with
`user` turned into `pass` (`password`, `pwd`, `pw`): the writer made both names from one stem
to show which password goes with which user. Like a password equal to its login
(kbgen.core.login_names), it is among the first anyone tries, so the page tells no more than the
login does; it may still be a real server's (a weak one), so it publishes with advice (change
it), never silently.

Only when all of these hold: a password or token (never a service's key) that is a stem of
letters (2-10) and a password word, nothing else, in a fenced code block; the same stem with
`user` (`pguser`, `nc_user`) written in lower case in that block (a setting's name,
`MYSQL_USER`, is no login); and nothing says whose: not the line, its headings, what introduces
its block, nor a comment of the block (placed_lines: `# our production database`, `From ticket
#4821, the customer's compose file:`). Prose stays an error (`Log in to the payroll server as
hruser with password hrpass.`), as `mysecretpassword` does there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kbgen.core.privacy.context import _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.placed_lines import PlacedLines

ADVICE = ("a password spelt from its login (pguser/pgpass): among the first anyone tries; check "
          "it is a default your readers change; this is a warning, the page is published")

_SPELT = re.compile(r"(?i)(?P<stem>[a-z]{2,10}?)[-_]?(?:pass(?:word|wd)?|pwd?)")
"""A password that is a stem and a password word (`pgpass`, `ncpassword`, `db_pwd`)."""
_LOGIN = re.compile(r"(?<![\w-])(?P<stem>[a-z]{2,10})[-_]?(?:user|usr)(?![\w-])")
"""A login that is a stem and `user`, in lower case (`pguser`; not the setting `MYSQL_USER`)."""


def warned(found: list[tuple[int, str, _Hit]], lines: list[str]
           ) -> Iterator[tuple[int, str, _Hit]]:
    """`found`, a password spelt from a login in its code block, nobody's, as a warning."""
    logins = _Logins(lines)
    placed = PlacedLines(lines)
    nobodys: dict[int, tuple[str, bool]] = {}  # each line's answer, asked once (line_rules)
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and not hit.advisory \
                and logins.spelt_from_login(index, line, hit):
            known = nobodys.get(index)
            if known is None or known[0] is not line:
                known = nobodys[index] = (line, placed.nobodys(index, line))
            if known[1]:
                hit = replace(hit, advice=ADVICE, advisory=True)
        yield index, line, hit


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
