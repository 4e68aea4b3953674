"""A software project's own mailbox, for the gate (issue 19).

CSC's page on NAMD says "for commercial use, contact <mailto:namd@ks.uiuc.edu>": the mailbox
is named after the program the page is about (its title, `# NAMD`), at the site the page
links for it (`https://www.ks.uiuc.edu/Research/namd/license.html`). It reaches the project,
no one person. Both must hold: the local part is a word of the page's title or top heading,
and the page links a URL on the address's domain (or a subdomain). Someone's address there
(`jim@ks.uiuc.edu`), or the project's name at a domain the page never links, stays a finding,
as does any address at a free-mail provider (review s32: a page titled `Jane` linking
gmail.com let `jane@gmail.com` through; a mail provider's domain is no project's site).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kbgen.core.mailboxes import FREE_MAIL

_TITLE = re.compile(r"^(?:#\s+|title:\s*)[\"']?(.{1,120}?)[\"']?\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+-]{1,40}")
_URL_HOST = re.compile(r"https?://([A-Za-z0-9.-]{1,253})")

REASON = "the mailbox of the project the page is about, at the site the page links for it"


@dataclass
class ProjectMailboxes:
    """The title words and linked hosts of one page."""

    lines: list[str]
    title_words: set[str] = field(init=False, default_factory=set)
    hosts: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        for line in self.lines:
            if not self.title_words and (title := _TITLE.match(line)):
                self.title_words = {word.lower() for word in _WORD.findall(title.group(1))}
            if "://" in line:
                self.hosts.update(host.lower().rstrip(".") for host in _URL_HOST.findall(line))

    def project_mailbox(self, address: str) -> bool:
        """`address` is named after the page's subject, at a domain the page links."""
        local, _, domain = address.lower().partition("@")
        if domain.split(".", 1)[0] in FREE_MAIL:
            return False
        return local in self.title_words and any(
            host == domain or host.endswith("." + domain) for host in self.hosts)
