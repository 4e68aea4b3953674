"""Cryptocurrency receiving addresses proved by their checksum, for the gate (issue 19,
branch xray59).

A project's donation page publishes its receiving addresses on purpose (`BTC:
1JpqcziZZuqv3QQJhZGNGBVdCBrGgkL6cT`); the gate read them as tokens. An address is accepted
only when it was read as a token (never a password), its own checksum and version prove what it
is, its line names its coin and calls nothing on it a secret (the scanner asks
kbgen.core.surroundings.names_secret):

- Bitcoin, base58check (`base58.b58decode_check`): 21 bytes, version 0x00 (`1…`, P2PKH) or
  0x05 (`3…`, P2SH);
- Tron, base58check: 21 bytes, version 0x41 (`T…`);
- TON's user-friendly form: 48 characters of base64 (URL-safe or not), 36 bytes: a tag (0x11
  bounceable, 0x51 not, 0x80 added on the test network), a workchain (0x00 or 0xff), the
  account's 32 bytes and their CRC16-XMODEM (`binascii.crc_hqx`), big-endian.

A random token passes a 32-bit checksum about once in four billion, and then must also carry
the version byte, so a real secret is never one. Never accepted: a private key's forms (WIF,
version 0x80; an extended key `xprv`, 78 bytes; a seed phrase is words, never a token here), a
testnet's, and what no checksum proves: Solana's addresses (any 32 bytes in base58: half of all
values decode as an ed25519 point, and a 32-byte secret seed is written the same way), Monero's
(its block-wise base58 and Keccak checksum have no well-kept light library: stays found), and
bech32 (`bc1…`: the reference `bech32` package predates bech32m; stays found).
"""

from __future__ import annotations

import base64
import binascii
import re

import base58

RECEIVING = "a cryptocurrency receiving address its checksum proves (public by design)"
"""The reason `kbgen check --show-accepted` gives."""

_BITCOIN = re.compile(r"(?i)\b(?:BTC|bitcoin)\b")
_TRON = re.compile(r"(?i)\b(?:TRX|tron|USDT|USDC)\b")
_TON = re.compile(r"(?i)\b(?:TON|toncoin)\b")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,35}")
_TON_FORM = re.compile(r"[A-Za-z0-9_-]{48}|[A-Za-z0-9+/]{48}")
_RUN = re.compile(r"[A-Za-z0-9+/_-]")
"""A character glued to a value makes it part of a longer one."""
_TON_TAGS = frozenset({0x11, 0x51, 0x91, 0xD1})
_TON_CHAINS = frozenset({0x00, 0xFF})


def reason(line: str, start: int, end: int) -> str | None:
    """RECEIVING when the value at [start, end) of `line` is a whole receiving address whose
    checksum proves it and whose coin the line names; None otherwise."""
    if start > 0 and _RUN.match(line, start - 1) or _RUN.match(line, end):
        return None
    value = line[start:end]
    if _BASE58.fullmatch(value):
        version = _base58check_version(value)
        if version in (0x00, 0x05) and _BITCOIN.search(line):
            return RECEIVING
        if version == 0x41 and _TRON.search(line):
            return RECEIVING
    if _TON_FORM.fullmatch(value) and _TON.search(line) and _ton(value):
        return RECEIVING
    return None


def _base58check_version(value: str) -> int | None:
    """The version byte of a 21-byte base58check payload (checksum verified), or None."""
    try:
        payload = base58.b58decode_check(value)
    except ValueError:
        return None
    return payload[0] if len(payload) == 21 else None


def _ton(value: str) -> bool:
    """A TON user-friendly address whose tag, workchain and CRC16 check."""
    try:
        raw = base64.urlsafe_b64decode(value.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError):
        return False
    return (len(raw) == 36 and raw[0] in _TON_TAGS and raw[1] in _TON_CHAINS
            and binascii.crc_hqx(raw[:34], 0) == int.from_bytes(raw[34:], "big"))
