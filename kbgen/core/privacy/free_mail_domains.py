"""A free-mail provider's domain in `allow_domains` (`gmail.com`, `yandex.ru`, `qq.com`)
allows its host names and links, never its addresses: anyone has one there, so allowing the
domain would publish every customer's address at it (issue 19, branch leak34). The company's
own address at such a provider is listed alone, in `allow_emails`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kbgen.core.mailboxes import FREE_MAIL, PLACEHOLDER_NAMES, _full_name, role_words
from kbgen.core.privacy.model import Allowed

_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "ne", "or"})
"""Labels under a country's suffix that are part of the suffix (`yahoo.co.uk`)."""


def free_mail(domain: str) -> bool:
    """`gmail.com`, `yahoo.co.uk`, `mail.yandex.ru`: a domain (or a subdomain of one) where
    anyone has an address (kbgen.core.mailboxes.FREE_MAIL names a provider by its domain's
    label: `mail.acme.com` is Acme's)."""
    labels = domain.lower().rstrip(".").split(".")
    if len(labels) < 2:
        return False
    provider = labels[-3] if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else labels[-2]
    return provider in FREE_MAIL


@lru_cache(maxsize=64)
def for_addresses(allowed: Allowed) -> Allowed:
    """`allowed` without the free-mail domains: what allows an address by its domain."""
    domains = frozenset(domain for domain in allowed.domains if not free_mail(domain))
    return allowed if domains == allowed.domains else replace(allowed, domains=domains)


_EXAMPLE_BEFORE = re.compile(r"(?i)(?:\bexample|\be\.g\.|\bsuch as)[ \t]*:?[ \t]*$")
"""`(example: name@duck.com)`: the words right before an address that give it as a form."""

_REPLY_ADDRESS = re.compile(r"(?i)[^@\s]+_at_[^@\s]+_(?P<name>[a-z]+)")
"""A provider's reply address (`brian_at_gmail.com_jane@duck.com`): the user's name last."""


def listed_example(before: str, local: str) -> bool:
    """At a free-mail domain the site lists: the company's own role mailbox (`support@`), an
    address given as an example (`example: amaze-gem-spider@duck.com`), or a reply address
    of an invented user; never anyone's own (`anna.virtanen@`, even called an example: a
    given name and a surname name a person). `before`: the line's text
    before the address."""
    reply = _REPLY_ADDRESS.fullmatch(local)
    stated = bool(_EXAMPLE_BEFORE.search(before[-40:])) and not _full_name(local)
    return (role_words(local) or stated
            or reply is not None and reply.group("name").lower() in PLACEHOLDER_NAMES)


def advice(domain: str) -> str:
    """What to do about an address at a free-mail domain that `allow_domains` lists."""
    return (f"remove the customer's e-mail address or replace it with name@example.com;"
            f" {domain.lower()} is a free-mail provider's domain, so allow_domains does not"
            f" allow its addresses: if this is the company's own, list it alone in"
            f" extra.kb.privacy.allow_emails")
