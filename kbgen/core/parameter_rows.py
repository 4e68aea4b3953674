"""A container template's parameter table, for the gate (issue 19).

LinuxServer.io's image pages explain each environment variable of their compose template in a
table row: the setting as the template writes it, then what to do with it:

    | `HOST_IP=192.168.100.10` | Specify the IP of the host, needed for LAN Remote Play. |
    | `JELLYFIN_PublishedServerUrl=http://192.168.0.5` | Set the autodiscovery response … |

The row tells the reader to put their own value there: the address is the template's stand-in,
as `e.g.` would make it (the caller, kbgen.core.surroundings, accepts it as an example, and so
its repeats in the template's lines). Only a row whose first cell is the setting alone, in code,
and whose description opens with an instruction (`Specify`, `Set`, `Enter`, `Change`, …) counts;
a description that says whose (`our NAS`, `the customer's host`, `Jane's`) or that the place is
real (`the live database`, `production`, `the office`: example_assumptions' words) stays a
finding (rev50).
"""

from __future__ import annotations

import re

from kbgen.core.example_assumptions import _WHOSE

_ROW = re.compile(
    r"[ \t]*\|[ \t]*`(?P<setting>[A-Za-z_][\w.-]*=[^`|\s]+)`[ \t]*\|[ \t]*"
    r"(?P<description>[^|]*)\|")
"""A table row's first two cells: a setting in code, alone, then its description."""

_INSTRUCTION = re.compile(
    r"(?:Specify|Set|Enter|Change|Replace|Put|Use|Configure|Define|Provide)\b(?!-)")
"""The description opens by telling the reader what to give the setting."""


def described(line: str, start: int, end: int) -> str:
    """The description of the setting whose value holds [start, end) of the table row `line`,
    when it opens with an instruction to the reader (`Specify the IP of the host`); else ""."""
    row = _ROW.match(line)
    if row is None or not row.start("setting") < start < end <= row.end("setting"):
        return ""
    description = row.group("description").strip()
    return description if _INSTRUCTION.match(description) and not _WHOSE.search(
        description) else ""
