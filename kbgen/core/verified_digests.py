"""Password digests the line says are made from a placeholder, checked by making them again
(issue 19).

Authelia's docs configure each OpenID Connect client with
`client_secret: '$pbkdf2-sha512$310000$c8p7…$JNRB…'  # The digest of 'insecure_secret'.`: a
PBKDF2 digest in the PHC string format and, quoted beside it, the password it was made from.
Such a digest opens nothing the text does not give away already, and that password is a
placeholder. A digest counts as one only when

- it is a PBKDF2 PHC string (`$pbkdf2-sha512$<rounds>$<salt>$<hash>`, passlib's base64 with
  `.` for `+`) of at most MAX_ROUNDS rounds and a salt of exactly SALT_BYTES bytes written as
  passlib writes them (random_salt, leak37);
- a quoted value on the same line, outside the digest, or else one of the first MAX_PLAINS
  the page quotes, is a placeholder password as the gate judges one (`insecure_secret`,
  `password`: examples.placeholder_password), and
- the digest made again from that value, with the salt and rounds written, is the one written.

A real password's digest beside a placeholder it was not made from, a digest beside a real
password (`# digest of 'Tr0ub4dor&3'`), a bcrypt digest (not made here; Argon2:
argon2_digests) or one on a page quoting no placeholder stays a finding. Making a digest
costs up to half a second: a text gets at most MAX_CHECKS of them; its other digests stay
findings.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kbgen.core.examples import placeholder_password

_PHC = re.compile(r"\$pbkdf2(?:-(sha1|sha256|sha512))?\$(\d{1,7})\$([A-Za-z0-9+/.]{8,64})"
                  r"\$([A-Za-z0-9+/.]{16,128})")
_QUOTED = re.compile(r"""'([^'\s]{1,64})'|"([^"\s]{1,64})"|`([^`\s]{1,64})`""")
MAX_ROUNDS = 1_000_000
"""More rounds than any guide's example uses: such a digest is not made again (a finding)."""
SALT_BYTES = 16
"""A salt's bytes (Authelia's and passlib's 16, 22 characters written): the salt is text the
writer chooses, so a longer one could carry a real key (a 40-character AWS secret key written
as the salt of a placeholder's digest, rev36), and a shorter one a password (leak37)."""
MAX_CHECKS = 4
"""Digests made again per text (each up to half a second): a bound on a hostile page's cost."""
MAX_PLAINS = 3
"""Quoted values per line tried as the password a digest was made from."""
LONGEST = 230
"""A PHC string's most characters (`$pbkdf2-sha512$`, rounds, 64 and 128 of base64): a value's
digest is looked for this far around it, not along the whole line (a line of 1 MB)."""
AROUND = 120
"""How far around a digest its line is read for the quoted password it names."""

REASON = ("a password digest made from the placeholder its line or page names (checked by "
          "making it again)")


@dataclass
class DigestChecker:
    """Digests checked in one text; the results (and the budget spent) are kept in it."""

    checks_left: int = MAX_CHECKS
    page: list[str] = field(default_factory=list)
    """The text's lines: the placeholders it quotes elsewhere are tried after the line's."""
    _known: dict[tuple[str, str], bool] = field(default_factory=dict)
    _page_plains: list[str] | None = None

    def explained(self, line: str, start: int, end: int) -> bool:
        """The value at [start, end) of `line` is inside a PBKDF2 digest made from a
        placeholder the same line, or else the page, quotes (`# The digest of
        'insecure_secret'` on the line above: the digest made again decides, not where its
        password is written)."""
        low = max(0, start - LONGEST)
        for digest in _PHC.finditer(line, low, min(len(line), end + LONGEST)):
            if digest.start() <= start and end <= digest.end():
                own = _plains(line, digest.start(), digest.end())
                if self._page_plains is None:
                    self._page_plains = page_placeholders(self.page)
                return any(self._made_from(digest, plain) for plain in
                           [*own, *(value for value in self._page_plains if value not in own)])
        return False

    def _made_from(self, digest: re.Match[str], plain: str) -> bool:
        key = (digest.group(0), plain)
        if key not in self._known:
            if self.checks_left <= 0:
                return False
            self.checks_left -= 1
            self._known[key] = _pbkdf2_made_from(digest.group(0), plain)
        return self._known[key]


