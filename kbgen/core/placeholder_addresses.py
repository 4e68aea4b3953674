"""Private IPv6 addresses written as a counting pattern, for the gate (issue 19).

A unique local address (fc00::/7) starts with a 40-bit global ID its network picks at random
(RFC 4193), then a 16-bit subnet: `fd8a:21c7:93e4:1::5`. Authelia's docs write every example
server as `fd00:1111:2222:3333::1`: the ID and subnet counted out `1111`, `2222`, `3333`, a
pattern no random ID takes (one chance in 2^40), so a stand-in as plain as `server.example`.
An address counts as one only when its second, third and fourth groups are each one digit
written four times, counting up by one (`1111:2222:3333`, `4444:5555:6666`); a random ID, a
hand-picked word (`fd00:dead::beef`) or a real network's prefix stays a finding, and so does
a host a real network numbered after a made-up prefix (`fd00:1111:2222:3333:8a2e:370:7334:1`:
the interface ID must be small, `::1`, or counted out too, `::4444:5555:6666:7777`), and so does
a counted-out address its line places with someone (`our office VPN is fd00:1111:2222:3333::5`,
`Jane's NAS`, `Acme Ltd`), which may be a lazy network's real one.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from kbgen.core.claim_words import CASE, LIVE, OUR, PREMISES, words

REASON = ("a private IPv6 address counted out as a stand-in (`fd00:1111:2222:3333::1`: no "
          "network's random ID)")
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
_SOMEONE = re.compile(r"(?i)\b(?:our|ours|my|home|office|corporate|company|customers?|employees?"
                      r"|clients?|tickets?|production|prod|intranet|"
                      + words(OUR, CASE, LIVE, PREMISES, english=False)
                      + r")\b|\b[A-Z][a-z]+['’]s\b"
                      r"|\b(?:Ltd|LLC|Inc|GmbH|Oy|AB)\b")
"""A line placing an address with someone: its owner, a real case or a company."""


def stand_in(line: str, start: int, end: int) -> bool:
    """The address at [start, end) of `line` is counted out and placed with no one."""
    return counted_out(line[start:end]) and not _places_someone(line)


@lru_cache(maxsize=64)
def _places_someone(line: str) -> bool:
    """`line` places its addresses with someone: read once however many it holds."""
    return bool(_SOMEONE.search(line))


def counted_out(value: str) -> bool:
    """`value` is a unique local address whose ID and subnet count up `1111:2222:3333`."""
    try:
        address = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    if address.version != 6 or address not in _UNIQUE_LOCAL:
        return False
    groups = address.exploded.split(":")
    return _counts_up(groups[1:4]) and (groups[4:7] == ["0000"] * 3 or _counts_up(groups[4:]))


def _counts_up(groups: list[str]) -> bool:
    """Each group one digit written four times, counting up by one (`1111:2222:3333`)."""
    digits = [group[0] for group in groups if len(set(group)) == 1 and group[0] in "123456789"]
    return len(digits) == len(groups) and all(
        int(b) == int(a) + 1 for a, b in zip(digits, digits[1:]))
