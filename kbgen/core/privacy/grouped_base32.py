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
_FOREIGN_NEIGHBOUR = re.compile(r"(?i)(?=[a-z0-9]{0,3}[0189])(?=[a-z0-9]{0,3}[a-z])[a-z0-9]{4}")
"""A group of four beside the run holding a digit base32 lacks (`AB12 CD34 EF56`): the run is
part of a list of codes (parts, models), not a key, whose every group is base32's."""
DOCUMENTED_EXAMPLES = frozenset({"JBSWY3DPEHPK3PXP"})
"""The base32 of `Hello!`, the setup key every authenticator tutorial and library shows."""
MIN_MIXED = 2
"""Groups that must hold both a digit and a letter."""


def needs(line: str) -> bool:
    """Whether a line may hold a grouped secret: a digit of base32's, a space after it or
    before it."""
    return re.search(r"[2-7]\w{0,3} |\s\w{0,3}[2-7]", line) is not None


def _shape(group: str) -> str:
    return "".join("9" if char.isdigit() else "a" for char in group)


def _listed(line: str, start: int, end: int) -> bool:
    """Whether the run is a list of codes: a neighbouring group holds a digit base32 lacks, or
    every full group has one shape of letters and digits (`RT42 RT43 RT45 RT46`, `LHR2 JFK4
    SFO6 LAX7`: a series of names; a random key's groups vary: all alike by chance in one
    16-character key of 2,400, one 32-character key of 20 million)."""
    before, after = line[max(0, start - 5):start], line[end:end + 5]
    if (before.endswith(" ") and _FOREIGN_NEIGHBOUR.fullmatch(before[:-1][-4:])
            and not before[:-1][-5:-4].isalnum()) or (
            after.startswith(" ") and _FOREIGN_NEIGHBOUR.match(after[1:])):
        return True
    full = [group for group in line[start:end].split(" ") if len(group) == 4]
    return len({_shape(group) for group in full}) == 1


def _secret(run: str) -> bool:
    groups = run.split(" ")
    if run.replace(" ", "").upper() in DOCUMENTED_EXAMPLES:
        return False
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
                if _secret(match.group()) and not _listed(line, match.start(), match.end()):
                    yield index, _Hit(match.start(), match.end(), PASSWORD,
                                      _mask_secret(match.group().replace(" ", "")))
