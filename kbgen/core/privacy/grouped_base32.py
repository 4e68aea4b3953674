"""A two-factor secret written in groups of four (hostile round 25): an authenticator app's
setup key as Google, Microsoft, GitHub and most sites show it beside the QR code (`hxdm vjec
jjws rb3h wizr 4ifu gftm xboz`), pasted into a ticket ("I typed … into Authy"). Whole, the key
is one token the key readers find (`HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ`); spaced, each group was
too short to be anything, and main published it.

Read by structure: a run of MIN_GROUPS or more groups of exactly four characters of base32's
alphabet (RFC 4648: `A-Z`, `2-7`; all in one case), one space between, a shorter group maybe
last; at least MIN_MIXED groups holding a digit and a letter (words and years do not: `THIS IS
VERY GOOD`, `plan 2024 ...`), and not all hexadecimal (a spaced fingerprint or digest is
kbgen.core.privacy.spaced_hex's). Base32 has no `0`, `1`, `8` or `9`: grouped card numbers,
IBANs and hex strings hold them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_RUNS = (re.compile(r"(?<![\w-])[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,}(?: [A-Z2-7]{1,3})?(?![\w-])"),
         re.compile(r"(?<![\w-])[a-z2-7]{4}(?: [a-z2-7]{4}){3,}(?: [a-z2-7]{1,3})?(?![\w-])"))
_HEX = re.compile(r"[0-9A-Fa-f ]+")
MIN_MIXED = 2
"""Groups that must hold both a digit and a letter."""


def needs(line: str) -> bool:
    """Whether a line may hold a grouped secret: a digit of base32's, a space after it or
    before it."""
    return re.search(r"[2-7]\w{0,3} |\s\w{0,3}[2-7]", line) is not None


def _secret(run: str) -> bool:
    groups = run.split(" ")
    mixed = sum(any(ch.isdigit() for ch in group) and any(ch.isalpha() for ch in group)
                for group in groups)
    return mixed >= MIN_MIXED and not _HEX.fullmatch(run) and len(set(groups)) == len(groups)


def grouped_base32(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each base32 secret written in groups of four."""
    for index, line in enumerate(lines):
        if len(line) < 19 or not needs(line):
            continue
        for runs in _RUNS:
            for match in runs.finditer(line):
                if _secret(match.group()):
                    yield index, _Hit(match.start(), match.end(), PASSWORD,
                                      _mask_secret(match.group().replace(" ", "")))
