"""Key material a tool prints under its own labels, not as `key=value` (issue 19, branch leak40):
`ip xfrm state`'s `auth-trunc hmac(sha256) 0x6c1b…` and `enc cbc(aes) 0x…`, `setkey`'s
`-E aes-cbc 0x…` and `E: aes-cbc 3f7a9c1e …`, `ipsec.secrets`' `: PSK "…"` and `: RSA file
"…"`, wpa_supplicant's and hostapd's `psk="…"` / `wpa_passphrase=…`, ifupdown's `wpa-psk …`,
`nmcli --show-secrets`' `802-11-wireless-security.psk: …`, `klist -k -K`'s `(0x…)` after a
principal, `cryptsetup luksDump --dump-volume-key`'s `MK dump:` bytes, and `openssl pkey
-text`'s `priv:` over the colon-hex lines under it.

The other rules need a secret's word before a sign; these labels name an algorithm or a tool's
field. Public material passes: an SPI (`spi 0xc5521750`, 8 hex digits), an algorithm with no
key (`hmac(sha256)`), `pub:` and `modulus:` blocks, nmcli's `<hidden>`, `%prompt`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.values import _HEX, _is_placeholder, _looks_like_password

_HEX_KEY = r"0[xX][0-9A-Fa-f]{16,}"
"""Key bytes as `ip xfrm` and `setkey` print them: eight bytes at least (an SPI has four)."""

_SETKEY_ALGORITHM = (r"(?:aes|des|3des|blowfish|cast|twofish|rijndael|camellia|chacha|hmac|keyed"
                     r"|null|simple)[a-z0-9-]*")
"""An algorithm `setkey -E`/`-A` names (not another tool's `-E -c '…'`)."""

_QUOTED = r"\"[^\"\n]{1,128}\"|'[^'\n]{1,128}'"

_KEYS = re.compile(
    # ip xfrm state (output and `ip xfrm state add`): the algorithm, maybe quoted, then its key
    rf"(?<![\w-])(?:auth|auth-trunc|enc|aead)[ \t]+['\"]?[A-Za-z0-9_.-]+"
    rf"(?:\([A-Za-z0-9_.()-]*\))?['\"]?[ \t]+(?P<xfrm>{_HEX_KEY})(?![\w])"
    # setkey's `add … -E aes-cbc 0x…` and `-A hmac-sha256 "…"`
    rf"|(?<![\w-])-[EA][ \t]+{_SETKEY_ALGORITHM}[ \t]+(?P<setkey>{_HEX_KEY}|{_QUOTED})"
    # setkey -D: `E: aes-cbc  3f7a9c1e 5b2d8f4a …`
    r"|^[ \t]*[EA]:[ \t]+[a-z0-9-]+[ \t]+(?P<groups>[0-9a-f]{8}(?:[ \t]+[0-9a-f]{8})+)"
    # klist -k -K: `host/x@REALM (aes256-cts-hmac-sha1-96)  (0x…)`
    rf"|@[A-Za-z0-9.-]+\b.{{0,120}}?\((?P<keytab>{_HEX_KEY})\)"
    # cryptsetup luksDump --dump-volume-key: `MK dump:\t3f 7a 9c …`
    r"|(?i:MK dump|volume key|master key)[ \t]*:[ \t]+"
    r"(?P<bytes>[0-9a-f]{2}(?:[ \t][0-9a-f]{2}){7,})")
"""Key bytes a tool prints after an algorithm or a principal."""

_PASSPHRASES = re.compile(
    # ipsec.secrets: `[selectors] : PSK "…"`, `: EAP "…"`, `: XAUTH "…"`
    rf"(?:^|[ \t]):[ \t]*(?:PSK|EAP|XAUTH|NTLM)[ \t]+(?P<psk>{_QUOTED}|0x[0-9A-Fa-f]+|0s\S+"
    rf"|(?P<bare>[^\s\"']+)[ \t]*$)"
    # ipsec.secrets: `: RSA moonKey.pem "passphrase"` (a key file's passphrase)
    rf"|(?:^|[ \t]):[ \t]*(?:RSA|ECDSA|BLISS|P12|PKCS12|PKCS8|PRIV)[ \t]+\S+[ \t]+"
    rf"(?P<file>{_QUOTED})"
    # wpa_supplicant, hostapd (also wpa_passphrase's `#psk="…"` comment)
    rf"|(?<![\w.-])(?:psk|wpa_passphrase|wpa_psk|sae_password|wep_key[0-3])[ \t]*=[ \t]*"
    rf"(?P<wpa>{_QUOTED}|[^\s\"',;]+)"
    # /etc/network/interfaces: `wpa-psk …`
    r"|^[ \t]*wpa-(?:psk|passphrase)[ \t]+(?P<ifupdown>\S+)"
    # nmcli: `802-11-wireless-security.psk:   …`, `nmcli con mod x wifi-sec.psk …`
    r"|(?<![\w.-])[a-z0-9]+(?:-[a-z0-9]+)*\.(?P<field>psk|wep-key[0-3]|leap-password|private-key"
    r"|private-key-password|phase2-private-key-password|preshared-key|pin|pac-file-password)"
    rf"(?:[ \t]*:[ \t]+(?P<shown>{_QUOTED}|\S+)|[ \t]+(?P<set>{_QUOTED}|\S+))")
"""A passphrase or key a tool's configuration or output gives under its own field name."""


def needs(text: str, folded: str) -> bool:
    """What any of these shapes needs: a hex key, a tool's secret type or field."""
    return ("0x" in folded or "psk" in folded or any(word in text for word in _TYPES)
            or "passphrase" in folded or "-key" in folded or " key" in folded
            or ".pin" in folded or "priv" in folded or "prime" in folded
            or "exponent" in folded or "coefficient" in folded or "dump" in folded
            or "sae_" in folded or "wep_" in folded or bool(_GROUPS_HINT.search(text)))


_TYPES = ("RSA", "EAP", "XAUTH", "NTLM", "ECDSA", "BLISS", "P12", "PKCS", "PRIV")
"""ipsec.secrets' types, in capitals as it writes them."""


_GROUPS_HINT = re.compile(r"[EA]:")


def _unquoted(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def _hex_key(value: str) -> bool:
    """Not a run of one or two digits (`0x0000…`) nor a counting example (`0x0123…`)."""
    digits = value[2:].lower()
    return (len(set(digits)) > 2 and not _is_placeholder(digits)
            and digits not in _COUNTING and digits not in _COUNTING[::-1])


_COUNTING = "0123456789abcdef" * 8


def _tool_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Key bytes after an algorithm or a principal, passphrases under a tool's field."""
    folded = line.lower()
    for match in _KEYS.finditer(line) if _may_hold_key(line, folded) else ():
        group = match.lastgroup or ""
        raw = match.group(group)
        value = _unquoted(raw)
        start = match.start(group) + (1 if value != raw else 0)
        if _key_bytes(value, group):
            yield _Hit(start, start + len(value), TOKEN, _mask_secret(value))
    for match in _PASSPHRASES.finditer(line) if _may_hold_passphrase(line, folded) else ():
        group = next(name for name in ("bare", "psk", "file", "wpa", "ifupdown", "shown", "set")
                     if match.group(name) is not None)
        raw = match.group(group)
        value = _unquoted(raw)
        start = match.start(group) + (1 if value != raw else 0)
        if _passphrase(value, quoted=value != raw, group=group):
            field = match.group("field") or ""
            hexed = value.lower().startswith("0x") or len(value) == 64 and all(
                char in _HEX for char in value.lower())
            kind = TOKEN if hexed or field.endswith("-key") else PASSWORD
            yield _Hit(start, start + len(value), kind, _mask_secret(value))


def _may_hold_key(line: str, folded: str) -> bool:
    """What _KEYS needs in a line, looked for cheaply."""
    return ("0x" in folded or "-E" in line or "-A" in line or "E:" in line or "A:" in line
            or "dump" in folded or "key" in folded)


def _may_hold_passphrase(line: str, folded: str) -> bool:
    """What _PASSPHRASES needs in a line, looked for cheaply."""
    return ("psk" in folded or "passphrase" in folded or "sae_" in folded or "wep_" in folded
            or "-key" in folded or "password" in folded or ".pin" in folded
            or any(word in line for word in _TYPES))


def _key_bytes(value: str, group: str) -> bool:
    if value[:2] in ("0x", "0X"):
        return _hex_key(value)
    if group in ("groups", "bytes"):
        return len(set(value.replace(" ", "").replace("\t", ""))) > 2
    return _looks_like_password(value, True)


def _passphrase(value: str, quoted: bool, group: str) -> bool:
    """A real value: a hex key or one that reads as a password (a bare one, or one given as a
    command's argument, needs a digit or a sign, as words and `--` are descriptions)."""
    if value.lower().startswith("0x") and len(value) > 2:
        return _hex_key(value)
    if value.startswith("%") or value in ("--", "<hidden>"):
        return False
    return _looks_like_password(value, quoted or group in ("wpa", "shown", "ifupdown"))


_PRIVATE_LABEL = re.compile(
    r"^[ \t]*(?:priv|private-key|privateExponent|prime1|prime2|exponent1|exponent2|coefficient"
    r"|private)[ \t]*:[ \t]*$")
"""`openssl pkey -text`'s labels of private parts (`pub:`, `modulus:` are public)."""

_COLON_HEX = re.compile(r"^[ \t]+(?P<hex>(?:[0-9a-f]{2}:){7,}[0-9a-f]{2}:?)[ \t]*$")
"""A row of colon-separated bytes, as openssl prints them (15 a row)."""


def private_blocks(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """The first row of colon-hex bytes under a private part's label (`priv:`)."""
    for index, line in enumerate(lines[:-1]):
        if ":" in line and _PRIVATE_LABEL.match(line):
            row = _COLON_HEX.match(lines[index + 1])
            if row:
                value = row.group("hex")
                yield index + 1, _Hit(row.start("hex"), row.end("hex"), TOKEN,
                                      _mask_secret(value))