def _plains(line: str, start: int, end: int) -> list[str]:
    """Quoted values of `line` near [start, end), outside it, that are placeholder passwords."""
    found = []
    for match in _QUOTED.finditer(line, max(0, start - AROUND), min(len(line), end + AROUND)):
        if match.start() < end and start < match.end():
            continue
        value = next(group for group in match.groups() if group is not None)
        if placeholder_password(value) is not None:
            found.append(value)
        if len(found) == MAX_PLAINS:
            break
    return found


def page_placeholders(lines: list[str]) -> list[str]:
    """The first MAX_PLAINS distinct placeholder passwords `lines` quote (never a digest's
    part: no `$`)."""
    found: list[str] = []
    for line in lines:
        if ("'" in line or '"' in line or "`" in line):
            for match in _QUOTED.finditer(line):
                value = next(group for group in match.groups() if group is not None)
                if ("$" not in value and value not in found
                        and placeholder_password(value) is not None):
                    found.append(value)
                    if len(found) == MAX_PLAINS:
                        return found
    return found


@lru_cache(maxsize=64)
def _pbkdf2_made_from(text: str, plain: str) -> bool:
    """The PBKDF2 digest `text` is made from `plain` (kept: a help centre repeats one example
    digest on every page, each made again in a third of a second)."""
    digest = _PHC.fullmatch(text)
    if digest is None:
        return False
    algorithm, rounds = digest.group(1) or "sha1", int(digest.group(2))
    salt, expected = _ab64(digest.group(3)), _ab64(digest.group(4))
    if (salt is None or expected is None or not 0 < rounds <= MAX_ROUNDS
            or not random_salt(digest.group(3), salt)):
        return False
    made = hashlib.pbkdf2_hmac(algorithm, plain.encode("utf-8"), salt, rounds, len(expected))
    return made == expected


def random_salt(written: str, salt: bytes) -> bool:
    """`written` is how passlib writes a generated salt: SALT_BYTES bytes, their base64 with no
    padding and no stray low bits in the last character (`…4Q`, `…CZA`). A password typed in as
    the salt (`hunter2024`, `Tr0ub4dor3Xq`: up to 22 characters) is shorter, or (15 times in 16
    at exactly 22 characters) ends in a character no 16 bytes are written with, or holds what
_TYPED finds."""
    return len(salt) == SALT_BYTES and _ab64_text(salt) == written and not typed(written)


def typed(salt: str) -> bool:
    """The salt as written holds what a typed password holds and random bytes almost never
    write (_TYPED), or is made of words (_worded)."""
    return _TYPED.search(salt) is not None or _worded(salt)


MAX_WORDED_CHANGES = 6
"""Changes between upper-case letters, lower-case letters, digits and marks along a salt of 22
characters that a worded password has at most (`FootballCanyoncoffee52`: 5; leak39): random
bytes change class at about 2 characters in 3 (about 13.5 times), and 6 or fewer in about 190
of 100,000 salts (measured); 94 in 100 passwords of three words and digits are 6 or fewer."""


def _worded(salt: str) -> bool:
    """A salt of 20 or more characters whose characters change class no more than words and
    digits typed one after another do (MAX_WORDED_CHANGES)."""
    return len(salt) >= 20 and sum(
        _class(a) != _class(b) for a, b in zip(salt, salt[1:])) <= MAX_WORDED_CHANGES


def _class(char: str) -> int:
    return 0 if char.isupper() else 1 if char.islower() else 2 if char.isdigit() else 3


_TYPED = re.compile(r"(.{4}).*\1|(?<!\d)(?:19|20)\d\d(?!\d)")
"""What a typed password holds and 16 random bytes almost never write (about 1 in 10,000
salts): a run of four characters repeated (`hunter2hunter2…`), a year (`Wifi/2024.`)."""


def _ab64_text(data: bytes) -> str:
    """`data` in passlib's adapted base64, as it writes it."""
    return base64.b64encode(data).decode().rstrip("=").replace("+", ".")


def _ab64(text: str) -> bytes | None:
    """passlib's adapted base64 (`.` for `+`, no padding), or None."""
    try:
        return base64.b64decode(text.replace(".", "+") + "=" * (-len(text) % 4),
                                validate=True)
    except (binascii.Error, ValueError):
        return None
