"""Pre-shared keys under the names Wi-Fi and VPN settings give them (issue 19, leak48).

`psk: Kx7Fenchel!`, `wpa2-pre-shared-key=…`, `set psksecret …` (FortiGate), `authentication
pre-shared-secret …` and `psk NAME secret …` (VyOS), `crypto isakmp key … address …` and
`pre-shared-key address … key …` (Cisco), OpenWrt's `option key '…'`, and the labels of
routers' and phones' settings pages (`Pre-shared key:`, `The PSK is …`, `Vorinstallierter
Schlüssel:`, `Clé pré-partagée :`, `Clave precompartida:`, `Chiave pre-condivisa:`) name a
password that no password rule read: the word `password` is missing. Each value is judged as a
password's (`password: <value>`), so placeholders, variables and defaults stay accepted; one
written after `is` in prose must be no word alone (`the PSK is stored …`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key
from kbgen.core.privacy.labelled_secrets import Judge, _value
from kbgen.core.word_needs import Words

_PSK = (r"(?:wpa[23]?[ \t_-]?|ipsec[ \t_-]?|ike[ \t_-]?|l2tp[ \t_-]?)?"
        r"(?:psk(?:[ \t_-]?(?:secret|key|passphrase))?"
        r"|pre[ \t_-]?shared[ \t_-]?(?:key|secret)|preshared(?:key|secret)|psksecret)")
"""A pre-shared key's own names (`psk`, `wpa-psk`, `pre-shared-key`, `PresharedKey`)."""
_LABELS = (
    r"vor(?:installierter|ab[ \t_-]?geteilter)[ \t]+schl(?:ü|ue)ssel"
    r"|gemeinsame[rs]?[ \t]+schl(?:ü|ue)ssel"
    r"|cl[ée][ \t]+(?:pr[ée][ \t_-]?partag[ée]e|partag[ée]e)"
    r"|clave[ \t]+(?:pre[ \t_-]?compartida|previamente[ \t]+compartida|compartida)"
    r"|chave[ \t]+(?:pr[ée][ \t_-]?compartilhada|pr[ée][ \t_-]?partilhada|compartilhada)"
    r"|chiave[ \t]+(?:pre[ \t_-]?condivisa|condivisa)"
    r"|vooraf[ \t]+gedeelde[ \t]+sleutel|klucz[ \t]+(?:wst[ęe]pny|wsp[óo]łdzielony)")
"""Settings pages' labels for it in German, French, Spanish, Portuguese, Italian, Dutch and
Polish."""

_SETTING = re.compile(
    rf"(?i)(?<![\w?&./-])(?:{_PSK}|{_LABELS})(?:[ \t]*+\([ \t]*+PSK[ \t]*+\))?[ \t]*+(?:\*\*|__)?"
    r"[ \t]*+(?P<mark>[:=：|]|\b(?:is|ist|lautet|est|es|è|é)\b)?"
    r"[ \t]*+(?P<open>\*\*|__|[\"'`])?(?P<value>[^\s\"'`<|*]{4,128})")
"""A pre-shared key's name or label, a colon, `=`, `is`, a table's next cell (or nothing: a
command's word), the value (maybe emphasised or quoted). Blank runs are possessive (`psk` and
200 blanks backtracked between them, n^3)."""
_COMMANDS = re.compile(
    r"(?i)(?<![\w-])(?:crypto[ \t]+isakmp[ \t]+key[ \t]+(?:0[ \t]+|6[ \t]+)?"
    r"|pre-shared-key[ \t]+address[ \t]+\S+(?:[ \t]+\S+)?[ \t]+key[ \t]+"
    r"|authentication[ \t]+(?:psk[ \t]+\S+[ \t]+secret|pre-shared-secret)[ \t]+"
    r"|option[ \t]+key[ \t]+)"
    r"(?P<open>[\"'])?(?P<value>[^\s\"'<|]{4,128})")
"""Settings that name the key before other words: Cisco's `crypto isakmp key <value> address`
and `pre-shared-key address <peer> key <value>`, VyOS's `authentication psk <name> secret
<value>`, OpenWrt's `option key '<value>'` (a Wi-Fi interface's password)."""

_PROSE_MARKS = frozenset({"is", "ist", "lautet", "est", "es", "è", "é", "|"})
_NOT_VALUES = frozenset({"address", "hostname", "local", "remote", "ascii-text", "hex",
                         "keyring", "profile", "authentication", "mode", "length", "field",
                         "option", "value", "secret", "required", "enabled", "disabled"})
"""Words a setting's name is followed by that are no value (`pre-shared-key address …`,
`psk-secret required`)."""


def needs(folded: str) -> bool:
    """A folded text may name a pre-shared key."""
    return _NEEDED(folded)


def shared_keys(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value given as a pre-shared key, judged as a password's."""
    if not needs(line.lower()):
        return
    for match in (*_SETTING.finditer(line), *_COMMANDS.finditer(line)):
        value = _value(match.group("value"))
        mark = (match.groupdict().get("mark") or "").lower()
        if value.lower() in _NOT_VALUES or len(value) < 4:
            continue
        if value.isalpha() and (mark in _PROSE_MARKS or not mark
                                or _WORD_AFTER.match(line, match.end())):
            continue  # `the PSK is stored in …`, `Pre-shared key: enter the key …`, `PSK key
            # generation`: prose
        if not mark and match.re is _SETTING and not _SETTING_START.fullmatch(
                line[:match.start()]):
            continue  # `PSK authentication uses …`: a name in prose, no setting
        yield from judged_as_key("password", value, match.start("value"), judge)


_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
"""A word after a value: the value starts a sentence."""
_SETTING_START = re.compile(r"(?i)[ \t>$-]*(?:set[ \t]+)?")
"""What stands before a setting's name given without a colon or `=` (`psk Kx7…`, FortiGate's
`    set psksecret Kx7…`): the line's start, a prompt, `set`."""


_NEEDED = Words(("psk", "preshared", "pre-shared", "pre shared", "pre_shared", "vorinstall",
                 "vorab", "gemeinsame", "partagée", "partagee", "compartida", "compartilhada",
                 "partilhada", "condivisa", "gedeelde", "wstęp", "wstep", "współdziel",
                 "isakmp", "option key"))
"""What each name, label and command above holds, folded."""
