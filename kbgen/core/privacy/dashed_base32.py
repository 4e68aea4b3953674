"""A two-factor setup key written in groups of four joined by `-` (hostile round 26): `HXDM-VJEC
-JJWS-RB3H-…`, as some sites and password managers show it and a ticket retypes it.
kbgen.core.privacy.grouped_base32 reads the groups joined by spaces; main published these.

Read by the same structure and rules as grouped_base32 (four or more groups of exactly four of
base32's alphabet, in one case, a shorter group maybe last; two groups holding a letter and a
digit; not hexadecimal, not a series of names, not the tutorials' `JBSWY3DPEHPK3PXP`), with
`-` as the joint. A group of four holding `0`, `1`, `8` or `9` beside the run (a product key,
a part number) makes it a list, as there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.grouped_base32 import _listed, _secret
from kbgen.core.privacy.model import PASSWORD

_RUNS = (re.compile(r"(?<![\w-])[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3,}(?:-[A-Z2-7]{1,3})?(?![\w-])"),
         re.compile(r"(?<![\w-])[a-z2-7]{4}(?:-[a-z2-7]{4}){3,}(?:-[a-z2-7]{1,3})?(?![\w-])"))


def needs(line: str) -> bool:
    """Whether a line may hold a dashed key: a base32 digit beside a `-`."""
    return re.search(r"[2-7]\w{0,3}-|-\w{0,3}[2-7]", line) is not None


def dashed_base32(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each base32 secret in dash-joined groups of four."""
    for index, line in enumerate(lines):
        if len(line) < 19 or "-" not in line or not needs(line):
            continue
        for runs in _RUNS:
            for match in runs.finditer(line):
                spaced = match.group().replace("-", " ")
                # a neighbouring group joined by `-` is read as grouped_base32 reads a spaced one
                if _secret(spaced) and not _listed(line.replace("-", " "), match.start(),
                                                   match.end()):
                    yield index, _Hit(match.start(), match.end(), PASSWORD,
                                      _mask_secret(spaced.replace(" ", "")))
