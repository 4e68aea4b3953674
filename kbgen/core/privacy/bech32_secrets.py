"""A secret key written in bech32 whose own prefix says it is the secret half, for the gate
(issue 19, branch gap64).

Nostr's `nsec1…` (NIP-19: the private key a user signs every note with; whoever reads it is
that user), its password-encrypted `ncryptsec1…` (NIP-49), age's `AGE-SECRET-KEY-1…`, and any
other bech32 string (BIP-173 and bech32m) whose human-readable part names a secret (`sec`,
`secret`, `priv`, `prv`) were read by no rule: all lower-case letters and digits, no `+/=`, so
no token's entropy test, and no setting's name beside them in prose (`my key is nsec1…`).

Read by the format's own fields, not by a list of services: a string is bech32 when its
checksum holds (a random word of the alphabet fails it, one time in a billion passes), and the
prefix before the last `1` then says which half it is. Public halves (`npub1…`, `age1…`,
`bc1…`, `lnbc…`) name no secret and stay published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN

ADVICE = ("a secret key in bech32 (its prefix says it is the private half: `nsec1…`,"
          " `AGE-SECRET-KEY-1…`): whoever reads it signs or decrypts as its owner; remove it and"
          " make a new key")

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {character: value for value, character in enumerate(_CHARSET)}
_CONSTANTS = (1, 0x2BC830A3)
"""The checksum's constant: bech32 (BIP-173) and bech32m (BIP-350)."""
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

_CANDIDATE = re.compile(
    r"(?<![\w-])(?P<value>(?P<hrp>[A-Za-z][A-Za-z0-9-]{0,82})1"
    rf"[{_CHARSET}{_CHARSET.upper()}]{{38,}})(?![\w-])")
"""A human-readable part, its `1`, then data and checksum long enough to hold a 32-byte key
(52 characters of data for 32 bytes; 38 is the least for 20 bytes and a checksum)."""
_SECRET_PART = re.compile(r"(?i)sec|priv|prv")
"""What a prefix says when it is a secret's (`nsec`, `ncryptsec`, `age-secret-key-`)."""


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= _GENERATOR[bit] if (top >> bit) & 1 else 0
    return check


def valid(text: str) -> bool:
    """`text` is a bech32 or bech32m string whose checksum holds (one case throughout)."""
    if text != text.lower() and text != text.upper():
        return False
    lowered = text.lower()
    hrp, _, data = lowered.rpartition("1")
    if not hrp or len(data) < 6 or any(character not in _VALUES for character in data):
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(expanded + [_VALUES[c] for c in data]) in _CONSTANTS


def needs(folded: str) -> bool:
    """A text that may hold one: a `1` after a prefix naming a secret."""
    return "1" in folded and _SECRET_PART.search(folded) is not None


def bech32_secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """Each bech32 string of the line whose prefix names a secret and whose checksum holds: a
    key or token whose own prefix names what it is (`vendor`: never a block's line), not a
    PEM block's PRIVATE_KEY (the scanner skips a key block's lines up to its END)."""
    for match in _CANDIDATE.finditer(line):
        value, hrp = match.group("value"), match.group("hrp")
        if _SECRET_PART.search(hrp) and valid(value):
            yield _Hit(match.start("value"), match.end("value"), TOKEN, _mask_secret(value),
                       ADVICE, vendor=True)
