"""A company's own work card (fixcard67, rev67 5): a help centre's `acme.vcf` ("add us to your
contacts") gives the company's work address, `ADR;TYPE=work:;;1 Acme Way;London;;EC1A 1BB;…`,
which kbgen.core.privacy.vcard_properties reads as an address. The prose address reader
publishes a company's own address (an organisation's name before it, kbgen.core.privacy.
postal_addresses); a card says whose in its `ORG` line, or by the site's own contact data.

An ADR whose parameters say `work` (and not `home` too), in a card (from `BEGIN:VCARD` to
`END:VCARD`, or the run of lines around it) whose `ORG` names an organisation by the prose
reader's rule, or which lists one of the site's own phone numbers, e-mail addresses or
domains, is that company's. A home address (`TYPE=home`), or a work address in a card naming
neither, stays a finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import POSTAL_ADDRESS
from kbgen.core.privacy.own_names import own_name
from kbgen.core.privacy.postal_addresses import _ORGANISATION
from kbgen.core.privacy.vcard_properties import judged_number

REASON = "a company's own work address in its contact card (ORG or the site's contact data)"

_PROPERTY = re.compile(r"^[ \t>]*(?:[A-Za-z][\w-]*\.)?(?P<name>[A-Za-z-]+)(?P<parameters>;[^:\n]*)?"
                       r":(?P<value>.*)$")
_WORK = re.compile(r"(?i)[;,=\"]work\b")
_HOME = re.compile(r"(?i)[;,=\"]home\b")
_HOST = re.compile(r"(?i)(?:@|://)(?P<host>[a-z0-9.-]+\.[a-z]{2,})")
MAX_CARD = 40
"""The most lines read either way from an address for its card's other lines."""


def _card(lines: list[str], index: int) -> list[str]:
    """The lines of the card holding line `index`: from its BEGIN:VCARD to its END:VCARD, or
    the lines around it up to a blank line."""
    first = index
    while (first > max(0, index - MAX_CARD) and lines[first - 1].strip()
           and "END:VCARD" not in lines[first - 1].upper()):
        first -= 1
        if "BEGIN:VCARD" in lines[first].upper():
            break
    last = index
    while (last + 1 < min(len(lines), index + MAX_CARD) and lines[last + 1].strip()
           and "BEGIN:VCARD" not in lines[last + 1].upper()):
        last += 1
        if "END:VCARD" in lines[last].upper():
            break
    return lines[first:last + 1]


def _companys(card: list[str], context: _Context) -> bool:
    """The card names an organisation in its ORG, or lists the site's own contact data."""
    for line in card:
        match = _PROPERTY.match(line)
        if match is None:
            continue
        name, value = match.group("name").upper(), match.group("value")
        if name == "ORG" and _ORGANISATION.search(value.replace(";", " ")):
            return True
        if name == "TEL" and judged_number(value.strip().removeprefix("tel:"), context)[1]:
            return True
        if name in ("EMAIL", "URL") and (
                value.strip().lower() in context.allowed.emails
                or any(own_name(host.group("host"), context.allowed)
                       for host in _HOST.finditer(value))):
            return True
    return False


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the work addresses of a company's own contact card."""
    for index, line, hit in found:
        match = _PROPERTY.match(line) if hit.kind == POSTAL_ADDRESS else None
        if (match is not None and hit.excerpt.startswith("ADR:")
                and match.group("name").upper() == "ADR"
                and _WORK.search(match.group("parameters") or "")
                and not _HOME.search(match.group("parameters") or "")
                and _companys(_card(lines, index), context)):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
