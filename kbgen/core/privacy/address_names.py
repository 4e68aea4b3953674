"""Host names that spell an address: wildcard DNS services answer `10-20-30-40.sslip.io`,
`app-10-20-30-40.nip.io` and `0a141e28.nip.io` with 10.20.30.40, so such a name publishes the
address. Each is read again with the address written with dots (`10.20.30.40.nip.io`), as
the address detectors judge it (the reader's own computer and allowed networks included)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

SERVICES = ("nip.io", "sslip.io", "xip.io", "traefik.me", "nip.direct", "local.gd")
"""Public wildcard DNS services that answer a name with the address it spells."""
_SERVICE = "|".join(map(re.escape, SERVICES))
_OCTET = r"(\d{1,3})"
_NAME = re.compile(
    rf"(?i)(?<![\w.-])(?:[a-z0-9-]{{1,63}}[.-]){{0,8}}?"
    rf"(?:{_OCTET}([.-]){_OCTET}\2{_OCTET}\2{_OCTET}|([0-9a-f]{{8}}))\.(?:{_SERVICE})\b")
"""A name of a wildcard DNS service: any labels, then the address with dots or dashes or in
hex, then the service's domain."""


def _spelt_addresses(line: str, context: _Context) -> Iterator[_Hit]:
    """An address a wildcard DNS name spells (`app.10-20-30-40.nip.io`), judged as the
    address it answers with."""
    spans = [match.span() for match in _NAME.finditer(line)]
    if spans:
        yield from decoded_hits(line, _NAME.sub(_address, line), spans[0][0], spans[-1][1],
                                context, "a wildcard DNS name")


def _address(match: re.Match[str]) -> str:
    if match.group(6):
        value = match.group(6)
        return ".".join(str(int(value[at:at + 2], 16)) for at in range(0, 8, 2))
    return ".".join(match.group(number) for number in (1, 3, 4, 5))


def _spelt_needs(text: str, folded: str) -> bool:
    """Whether `text` names a wildcard DNS service."""
    return any(service in folded for service in SERVICES)
