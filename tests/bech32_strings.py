"""Bech32 strings made for tests (BIP-173; bech32m with its constant, BIP-350), written
here apart from kbgen's reader so that a fault in one is not copied into the other."""

from __future__ import annotations

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2BC830A3
"""bech32m's checksum constant (bech32's is 1)."""


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check


def bech32(human: str, data: bytes, constant: int = 1) -> str:
    """`data` under the human-readable part `human`, with its checksum."""
    accumulator = bits = 0
    groups = []
    for byte in data:
        accumulator, bits = (accumulator << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            groups.append((accumulator >> bits) & 31)
    if bits:
        groups.append((accumulator << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in human] + [0] + [ord(c) & 31 for c in human]
    check = _polymod(expanded + groups + [0] * 6) ^ constant
    return human + "1" + "".join(BECH32_CHARSET[g] for g in groups
                                 + [(check >> 5 * (5 - i)) & 31 for i in range(6)])
