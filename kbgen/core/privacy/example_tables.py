"""A private address in a row of an examples table that tests it against the row's own rule
(issue 19, branch fp50).

NetBird's access-restriction page explains its pipeline with a table under `**Examples:**`:
`| Allow 10.0.0.0/8 + CrowdSec enforce | 10.1.2.3 (CrowdSec banned) | Denied | crowdsec_ban |`.
Each row makes up a rule and a client and says what the rule does to it: the address is there
to fall inside the network the same row writes, as a worked sum's numbers are. A company's
firewall export lists its hosts too, so the address counts as made up only when all of these
hold: the row is in a Markdown table that its introduction (the line above the table, or the
section's heading) calls examples; the row itself writes a network (`10.0.0.0/8`) holding the
address; and neither the row, the table's introduction nor its headings say whose anything is
(a customer's, ours, `office`, `internal`, a company, someone's: surroundings.names_whose).
An address outside the row's own network, a table under `**Current rules:**`, or a row naming
`our office` stays a finding.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _EXAMPLE, _Headings
from kbgen.core.privacy.model import INTERNAL_IP

REASON = "an address an examples table tests against the network its own row writes"

_NETWORK = re.compile(r"(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}/\d{1,2})(?![\w.])")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but addresses inside their own row's network, in a table of examples."""
    headings: _Headings | None = None
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line.lstrip().startswith("|") \
                and _in_row_network(line[hit.start:hit.end], line):
            headings = headings or _Headings(lines)
            introduction = _table_introduction(lines, index)
            setting = f"{line}\n{introduction}\n{headings.of(index)}"
            if (_EXAMPLE.search(introduction) or _EXAMPLE.search(headings.of(index))) \
                    and not surroundings.names_whose(setting):
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


def _in_row_network(value: str, row: str) -> bool:
    """The row writes a network holding the address `value` (not only the network itself)."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    for match in _NETWORK.finditer(row):
        try:
            network = ipaddress.ip_network(match.group(1), strict=False)
        except ValueError:
            continue
        if address in network and match.group(1).split("/")[0] != value:
            return True
    return False


def _table_introduction(lines: list[str], index: int) -> str:
    """The first non-blank line above the table holding line `index`."""
    above = index
    while above >= 0 and lines[above].lstrip().startswith("|"):
        above -= 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return lines[above] if above >= 0 else ""
