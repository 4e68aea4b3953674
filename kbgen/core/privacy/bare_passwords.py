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
    r"(?:[ \t]+(?:lautet|hei(?:ß|ss)t|lyder|kuuluu|brzmi))?"
    r"""[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[^\s"'`<|”’*_]{8,64})(?![^\s"'`<|”’*_])""")
"""A password word (not `pass`, `passwd`, `secret`: a verb, a command, a kind of key; not the
end of a name, `admin_password`), spaces, then one word of 8 to 64 characters."""

_VERSION = re.compile(r"(?i)v?\d+(?:[._-]\d+)*[a-z]?")

_SCHEME_NAMES = re.compile(
    r"(?i)sha|md[45]|argon|pbkdf|bcrypt|scrypt|yescrypt|crypt|base(?:32|64)|utf|aes|rsa|ed25519"
    r"|hmac|ntlm|des|blake|x509|pkcs|wpa|wep|oauth|totp|hotp|fido|u2f|webauthn|ldap|kerberos"
    r"|radius|tls|ssl|ipv|http|ftp|smtp|imap|pop3|s3|ec2|iso|rfc|nist|cve")
"""Hashing and encoding schemes, standards and protocols (`password pbkdf2_sha256`, `Passwort
ISO27001`): lower case and digits as passwords are, but what prose names after the word."""


def _policy_shaped(value: str) -> bool:
    """Letters and digits (`hunter2024`, `Kq91x7ZrPw`, `hunter2024!`): not a word
    (`Bitwarden`), a version (`v2.1`), a scheme or standard (`argon2id`, `ISO27001`) or a name
    of a few letters and a number (`deploy01`: two digits or fewer, lower case only)."""
    has_lower = any(ch.islower() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    has_upper = any(ch.isupper() for ch in value)
    has_symbol = any(not ch.isalnum() and ch not in "-_." for ch in value)
    if not has_lower or not digits or _VERSION.fullmatch(value):
        return False
    if has_upper or has_symbol:
        return True
    letters = sum(ch.isalpha() for ch in value)
    return digits >= 3 and letters >= 4 and not _SCHEME_NAMES.search(value)


def _bare_passwords(line: str, context: _Context) -> Iterator[_Hit]:
    """A policy-shaped value right after a password word (`admin password Kq91x7ZrPw`)."""
    for match in _BARE_PASSWORD.finditer(line):
        raw = match.group("value")
        value = raw.rstrip(".,;:)")
        if _policy_shaped(value) and _looks_like_password(value, False):
            yield _famous_or_hit(line, match.start("value"), value)
