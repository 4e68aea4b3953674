"""A setting whose value names a claim or a directory attribute, for the gate (issue 19).

Chronograf's `GENERIC_API_KEY: 'email'` says which claim of the user-info answer holds the
user's address: `KEY` is a key of that answer, and `email` the name of a standard OpenID
Connect claim (or an LDAP attribute: `mail`, `uid`, `memberOf`), the same word in every
installation, no one's secret. Only a field whose name says key, claim, attribute or field
and never a secret (`GENERIC_CLIENT_SECRET: 'email'`, `DB_PASSWORD: 'groups'` stay findings),
and only the claim's name alone (`emailKq8vNz3L`, `email2024` stay findings).
"""

from __future__ import annotations

import re

CLAIMS = frozenset({
    "sub", "email", "email_verified", "name", "given_name", "family_name", "middle_name",
    "nickname", "preferred_username", "profile", "picture", "website", "gender", "birthdate",
    "zoneinfo", "locale", "phone_number", "updated_at", "groups", "roles", "upn", "mail", "uid",
    "cn", "memberof", "displayname", "samaccountname", "userprincipalname",
})
"""OpenID Connect's standard claims (Core 1.0, 5.1), `groups`/`roles`, and the LDAP
attributes that settings map them from."""
REASON = "the value names a standard claim or directory attribute (email, groups)"

_FIELD = re.compile(r"""([A-Za-z][\w.-]*)["'`]?[ \t]*(?:[:=]|=>)[ \t]*["'`]?$""")
_MAPPING_WORD = re.compile(r"(?i)(?:^|[_.-])(?:key|claim|attribute|attr|field)s?$")
_SECRET_WORD = re.compile(r"(?i)pass|pwd|secret|token|credential|auth")


def claim_setting(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` is a claim's name, given to a field whose name
    ends in key, claim, attribute or field and names no secret."""
    if line[start:end].strip("\"'`").lower() not in CLAIMS:
        return False
    field = _FIELD.search(line, max(0, start - 80), start)
    if field is None or field.end() != start:
        return False
    name = field.group(1)
    return bool(_MAPPING_WORD.search(name)) and not _SECRET_WORD.search(name)
