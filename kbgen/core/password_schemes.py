"""Password digests by their scheme's own marks (issue 19, leak43): crypt's `$1$`, `$apr1$`,
`$5$`, `$6$`, `$2a$`/`$2b$`/`$2y$`, `$y$`, `$7$`, PHC's `$argon2…$` and `$pbkdf2…$`, LDAP's
`{SHA}`, `{SSHA}` and kin, Django's `pbkdf2_sha256$…` and `scrypt$…`, Werkzeug's
`pbkdf2:sha256:…$hex`, MySQL's `*HEX`, `$NT$` and pwdump's `user:RID:LM:NT:::`. Each is read by
its marks and exact lengths; doubled dollars (Compose labels) read as single ones. A published
digest of a real password is cracked offline: no label (`hash:`) and no column of digests makes
one harmless (kbgen.core.ids, kbgen.core.surroundings ask `within`)."""

from __future__ import annotations

import re

_D = r"\$\$?"
"""A crypt field separator, doubled where Compose reads `$` as a variable."""
_C = r"[./0-9A-Za-z]"
"""crypt's own base-64 alphabet."""
_B = r"[A-Za-z0-9+/]"
"""Standard base 64."""

_SCHEMES = (
    rf"{_D}(?:apr1|1){_D}{_C}{{1,8}}{_D}{_C}{{22}}",
    rf"{_D}5{_D}(?:rounds=\d{{1,9}}{_D})?{_C}{{1,16}}{_D}{_C}{{43}}",
    rf"{_D}6{_D}(?:rounds=\d{{1,9}}{_D})?{_C}{{1,16}}{_D}{_C}{{86}}",
    rf"{_D}2[abxy]?{_D}\d\d{_D}{_C}{{53}}",
    rf"{_D}y{_D}{_C}{{1,32}}{_D}{_C}{{1,86}}{_D}{_C}{{43}}",
    rf"{_D}7{_D}{_C}{{14,128}}{_D}{_C}{{43}}",
    rf"{_D}argon2(?:id|i|d){_D}(?:v=\d{{1,3}}{_D})?m=\d{{1,7}},t=\d{{1,3}},p=\d{{1,3}}"
    rf"{_D}{_B}{{8,}}{_D}{_B}{{16,}}",
    rf"{_D}pbkdf2(?:-sha\d{{1,3}})?{_D}\d{{1,7}}{_D}[A-Za-z0-9+/.]{{8,}}{_D}[A-Za-z0-9+/.]{{16,}}",
    rf"\{{(?:S?SHA(?:1|224|256|384|512)?|S?MD5)\}}{_B}{{20,}}={{0,2}}",
    rf"(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|scrypt){_D}[^\s$\"'`]{{1,40}}{_D}"
    rf"[^\s$\"'`]{{1,64}}(?:{_D}\d{{1,2}}{_D}\d{{1,2}})?{_D}{_B}{{20,}}={{0,2}}",
    rf"(?:pbkdf2:sha\d{{1,3}}(?::\d{{1,7}})?|scrypt:\d{{1,7}}:\d{{1,2}}:\d{{1,2}}){_D}"
    rf"[A-Za-z0-9]{{1,64}}{_D}[0-9a-f]{{40,128}}",
    r"(?<![\w*])\*[0-9A-F]{40}",
    r"\$NT\$[0-9a-fA-F]{32}",
)
DIGEST = re.compile(r"(?<![A-Za-z0-9_$])(?:" + "|".join(_SCHEMES)
                    + r")(?![A-Za-z0-9_/+=]|\.[A-Za-z0-9_/])")
"""One digest of a known scheme, its length exact: a longer run is something else (a
sentence's full stop may follow, and Japanese or Chinese text touch it: only ASCII counts)."""

PWDUMP = re.compile(r"(?<![\w.-])[\w.-]{1,64}:\d{1,10}:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):")
"""pwdump/secretsdump's `user:RID:LM:NT:::`: the NT hash is the password's (NTLM)."""
NT_LABELLED = re.compile(r"(?i)(?<![\w-])(?:NTLM(?:v1)?|NT)(?:[ -]hash(?:es)?)?"
                         r"[ \t]*(?:[:=]|is)[ \t]*[`\"']?([0-9a-f]{32})(?![0-9a-f])")
"""An NTLM digest its label names (`NTLM hash: 8846…`): MD5's length, but a password's."""
NAMED = (PWDUMP, NT_LABELLED)
"""Regexes whose group 1 is a password's digest that only its surroundings tell."""


_REACH = 400
"""How far either side of a value a digest holding it is looked for."""


def within(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` lies inside a password digest."""
    low, high = max(0, start - _REACH), min(len(line), end + _REACH)
    return any(match.start(group) <= start and end <= match.end(group)
               for regex, group in ((DIGEST, 0), *((named, 1) for named in NAMED))
               for match in regex.finditer(line, low, high))
