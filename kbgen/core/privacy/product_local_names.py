"""The product's own `.local` name: the name its device or app answers to on the reader's
network (issue 19, branch fs53).

A product that runs on the reader's network announces itself by multicast DNS under its own
name, and its help centre tells readers to open it so: Meshtastic's radios serve their web
client at `meshtastic.local` (`meshtastic --host meshtastic.local --info`), NetBox's
security page allows `http://netbox.local`, Arduino's boards answer to `arduino.local`. The
name is the same on every reader's network and names nobody's: the help centre of
`meshtastic.org` or `netbox.dev` publishing `meshtastic.local` or `netbox.local` leaks
nothing. The internal host rules read it as a company's host.

Accepted only where the whole host is the product's name and `.local`, the name being the
registrable label of one of the site's own domains (`extra.kb.privacy.allow_domains`, or the
contact address's domain): not a host under it (`dc01.acme.local`, `payroll.acme.local`), not
a mailbox or login there (`jane@acme.local`), not a share (`\\\\acme.local\\hr`), not written
in capitals as a realm is (`ACME.LOCAL`), and not on a line or under a heading that speaks of a
directory (Active Directory, a domain controller, Kerberos, LDAP): a company's internal
domain is often its own name and `.local`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, Allowed

REASON = ("the product's own `.local` name (`meshtastic.local` on meshtastic.org's help), the"
          " same on every reader's network")

_SECOND_LEVELS = frozenset({"ac", "co", "com", "edu", "gov", "net", "org", "or", "ne", "go"})
"""Second-level labels under a country's code (`acme.co.uk`, `acme.com.au`): the product's
name is the label before them."""

_DIRECTORY = re.compile(
    r"(?i)active[ -]directory|\bAD\b|domain[ -]controller|\bDC\d*\b|kerberos|\brealm\b|\bldaps?\b"
    r"|\bsamba\b|\bnetbios\b|\bwindows[ -]domain|\bjoin(?:ed|ing|s)? the domain"
    r"|\binternal domain|\bcorporate\b|\bintranet\b|\bour (?:network|domain|office)")
"""A directory, a company's Windows domain, its intranet: where `acme.local` is a company's
internal domain, not a device's name."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the product's own `.local` name."""
    names = product_names(context.allowed)
    if not names or not any(hit.kind == INTERNAL_HOST for _, _, hit in found):
        yield from found
        return
    headings = _Headings(lines)
    for index, line, hit in found:
        if hit.kind == INTERNAL_HOST and _own_name(line, hit, names) and not _DIRECTORY.search(
                "\n".join((line, lines[index - 1] if index else "", headings.of(index)))):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def product_names(allowed: Allowed) -> frozenset[str]:
    """The registrable label of each of the site's own domains and its contact address's
    (`meshtastic` of `meshtastic.org`, `acme` of `help.acme.co.uk`)."""
    domains = {*allowed.domains, *(email.rsplit("@", 1)[-1] for email in allowed.emails)}
    names = set()
    for domain in domains:
        labels = domain.lower().strip(".").split(".")
        if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS:
            labels = labels[:-1]
        if len(labels) >= 2 and labels[-2]:
            names.add(labels[-2])
    return frozenset(names)


def _own_name(line: str, hit: _Hit, names: frozenset[str]) -> bool:
    """The hit is the whole host `<name>.local`, in lower case, no mailbox's or share's host."""
    host = line[hit.start:hit.end]
    before = line[max(0, hit.start - 2):hit.start]
    return (host.endswith(".local") and host.lower().removesuffix(".local") in names
            and not host.isupper() and not before.endswith(("@", ".", "-", "\\"))
            and not re.match(r"[\w-]", before[-1:])
            and not re.match(r"[\w-]|\.[\w-]", line[hit.end:hit.end + 2]))
