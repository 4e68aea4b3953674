"""A private address a container template's parameter row says is its default (issue 19,
branch fp52).

LinuxServer.io's WireGuard page explains its Compose template's settings in a table:
`| `INTERNAL_SUBNET=10.13.13.0` | Internal subnet for the wireguard and server and peers (only
change if it clashes). Used in server mode. |`. The row says the template's value stands unless
it clashes with the reader's network: it is the image's default, the same in every copy.
parameter_rows accepts a row whose description tells the reader to put their own value there
(`Specify the IP of the host`); this one says to keep it.

Accepted only when all of these hold: a private address inside the setting of a row whose
first cell is the setting alone, in code (parameter_rows' row), and whose description says the
value is the default (`only change if`, `defaults to`, `by default`, `the default`, `leave as
is`); the description says nothing of whose or of a real place (example_assumptions' words:
`our NAS`, `the office`, `production`; told_cases': `José's`, `Frau Müller`), no event
(`went down yesterday`) nor of a change made (vendor_defaults' words:
`changed to`, `now`, `new`). A repeat elsewhere is judged as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.example_assumptions import _WHOSE
from kbgen.core.parameter_rows import _ROW
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.told_cases import names_person, tells_event
from kbgen.core.privacy.vendor_defaults import _CHANGE, LIVE

REASON = "a private address a template's parameter row says is its default"

_DEFAULT = re.compile(r"(?i)\bonly change (?:it )?if\b|\bdefaults? (?:to|is)\b|\bby default\b"
                      r"|\bthe default\b|\bleave (?:it )?as is\b")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private addresses a parameter row says are the template's default."""
    settings: dict[tuple[int, str], tuple[int, int]] = {}  # each row read once
    for index, line, hit in found:
        if hit.kind == INTERNAL_IP and line.lstrip().startswith("|"):
            key = (index, line)
            if key not in settings:
                settings[key] = _defaulted_setting(line)
            start, end = settings[key]
            if start < hit.start < hit.end <= end:
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


def _defaulted_setting(line: str) -> tuple[int, int]:
    """The span of the setting of the parameter row `line` when its description says it is
    the default and says nothing of whose, a real place or a change made; else (0, 0)."""
    row = _ROW.match(line)
    if row is None:
        return 0, 0
    description = row.group("description")
    if _DEFAULT.search(description) and not _WHOSE.search(description) \
            and not LIVE.search(description) and not names_person(description) \
            and not tells_event(description) \
            and not _CHANGE.search(description.replace("only change", "")):
        return row.start("setting"), row.end("setting")
    return 0, 0
