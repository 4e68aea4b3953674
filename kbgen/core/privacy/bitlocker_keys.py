"""A BitLocker recovery key (hostile round 25): 48 digits in eight groups of six
(`418803-503349-…`), which unlocks a customer's encrypted disk; pasted into a ticket from a
Microsoft account's page or an `manage-bde -protectors -get` output, main published it (no
reader reads a run of digit groups without a label it knows).

Read by structure, as BitLocker writes and checks it: eight groups of six digits joined by
one separator (`-`, or a space), each group a multiple of 11 below 720,896 (each encodes 16
bits times 11): random groups pass all eight checks about once in 200 million. Not a key:
all groups alike (`000000-000000-…`, `111111-…`, a template) or the key's identifier (the
GUID shown beside it, which is no digit groups)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_KEY = re.compile(r"(?<![\d-])\d{6}(?P<sep>[- ])\d{6}(?:(?P=sep)\d{6}){6}(?![\d-])")
GROUP_LIMIT = 65536 * 11
"""A group encodes 16 bits, times 11."""


def needs(text: str) -> bool:
    """Whether a text may hold a recovery key: a run of six digits and a separator."""
    return re.search(r"\d{6}[- ]\d{6}", text) is not None


def _checked(key: str) -> bool:
    groups = [int(group) for group in re.split(r"[- ]", key)]
    return (len(set(groups)) > 1
            and all(group % 11 == 0 and group < GROUP_LIMIT for group in groups))


def bitlocker_keys(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each BitLocker recovery key."""
    for index, line in enumerate(lines):
        if len(line) < 55 or not needs(line):
            continue
        for match in _KEY.finditer(line):
            if _checked(match.group()):
                yield index, _Hit(match.start(), match.end(), PASSWORD,
                                  _mask_secret(match.group()))
