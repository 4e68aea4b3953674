"""Kerberos keys a keytab tool prints beside their encryption type (issue 19, branch leak42):
Heimdal's `ktutil list --keys` (`  2  aes256-cts-hmac-sha1-96  host/x@REALM  3f8a…`), Java's
`ktab -l -K` (`(18:AES256 CTS mode with HMAC SHA1-96)  0x3f8a…`) and any table or listing
giving a key after its enctype. leak40 read MIT's `klist -k -K` (`(0x…)` after a principal);
these print the bytes bare, where a digest's name in the enctype (`sha1`, `md5`) made them
read as a published hash, and a DES key's 16 digits as too short for a token.

A key is 16, 32, 48 or 64 hex digits (DES, AES-128 and RC4, 3DES, AES-256), maybe `0x` first,
on a line naming an enctype; a key of one digit repeated or counting stays (`0000…`). Windows'
`ktpass /pass X` gives the password the keys are made from: it is one (`/pass *` asks)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.values import _looks_like_password
from kbgen.core.word_needs import Words

_ENCTYPE = (r"(?:aes(?:128|256)-cts(?:-hmac-sha(?:1-96|256-128|384-192))?"
            r"|des3-(?:cbc-)?(?:sha1|hmac-sha1|raw)|des-cbc-(?:crc|md4|md5)|des-hmac-sha1"
            r"|arcfour-hmac(?:-md5|-exp)?|rc4-hmac(?:-exp)?|camellia(?:128|256)-cts(?:-cmac)?"
            r"|\d{1,2}:(?:AES|DES|RC4|ARCFOUR|CAMELLIA)[\w -]{0,60})")
"""An encryption type as MIT, Heimdal and Java name it (`18:AES256 CTS mode with HMAC SHA1-96`)."""

_ROW = re.compile(
    rf"(?i)(?<![\w-]){_ENCTYPE}(?![\w-]).{{0,200}}?(?<![\w/@.:-])(?:0x)?"
    r"(?P<key>[0-9a-f]{16}(?:[0-9a-f]{16}){0,3})(?![\w-])")
"""An enctype, then (after the principal, a date, a cell's bar) the key's hex digits."""


_KTPASS = re.compile(r"(?i)\bktpass(?:\.exe)?\b.{0,300}?[ \t][/-]pass[ \t]+(?P<quote>[\"']?)"
                     r"(?P<value>[^\s\"']{1,128})(?P=quote)")
"""Windows' `ktpass … /pass X`: the account's password that makes the keytab's keys."""


_HINT = re.compile(r"(?i)aes(?:128|256)-|des(?:3|-cbc|-hmac)|arcfour|rc4-|camellia"
                   r"|\d:(?:AES|DES|RC4)")
"""What a line naming an enctype holds (`des` alone is in `describes`)."""
_HEX_RUN = re.compile(r"[0-9a-fA-F]{16}")
_HINT_WORDS = Words(("aes128-", "aes256-", "des3", "des-cbc", "des-hmac", "arcfour", "rc4-",
                     "camellia", ":aes", ":des", ":rc4"))
"""What _HINT needs in a folded text (its `\\d:` not asked): substring searches, where _HINT
itself, tried at every character of every text, was the gate's dearest need (build46)."""


def _keytab_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Each key printed after its enctype (_ROW) that is no run of one or counting digits, and
    the password given to ktpass (`*` asks for it)."""
    rows = _HINT.search(line) and _HEX_RUN.search(line)
    for match in _ROW.finditer(line) if rows else ():
        key = match.group("key")
        if len(set(key.lower())) > 4 and key.lower() not in "0123456789abcdef" * 4:
            yield _Hit(match.start("key"), match.end("key"), TOKEN, _mask_secret(key))
    for match in _KTPASS.finditer(line) if "ktpass" in line.lower() else ():
        value = match.group("value")
        if value != "*" and _looks_like_password(value, True):
            yield _Hit(match.start("value"), match.end("value"), PASSWORD, _mask_secret(value))


def needs(text: str, folded: str) -> bool:
    """A text names an enctype and holds 16 hex digits, or names ktpass."""
    return "ktpass" in folded or bool(
        _HINT_WORDS(folded) and _HINT.search(text) and _HEX_RUN.search(text))
