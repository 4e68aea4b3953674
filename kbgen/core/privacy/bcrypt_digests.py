"""A bcrypt digest made from a password the same page gives in the open (issue 19, branch fp51).

Traefik's API-key page stores `secret: $2y$05$D4SP… # htpasswd -nbB "" foo | cut -c 2-`: the
comment is the command that made the digest, and `foo` its password. Kanboard's API page
answers `getUser` with `"password": "$2y$10$dRs6…"`, the digest of the `"password": "123456"`
its `createUser` request sends a few lines above. A digest adds nothing to a page that prints
the password it is made from; it is checked by making it again (the `bcrypt` package), as
htpasswd_digests does for MD5-crypt.

Tried, for each digest: the password of an `htpasswd … -b` command on the digest's own line,
the quoted values the page gives a password field and the placeholders the page quotes (not
htpasswd_digests' unquoted STAND_INS: a page giving no password spends nothing). A value tried
must be one the gate passes where the page writes it (a line holding a finding gives nothing to
try: `our admin password is "Kq8v…"` stays a finding, and so does its digest). A digest of
anything else, one whose line, headings, introduction or block comments say whose
(placed_blocks: `# our production users`), or the paragraphs above its own (a table's or an
indented block's introduction, `Acme GmbH's stored user (ticket #4821) is`: placed_above,
rev52), or one costlier than MAX_COST stays a finding.
Making a digest costs 2**cost rounds: a text spends at most BUDGET.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from types import ModuleType

from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.verified_digests import page_placeholders

REASON = "a bcrypt digest made from a password the page gives (checked by making it again)"

MAX_COST = 12
"""The costliest digest made again (2**12 rounds: about a fifth of a second)."""
BUDGET = 2 ** 12
"""Rounds spent per text (about a fifth of a second): four digests of cost 10, one of cost
12, or 128 of cost 5 (Kanboard's page makes one of cost 10, Traefik's two of cost 5)."""

_DIGEST = re.compile(r"\$\$?2[abxy]?\$\$?(\d\d)\$\$?([./A-Za-z0-9]{53})(?![./\w])")
"""A bcrypt digest, with `$` doubled as a Compose label writes it."""
_HTPASSWD = re.compile(r"\bhtpasswd[ \t]+(?:-\w+[ \t]+)*-\w*b\w*[ \t]+(?:-\w+[ \t]+)*"
                       r"(?:\S+[ \t]+)?(?:\"\"|''|\S+)[ \t]+(?:\"([^\"\n]*)\"|'([^'\n]*)'|"
                       r"([^\s|;&]+))")
"""`htpasswd -nbB user password` (batch mode: the password is the last argument; with `-n`
no file comes before the user)."""
_FIELD = re.compile(r"""(?i)["']?\bpass(?:word|wd)?["']?[ \t]*[:=][ \t]*["']([^"'\n$]{1,64})["']""")
"""A quoted value given to a password field (`"password": "123456"`), never a digest (`$`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but bcrypt digests made from a password the page gives in the open."""
    if not any(hit.kind in (TOKEN, PASSWORD) and line_holds(line, "$2")
               for _, line, hit in found):
        yield from found
        return
    checker = _Checker(lines, {index for index, _, _ in found})
    yield from unplaced(found, lines, context, checker.made_from_given, REASON)


class _Checker:
    """A page's open passwords, read once, and the digests made again with them."""

    def __init__(self, lines: list[str], flagged: set[int]) -> None:
        self.lines, self.flagged = lines, flagged
        self.above = PlacedAbove(lines)
        self.rounds_left = BUDGET
        self._given: list[str] | None = None
        self._known: dict[tuple[str, str], bool] = {}
        self._commanded: dict[int, list[str]] = {}

    def made_from_given(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is inside a bcrypt digest made from a password the page gives."""
        if hit.kind not in (TOKEN, PASSWORD) or hit.vendor or not line_holds(line, "$2") \
                or self.above.says_whose(index):
            return False
        for match in _DIGEST.finditer(line, max(0, hit.start - 8), min(len(line), hit.end + 8)):
            if match.start() <= hit.start and hit.end <= match.end():
                if index not in self._commanded:
                    self._commanded[index] = _commanded(line)
                tried = [*self._commanded[index], *self.given()]
                return any(self._made(match, plain) for plain in dict.fromkeys(tried))
        return False

    def given(self) -> list[str]:
        """The page's open passwords: password fields' quoted values and quoted placeholders,
        each from a line holding no finding."""
        if self._given is None:
            fields = [match.group(1) for index, line in enumerate(self.lines)
                      if index not in self.flagged and line_holds(line, "ass")
                      for match in _FIELD.finditer(line)]
            clean = [line for index, line in enumerate(self.lines) if index not in self.flagged]
            self._given = [*fields[:8], *page_placeholders(clean)]
        return self._given

    def _made(self, match: re.Match[str], plain: str) -> bool:
        cost = int(match.group(1))
        key = (match.group(), plain)
        if key not in self._known:
            if not 4 <= cost <= MAX_COST or self.rounds_left < 2 ** cost:
                return False
            self.rounds_left -= 2 ** cost
            self._known[key] = _checked(plain, match.group().replace("$$", "$"))
        return self._known[key]


def _checked(plain: str, digest: str) -> bool:
    """`digest` is made from `plain`; False for a form the library refuses (`$2x$`, `$2$`, a
    bad salt: `ValueError`) or where it is missing."""
    library = _bcrypt()
    if library is None:
        return False
    try:
        return bool(library.checkpw(plain.encode("utf-8"), digest.encode("ascii")))
    except ValueError:
        return False


def _commanded(line: str) -> list[str]:
    """The password of an `htpasswd -b` command on the digest's line (`htpasswd -nbB "" foo`)."""
    if not line_holds(line, "htpasswd"):
        return []
    return [next(group for group in match.groups() if group is not None)
            for match in _HTPASSWD.finditer(line)]


@lru_cache(maxsize=1)
def _bcrypt() -> ModuleType | None:
    """The `bcrypt` package (a dependency), or None where an older install lacks it: then no
    digest is made again and every bcrypt digest stays a finding, as before this rule."""
    try:
        import bcrypt
    except ImportError:
        return None
    return bcrypt
