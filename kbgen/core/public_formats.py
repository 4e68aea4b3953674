"""Public keys in formats whose own fields say they are the public half (issue 19).

Some tools write the two halves of a key pair in different formats, so the format alone tells
which half a value is, as `ssh-ed25519 AAAA…` does (kbgen.core.public_keys). The public half
is given to every client or sender by design: publishing it leaks nothing. The private half's
format is another and stays a finding.

- Xray's VLESS encryption: the client's `encryption` setting is
  `mlkem768x25519plus.<mode>.<0rtt|1rtt>[.<padding>…].<key>…`, each key the server's X25519
  public key (32 bytes) or ML-KEM-768 encapsulation key (1,184 bytes) in base64url. The
  server's `decryption` string holds the private keys and carries a ticket lifetime
  (`600s`, `300-600s`) where the client's has `0rtt`/`1rtt` (`xray vlessenc` prints both; a
  page's `0rtt` key is the X25519 public key of its `600s` key).
- An age recipient: `age1` and bech32 (BIP 173) whose checksum holds and whose data is 32
  bytes, an X25519 public key. The identity (private) is `AGE-SECRET-KEY-1…`.
- A minisign or signify public key: base64 of 42 bytes, `Ed` (Ed25519), an 8-byte key id and
  the 32-byte key (`RWQf6LRC…`). Their secret keys are longer (158 and 104 bytes, `EdSc…`,
  `EdBK…`), and a random 56-character secret starts with `Ed` once in 65,536.
- An SSH key fingerprint printed with a space after its hash's name and the key type after it
  (`SHA256 pwup…9j8 (ECDSA)`, cloud-init's console output): 43 base64 characters.

A line naming a secret, a password, a token, a private key or a `decryption` string keeps its
findings, whatever the format (kbgen.core.public_keys reads the line's words first).
"""

from __future__ import annotations

import base64
import binascii
import re

from kbgen.core.claim_words import SECRETS, words

_VLESS_CLIENT = re.compile(
    r"(?<![\w-])encryption[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>mlkem768x25519plus\.(?:native|xorpub|random)\.[01]rtt(?:\.[\d-]+)*"
    r"(?P<keys>(?:\.[A-Za-z0-9_-]{43,})+))(?![\w.-])")
"""The client's string as the value of its own setting (`"encryption": "…"`): a string alone
in prose or under a label is not read, so a private key written in its shape is found."""
VLESS_KEY_SIZES = frozenset({32, 1184})
"""Bytes of an X25519 public key and of an ML-KEM-768 encapsulation key (FIPS 203)."""
_AGE_RECIPIENT = re.compile(r"(?<![\w-])age1[02-9ac-hj-np-z]{58}(?![\w-])")
_SPACED_FINGERPRINT = re.compile(
    r"(?<![\w])SHA256 (?P<hash>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])"
    r"(?=[ \t]+(?:[^\s()]+[ \t]+)?\((?:RSA|DSA|ECDSA|ED25519|ECDSA-SK|ED25519-SK)\))")
_SIGNING_KEY = re.compile(r"(?<![A-Za-z0-9+/])RW[A-Za-z0-9+/]{54}(?![A-Za-z0-9+/=])")
"""56 base64 characters starting `RW`: 42 bytes starting `Ed` (minisign's and signify's)."""
_PRIVATE = re.compile(
    r"(?i)decrypt|d[ée]chiffr|descifr|entschl[üu]ssel|расшифр|解密|復号|복호"
    r"|privat|priv[ée]e?\b|privad[oa]|приват|закрыт|私钥|私鑰|秘密鍵|개인 ?키|비밀 ?키"
    r"|" + words(SECRETS))
"""Words that make a value on the line a private half or a secret whatever its format, in
English and the gate's other languages (a belt: the format is what says public)."""
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def public_format_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each public key in `line` whose own format says it is public."""
    if not any(mark in line for mark in ("rtt.", "age1", "RW", "SHA256 ")) or _PRIVATE.search(
            line):
        return []  # most lines hold no such format: the words are read only where one may be
    spans = []
    if "rtt." in line:
        spans += [match.span("value") for match in _VLESS_CLIENT.finditer(line)
                  if all(_base64url_size(key) in VLESS_KEY_SIZES
                         for key in match.group("keys")[1:].split("."))]
    if "age1" in line:
        spans += [match.span() for match in _AGE_RECIPIENT.finditer(line)
                  if len(_bech32_data(match.group()) or b"") == 32]
    if "RW" in line:
        spans += [match.span() for match in _SIGNING_KEY.finditer(line)
                  if _signing_public_key(match.group())]
    if "SHA256 " in line:
        spans += [match.span("hash") for match in _SPACED_FINGERPRINT.finditer(line)]
    return spans


def _signing_public_key(text: str) -> bool:
    """`text` decodes to minisign's or signify's public key: `Ed`, key id, 32-byte key."""
    try:
        decoded = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(decoded) == 42 and decoded[:2] == b"Ed"


def _base64url_size(text: str) -> int:
    """How many bytes base64url `text` decodes to, -1 if it is none."""
    try:
        return len(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (binascii.Error, ValueError):
        return -1


def _bech32_data(text: str) -> bytes | None:
    """The 8-bit data of bech32 `text` (human part, `1`, data, 6-character checksum) when its
    checksum holds (BIP 173), else None."""
    human, _, rest = text.lower().rpartition("1")
    values = [_BECH32.find(char) for char in rest]
    if not human or len(values) < 7 or min(values) < 0:
        return None
    expanded = [ord(char) >> 5 for char in human] + [0] + [ord(char) & 31 for char in human]
    if _polymod(expanded + values) != 1:
        return None
    bits = accumulator = 0
    data = bytearray()
    for value in values[:-6]:
        accumulator, bits = (accumulator << 5) | value, bits + 5
        if bits >= 8:
            bits -= 8
            data.append((accumulator >> bits) & 0xFF)
    return bytes(data) if bits < 5 and not accumulator & ((1 << bits) - 1) else None


def _polymod(values: list[int]) -> int:
    """BIP 173's checksum over 5-bit `values`."""
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check
