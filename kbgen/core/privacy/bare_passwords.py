"""Passwords written straight after the word naming them, with no sign or verb between
(`the admin password Kq91x7ZrPw`, `WLAN-Passwort Kq91x7ZrPw`): prose names many things after
that word (`password field`, `password reset link`, `password manager Bitwarden`), so only a
value shaped as a password policy asks for is taken."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.values import _looks_like_password

_BARE_PASSWORD = re.compile(
    r"(?i)(?<![a-z_])(?:password|passphrase|passcode|passwort|kennwort|wachtwoord"
    r"|contrase[ñn]a|senha|mot de passe|l[öo]senord|salasana|has[łl]o)"
    r"""[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<|”’*_]{8,64})(?![^\s"'`<|”’*_])""")
"""A password word (not `pass`, `passwd`, `secret`: a verb, a command, a kind of key; not the
end of a name, `admin_password`), spaces, then one word of 8 to 64 characters."""

_VERSION = re.compile(r"(?i)v?\d+(?:[._-]\d+)*[a-z]?")


def _policy_shaped(value: str) -> bool:
    """Letters and digits with an upper-case letter or a symbol besides (`Kq91x7ZrPw`,
    `hunter2024!`): not a word (`Bitwarden`), a version (`v2.1`) or a name (`deploy01`)."""
    has_lower = any(ch.islower() for ch in value)
    has_digit = any(ch.isdigit() for ch in value)
    has_upper = any(ch.isupper() for ch in value)
    has_symbol = any(not ch.isalnum() and ch not in "-_." for ch in value)
    return (has_lower and has_digit and (has_upper or has_symbol)
            and not _VERSION.fullmatch(value))


def _bare_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A policy-shaped value right after a password word (`admin password Kq91x7ZrPw`)."""
    for match in _BARE_PASSWORD.finditer(line):
        raw = match.group("value")
        value = raw.rstrip(".,;:)")
        if _policy_shaped(value) and _looks_like_password(value, False):
            yield _famous_or_hit(line, match.start("value"), value)
