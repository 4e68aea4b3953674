"""A role mailbox at a domain written as x's (issue 19, branch rust58).

RustDesk's Microsoft 365 page makes a shared sender with PowerShell and shows Exchange's
answers: `New-Mailbox -Shared -Name "No Reply" -Alias no-reply ... -PrimarySmtpAddress
no-reply@xxx.com`, `object 'no-reply@xxx.com' couldn't be found on 'xxx.xxx.PROD.OUTLOOK.COM'`.
The domain is masked with x's, as the server's name beside it is: it names no organisation,
and the mailbox names a function, not a person.

Accepted only when both hold: every label of the domain before its last is a run of three x's
or more (`xxx.com`, `xxxx.xxx.org`; not `xxxbank.com`, `acme.xxx`, `xxx.acme.com`), and the
local part is one of the role mailboxes RFC 2142 and senders use (kbgen.core.mailboxes'
ROLE_MAILBOXES: `no-reply`, `support`, `postmaster`), whole (not `no-reply.jdoe`,
`noreply+jane`). A person's address at a masked domain (`jane.doe@xxx.com`) still names the
person and stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.mailboxes import ROLE_MAILBOXES
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import EMAIL

REASON = "a role mailbox at a domain masked with x's"

_MASKED = re.compile(r"(?i)(?:x{3,}\.)+[a-z]{2,24}")
"""A domain whose every label but its last is x's (`xxx.com`)."""


def masked_role(address: str) -> bool:
    """`address` is a role mailbox at a domain masked with x's."""
    local, at, domain = address.rpartition("@")
    return bool(at) and local.lower() in ROLE_MAILBOXES and bool(_MASKED.fullmatch(domain))


_ADDRESS = re.compile(r"(?i)[\w.+-]+@(?:x{3,}\.)+[a-z]{2,24}\b")
"""An address at a masked domain, anywhere on the page."""


def _persons(lines: list[str]) -> bool:
    """The page gives someone's own address at a masked domain (`From: no-reply@xxx.com` over
    `To: marco.rossi@xxx.com`): the mask hides a real organisation whose role boxes are as
    much its own (fixr58)."""
    return any(not masked_role(address) for line in lines if "@" in line
               for address in _ADDRESS.findall(line))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but role mailboxes at masked domains, on a page that gives no one's own address
    at one."""
    persons: bool | None = None
    for index, line, hit in found:
        if hit.kind == EMAIL and masked_role(line[hit.start:hit.end]) \
                and not (persons := _persons(lines) if persons is None else persons):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit
