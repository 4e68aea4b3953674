"""Values a `vault` command writes (issue 19, branch leak56): `vault kv put secret/db
value=Kq8vZr7wXp2m`, `vault write secret/app token=s.Kq8v…`. Whatever its key is called, a
value stored at a Vault path is a secret: that is what Vault keeps. The rules that read a
secret's key (`password=`, `db_pass=`) catch the rest; a key named `value`, `token` after a
dotted prefix or `data` says nothing of a secret, and the value passed. A value read from a
file (`key=@vpn.key`) or standard input (`key=-`), a variable (`$TOKEN`), a template
(`<token>`) and a word (`foo=bar`, Vault's own `hello=world`) are not reported: the same
judgement of a password as every rule's (`values._looks_like_password`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _looks_like_password

ADVICE = "show the command with a placeholder (`value=<secret>`) or read it from a file (`@file`)"

_WRITE = re.compile(
    r"\bvault[ \t]+(?:kv[ \t]+(?:put|patch)|write)(?:[ \t]+-[\w-]+(?:=\S+)?)*[ \t]+[\w./@-]+")
"""A command that writes at a Vault path, its flags and the path."""
_PAIR = re.compile(r"[ \t]+(?:[\w.-]+)=(?P<quote>[\"']?)(?P<value>[^\s\"']+)(?P=quote)")
"""One `key=value` after the path (quoted or not)."""
_VAULT_TOKEN = re.compile(r"(?:hv[sbr]|[sbr])\.[A-Za-z0-9_-]{16,}")
"""A Vault token (`hvs.…`, the older `s.…`), which reads as a dotted name to the password rule."""


def needs(folded: str) -> bool:
    """A line that can hold a Vault write."""
    return "vault" in folded


def vault_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A password-like value of a `key=value` a Vault write stores."""
    for write in _WRITE.finditer(line):
        position = write.end()
        while (pair := _PAIR.match(line, position)) is not None:
            position = pair.end()
            value = pair.group("value")
            if not value.startswith(("@", "-")) and (_looks_like_password(value, False)
                                                     or _VAULT_TOKEN.fullmatch(value)):
                yield _Hit(pair.start("value"), pair.end("value"), PASSWORD,
                           _mask_secret(value), ADVICE)
