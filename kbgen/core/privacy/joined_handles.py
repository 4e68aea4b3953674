"""A payment handle written against its service's name (hostile round 24): `Cash App$MaryQuinn87`,
`cashapp$maryq87`, `Venmo@Mary-Quinn-7`, `Revolut@maryq`. kbgen.core.privacy.payment_handles
reads a `$` or `@` handle only after a space or a mark (`Cash App: $MaryQuinn87`), so the
same handle with the sign joined to the name was published by main.

Read: the service's name, then at once its sign and a handle, judged as payment_handles judges
one (a ticker, a price, a Boost, a JSON-LD keyword, a stand-in or the service's own account
is none). `cash@app.com`-like e-mail addresses are the e-mail reader's: a joined handle holds
no dot and is not followed by a dot and a word, so a file name (`venmo@2x.png`, a picture's
density suffix) is not read. Nor is a reference's shape after an `@`: a digest
(`revolut@sha256`), a density or a version (`venmo@2x`, `venmo@3`, `revolut@v2`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.field_examples import named_example
from kbgen.core.privacy.payment_handles import _SERVICE, _hit, _no_handle
from kbgen.core.privacy.payment_handles import needs as _payment_needs

_JOINED = re.compile(
    r"(?i)(?<![\w.-])(?P<site>venmo|revolut|revtag|cash[ \t]?app|cashtag|wise[ \t]?tag)"
    r"(?P<sign>[@$])(?P<handle>[A-Za-z0-9][A-Za-z0-9_-]{1,39}(?<![_-]))(?![\w@-]|\.\w)")
"""A service's name with its sign and a handle joined to it (no dot in it nor after it)."""
_REFERENCE = re.compile(r"(?i)(?:sha|md|blake|crc|xxh)\d*|v?\d+(?:x|px|w)?")
"""After an `@`: a digest's algorithm, a version, a picture's density or width."""


def needs(folded: str) -> bool:
    """Whether a folded line may hold a joined handle."""
    return _payment_needs(folded) and ("$" in folded or "@" in folded)


def joined_handles(line: str, context: _Context) -> Iterator[_Hit]:
    """Each payment handle joined to its service's name on the line."""
    if not needs(line.lower()):
        return
    for match in _JOINED.finditer(line):
        if (_no_handle(line, match) or _SERVICE.search(match.group("handle"))
                or (match.group("sign") == "@" and _REFERENCE.fullmatch(match.group("handle")))
                or named_example(line[:match.start()], line)):
            continue
        if (hit := _hit(match, f"{match.group('site')}{match.group('sign')}")) is not None:
            yield hit
