"""How a page uses a `.local` name: as a device's or an app's name, or as a company's
directory domain, share or login (read by product_defaults, which accepts a product's `.local`
name, `kasm.local`, only where the page uses it as a device's).

This module held a rule (issue 19, branch fs53; widened to `.localdomain` and to any case of
the suffix by fp67) that accepted `<own name>.local` wherever the name was the site's own
(`meshtastic.local` on meshtastic.org's help). Taken out by fixlocal67 after rev67's review: a
company's internal (Active Directory) domain is its own name and `.local` (`acme.local`,
`ACME.Local`, `acme.localdomain`) on exactly the same pages (open `https://acme.local/owa`, the
print queue on `acme.local`, a DNS suffix), and no structure of the text told the two apart
(rev67 published 20/20 such texts through its closed list of refusing words). A product's
help centre that publishes its factory name lists it in `extra.kb.privacy.allow_domains`
(`meshtastic.local`), as Arduino's and Mastodon's do; the gate then allows it as the site's
own domain.

The refusals below (rev54) stay for product_defaults: the directory's and a company's words
in the six languages (`Domäne`, `contrôleur de domaine`, `dominio de la empresa`,
`bedrijfsdomein`), a `domain` at all, in the line, the line before, the two paragraphs above,
the headings and a front-matter key (`ad_domain:`); a customer or a person named there
(told_cases.names_person); a share's or a directory's scheme (`smb://`, `nfs://`,
`ldap://`), an NFS export (`acme.local:/export`), a Windows login (`acme.local\\jdoe`), a
login given to a command (`ssh -l jdoe`, `--user`).
"""

from __future__ import annotations

import re

from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.placed_above import PlacedAbove
from kbgen.core.privacy.told_cases import names_person

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
    """`text` speaks of a directory, a company or a person (a key's `_` read as a space)."""
    return bool(_DIRECTORY.search(text.replace("_", " ")) or names_person(text))
