"""WEP keys (issue 19, branch leak42): 5, 13 or 16 characters, or 10, 26 or 32 hex digits, as
`wep_key0="Kq8vN"`, `iwconfig wlan0 key s:Kq8vN`, `wireless-key s:Kq8vN`, nmcli's `wep-key0`,
OpenWrt's `option key1 's:Kq8vN'` and `WEP key: Kq8vN` in prose, in any language's words for
it. The password rules ask for six characters or more, so a 40-bit key's five were published.
hostapd's sample values (`vwxyz`, `0102030405`...), one character repeated, counting runs,
variables and placeholders stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _is_placeholder

_FIELD = (r"(?:[a-z0-9-]+\.)?wep[_-]key[_-]?[0-4]?|wepkey[0-4]?|wireless[_-]key"
          r"|option[ \t]+key[1-4]?")
"""A configuration's field or a tool's argument naming a WEP key: a space may end it."""

_WORDS = (r"wep[ \t-]+(?:key|schl(?:ü|ue)ssel|sleutel|nyckel|n[øo]gle|avain|klucz)"
          r"|(?:cl[ée]|clave|chave|chiave|ключ|kl[ij]u[cč])[ \t]+wep")
"""A language's words for a WEP key: a sign or a verb ends them."""

_WEP = re.compile(
    folded_pattern(rf"(?i)(?<![\w.])(?:(?P<field>{_FIELD})|{_WORDS})(?![\w])"
    r"(?:[ \t]+(?:is|was|ist|lautet|est|es|é|è|är|on|—|-)[ \t]+|[ \t]*[:=：|][ \t]*"
    r"|[ \t]*</t[dh]>[ \t]*<t[dh](?:[ \t][^<>]*)?>"
    r"|(?(field)[ \t]+|(?!)))"
    r"(?:\*\*|__|[\"'`“‘])*(?:s:)?(?P<value>[^\s\"'`”’<|]{5,40}?)"
    r"(?=[\"'`”’]|\*\*|__|[.,;:!?)]?(?:\s|$)|[<|])"))
"""A WEP key's label, a sign, a verb, a table's next cell or (after a field) a space, then the
key (quoted, maybe `s:` first)."""

_IWCONFIG = re.compile(r"(?i)\biwconfig\b.*?[ \t](?:key|enc)[ \t]+(?:\[[1-4]\][ \t]+)?"
                       r"(?:restricted[ \t]+|open[ \t]+)?(?:s:)?(?P<value>[^\s\"'`]{5,40})")
"""`iwconfig wlan0 key s:Kq8vN` (or its hex, `1234-5678-90`)."""

_SAMPLES = frozenset({"vwxyz", "0102030405", "0102030405060708090a0b0c0d", "123456789a",
                      "1234567890", "abcdef0123", "0123456789", "abcde", "12345",
                      "1234567890123", "abcdefghijklm", "0123456789abcdef0123456789"})
"""Keys that documentation prints as its example (hostapd.conf's, the counting ones)."""


def _wep_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """A WEP key after its label or in an iwconfig command (_WEP, _IWCONFIG)."""
    folded = line.lower()
    if not needs(line, folded):
        return  # asked of every line of a text naming WEP: its words first
    for match in (*_WEP.finditer(line), *_IWCONFIG.finditer(line)):
        value = match.group("value")
        if _key_length(value) and not _sample(value) and not _prose_word(line, match):
            yield _Hit(match.start("value"), match.end("value"), PASSWORD, _mask_secret(value))


def _prose_word(line: str, match: re.Match[str]) -> bool:
    """A lower-case word after a language's label, unquoted (`The WEP key is shown`): prose.
    After a configuration's field (`wep_key0=hello`) or in quotes it is the key."""
    value = match.group("value")
    return (match.re is _WEP and not match.group("field") and value.isalpha()
            and value.islower() and line[match.start("value") - 1] not in "\"'`“‘:")


def _key_length(value: str) -> bool:
    """A WEP key's length: 5, 13 or 16 characters, or 10, 26 or 32 hex digits (in groups)."""
    digits = value.replace("-", "").replace(":", "")
    if len(digits) in (10, 26, 32) and all(ch in "0123456789abcdefABCDEF" for ch in digits):
        return True
    return len(value) in (5, 13, 16) and value.isprintable()


def _sample(value: str) -> bool:
    """A published example, a variable, a placeholder, one character repeated or a run."""
    folded = value.lower().replace("-", "").replace(":", "")
    return (folded in _SAMPLES or len(set(folded)) <= 2 or value[:1] in "$<{%*x"
            or _is_placeholder(value) or _run(folded))


def _run(value: str) -> bool:
    """Characters counting up or down by one (`abcde`, `54321`, `0123456789`)."""
    steps = {ord(b) - ord(a) for a, b in zip(value, value[1:])}
    return len(steps) == 1 and steps <= {-1, 1}


def needs(text: str, folded: str) -> bool:
    """A text may hold a WEP key: it names WEP, a wireless key, OpenWrt's key or iwconfig."""
    return ("wep" in folded or "wireless" in folded or "iwconfig" in folded
            or "option" in folded and "key" in folded)
