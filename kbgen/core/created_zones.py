"""DNS zones a how-to tells the reader to create, for the gate (issue 19).

NetBird's overlapping-routes guide says `In **DNS** → **Zones**, create a zone corp.internal,
distribute it to the users group …` and then lists and curls `app-a.corp.internal`: the zone is
one the reader makes in the product while following the steps, so the names under it are the
walkthrough's, not anyone's network. Only a sentence that tells the reader to create it counts
(`create a zone`, `add a custom DNS zone`); the caller (kbgen.core.surroundings) declines a
sentence that says whose (`we created our zone acme.internal`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_CREATE_ZONE = re.compile(
    r"(?i)(?:^|[,:;]\s+|\d[.)]\s+|[-*]\s+)(?:now\s+)?(?:create|add)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?:custom\s+|private\s+)?(?:DNS\s+)?zone\s+(?:named\s+|called\s+)?[`\"'*_]*"
    r"([a-z0-9-]+(?:\.[a-z0-9-]+)+)")
"""An instruction to create a zone of two labels or more (`create a zone corp.internal`, `2. Add
a custom DNS zone named home.lan`; not `internal` alone, which would hold every `*.internal`),
at the start of a sentence, a list's item or a clause."""


def created(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """Each zone `lines` tell the reader to create: its line's index, where the instruction
    starts on the line, and the zone's name in lower case."""
    for index, line in enumerate(lines):
        if "zone" not in line.lower():
            continue
        for match in _CREATE_ZONE.finditer(line):
            yield index, match.start(), match[1].lower()


def under(zones: Iterable[str], value: str) -> bool:
    """The host name `value` is one of `zones` or a name under one."""
    name = value.lower().rstrip(".")
    return any(name == zone or name.endswith("." + zone) for zone in zones)
