"""The product's own `.local` name: the name its device or app answers to on the reader's
network (issue 19, branch fs53).

A product that runs on the reader's network announces itself by multicast DNS under its own
name, and its help centre tells readers to open it so: Meshtastic's radios serve their web
client at `meshtastic.local` (`meshtastic --host meshtastic.local --info`), NetBox's
security page allows `http://netbox.local`, Arduino's boards answer to `arduino.local`. The
name is the same on every reader's network and names nobody's: the help centre of
`meshtastic.org` or `netbox.dev` publishing `meshtastic.local` or `netbox.local` leaks
nothing. The internal host rules read it as a company's host.

The same holds for `<name>.localdomain`, the name an appliance is installed with (OPNsense's
console: `*** OPNsense.localdomain: OPNsense 21.7.7 ***`, branch fp67), with the same tests.

Accepted only where the whole host is the product's name and `.local`, the name being the
registrable label of one of the site's own domains (`extra.kb.privacy.allow_domains`, or the
contact address's domain): not a host under it (`dc01.acme.local`, `payroll.acme.local`), not
a mailbox or login there (`jane@acme.local`), not a share (`\\\\acme.local\\hr`), not written
in capitals as a realm is (`ACME.LOCAL`), and not on a line or under a heading that speaks of a
directory (Active Directory, a domain controller, Kerberos, LDAP): a company's internal
domain is often its own name and `.local`.

Narrowed by rev54's hostile review: the directory's and a company's words are read in the six
languages (`Domäne`, `contrôleur de domaine`, `dominio de la empresa`, `bedrijfsdomein`), a
`domain` at all (a device's name is a host one opens, never a domain one types or joins), in
the two paragraphs above the value's too, and in a front-matter key (`ad_domain:`); the line,
those paragraphs and the headings naming a customer or a person (told_cases.names_person:
`Frau Müller`, `José's`; not names_whose, which reads `Django's` and a `WiFi Client` as
someone's) refuse it; and so does a use no device's web page has: a share's
or a directory's scheme (`smb://`, `nfs://`, `ldap://`: any but the web's), an NFS export
(`acme.local:/export`), a Windows login (`acme.local\\jdoe`), a login given to a command
(`ssh -l jdoe`, `--user`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import INTERNAL_HOST, Allowed
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.told_cases import names_person

REASON = ("the product's own `.local` name (`meshtastic.local` on meshtastic.org's help), the"
          " same on every reader's network")

_SECOND_LEVELS = frozenset({"ac", "co", "com", "edu", "gov", "net", "org", "or", "ne", "go"})
"""Second-level labels under a country's code (`acme.co.uk`, `acme.com.au`): the product's
name is the label before them."""

_DIRECTORY = re.compile(
    r"(?i)active[ -]directory|\bAD\b|domain[ -]controller|\bDC\d*\b|kerberos|\brealm\b|\bldaps?\b"
    r"|\bsamba\b|\bnetbios\b|\bwindows[ -]domain|\bjoin(?:ed|ing|s)? the domain"
    r"|\binternal domain|\bcorporate\b|\bintranet\b|\bour (?:network|domain|office)"
    r"|dom(?:ain|äne|aine|inio|ein)|annuaire|verzeichnisdienst|directorio|\bworkgroup"
    r"|arbeitsgruppe|company|\bfirm(?:a|en)\b|unternehmen|entreprise|soci[ée]t[ée]|empresa"
    r"|azienda|bedrijf|office|\bb[üu]ro|bureau|oficina|ufficio|kantoor|\bstaff\b|mitarbeiter"
    r"|employ[ée]s?\b|empleados|dipendenti|medewerkers|\bhr\b|payroll|\blohn\b|\bpaie\b"
    r"|n[óo]mina|customer|\bkunden?\b|\bklant")
"""A directory, a company's Windows domain, its intranet, its office and staff, in the six
languages: where `acme.local` is a company's internal domain, not a device's name."""
_NOT_THE_WEB = re.compile(
    r"(?i)(?<![\w+.-])(?!(?:https?|wss?)://)[a-z][\w+.-]*://$")
"""A scheme before the host that is not the web's (`smb://`, `nfs://`, `ldap://`)."""
_LOGIN = re.compile(r"(?:^|\s)(?:-l|-u|-U|--user(?:name)?|--login)[ \t=]+\S|\bnet[ \t]+use\b"
                    r"|\bmount\b")
