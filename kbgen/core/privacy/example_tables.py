"""A private address in a row of an examples table that tests it against the row's own rule
(issue 19, branch fp50).

NetBird's access-restriction page explains its pipeline with a table under `**Examples:**`:
`| Allow 10.0.0.0/8 + CrowdSec enforce | 10.1.2.3 (CrowdSec banned) | Denied | crowdsec_ban |`.
Each row makes up a rule and a client and says what the rule does to it: the address is there
to fall inside the network the same row writes, as a worked sum's numbers are. A company's
firewall export lists its hosts too, so the address counts as made up only when all of these
hold: the row is in a Markdown table that its introduction (the line above the table, a
paragraph of its own saying only that examples follow, `**Examples:**`, as example_lists reads
one) or the section's heading calls examples; the row itself writes a network of a /8 or
narrower (`10.0.0.0/8`; `0.0.0.0/0` holds every address and tests nothing) holding the
address; and neither the row, the table's introduction, the paragraph above that nor its
headings say whose anything is (a customer's, a ticket, ours, `office`, `internal`, `prod`,
a company, someone's: surroundings.names_whose and example_assumptions' words). An address
outside the row's own network, a table under `**Current rules:**` or `Examples of the hosts we
blocked last night:`, a row naming `our office` or `db-prod-01`, or `From ticket #4821:` above
`**Examples:**` stays a finding (rev51).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.example_assumptions import _WHOSE
from kbgen.core.example_lists import _BARE, _DOTTED, paragraph_above
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _EXAMPLE, _Headings
from kbgen.core.privacy.model import INTERNAL_IP

REASON = "an address an examples table tests against the network its own row writes"

_NETWORK = re.compile(r"(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}/\d{1,2})(?![\w.])")
WIDEST = 8
"""The shortest prefix of a row's network that tests an address (10.0.0.0/8; a /0 to /7 holds
every address, or a share of the Internet, and says nothing of the one tested: rev51)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but addresses inside their own row's network, in a table of examples."""
    headings: _Headings | None = None
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line.lstrip().startswith("|") \
                and _in_row_network(line[hit.start:hit.end], line):
            headings = headings or _Headings(lines)
            above = _table_introduction(lines, index)
            introduction = lines[above] if above >= 0 else ""
            setting = f"{line}\n{introduction}\n{paragraph_above(lines, above)}\n" \
                      f"{headings.of(index)}"
            if (_bare(lines, above) or _EXAMPLE.search(headings.of(index))) \
                    and not surroundings.names_whose(setting) \
                    and not _WHOSE.search(_DOTTED.sub(" ", setting)):
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
        if address in network and match.group(1).split("/")[0] != value \
                and network.prefixlen >= WIDEST:
            return True
    return False


def _table_introduction(lines: list[str], index: int) -> int:
    """The index of the first non-blank line above the table holding line `index` (-1 for
    none)."""
    above = index
    while above >= 0 and lines[above].lstrip().startswith("|"):
        above -= 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above


def _bare(lines: list[str], above: int) -> bool:
    """Line `above` is a paragraph of its own saying only that examples follow (`**Examples:**`;
    `Examples of the hosts we blocked last night:` tells of real ones: rev51)."""
    return above >= 0 and bool(_BARE.fullmatch(lines[above])) and (
        above == 0 or not lines[above - 1].strip())