"""A login given to a command, or a share mounted (`ssh -l jdoe`, `net use`, `mount`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the product's own `.local` name."""
    names = product_names(context.allowed)
    if not names or not any(hit.kind == INTERNAL_HOST for _, _, hit in found):
        yield from found
        return
    uses = LocalNameUses(lines)
    for index, line, hit in found:
        if hit.kind == INTERNAL_HOST and _own_name(line, hit, names) \
                and uses.a_devices(index, line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


class LocalNameUses:
    """How a page uses a `.local` name: as a device's or an app's name (`meshtastic --host
    meshtastic.local`, `http://netbox.local`), or as a company's directory domain, share or
    login. Read by this rule and by product_defaults (`kasm.local`), which accept a product's
    `.local` name and refuse the same uses (rev54 folded their refusals here)."""

    def __init__(self, lines: list[str]) -> None:
        self._placed = _Placed(lines)

    def a_devices(self, index: int, line: str, start: int, end: int) -> bool:
        """The name at [start, end) of line `index` is used as a device's: no share's or
        directory's scheme (any but the web's), no NFS export (`:/`) or Windows login (`\\`)
        after it, and its line, the line before, the two paragraphs above and its headings
        speak of no directory, company or person and give no login."""
        return not re.match(r":/|\\", line[end:end + 2]) \
            and not _NOT_THE_WEB.search(line, max(0, start - 16), start) \
            and not self._placed(index)


class _Placed:
    """Whether a line's `.local` name is placed with a directory, a company or someone; each
    line's and each paragraph's answer kept (a line of many names, or many lines under one
    long paragraph, is read once)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.headings, self.above = lines, _Headings(lines), PlacedAbove(lines)
        self._lines: dict[int, bool] = {}
        self._paragraphs: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        """The line, the line before, the two paragraphs above or the headings speak of a
        directory, a company or someone, or the line gives a login or mounts a share."""
        if index not in self._lines:
            line = self.lines[index]
            near = "\n".join((line, self.lines[index - 1] if index else "",
                              self.headings.of(index)))
            self._lines[index] = bool(_LOGIN.search(line)) or _speaks_of(near)
        start = self.above.starts[index]
        if start not in self._paragraphs:
            self._paragraphs[start] = _speaks_of("\n".join(self.above.above(start)))
        return self._lines[index] or self._paragraphs[start]


def _speaks_of(text: str) -> bool:
    """`text` speaks of a directory, a company or a person (a key's `_` read as a space; a
    host's `.localdomain` suffix is no word of it)."""
    text = _FACTORY_SUFFIX.sub(" ", text)
    return bool(_DIRECTORY.search(text.replace("_", " ")) or names_person(text))


_FACTORY_SUFFIX = re.compile(r"(?i)(?<=[\w-])\.localdomain(?![\w-])")
"""`.localdomain` ending a host name: the domain a system is installed with (FreeBSD's and
its firewalls', `OPNsense.localdomain`), not the word `domain` of a sentence."""


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
    """The hit is the whole host `<name>.local` or `<name>.localdomain` (the name a system
    is installed with: `OPNsense.localdomain`), not in capitals, no mailbox's or share's
    host."""
    host = line[hit.start:hit.end]
    before = line[max(0, hit.start - 2):hit.start]
    stem, _, suffix = host.lower().partition(".")
    return (suffix in ("local", "localdomain") and stem in names
            and not host.isupper() and not before.endswith(("@", ".", "-", "\\"))
            and not re.match(r"[\w-]", before[-1:])
            and not re.match(r"[\w-]|\.[\w-]", line[hit.end:hit.end + 2]))
