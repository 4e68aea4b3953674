"""Hosts under the Public Suffix List's ICANN section: domains a reader takes for a site."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def icann() -> PublicSuffixList:
    """The ICANN section of the Public Suffix List, unknown labels no suffix (read once, for
    every module that asks it)."""
    return PublicSuffixList(only_icann=True, accept_unknown=False)


@lru_cache(maxsize=1)
def _all_suffixes() -> PublicSuffixList:
    """The whole Public Suffix List, its private section too (`github.io`: each site under
    it is another owner's)."""
    return PublicSuffixList()


def registrable(host: str) -> bool:
    """Whether `host` is a name under a delegated public suffix with a label of its own
    before it (`paypal.com`, `login.paypal.co.uk`; not `co.uk`, `v1.2.3`, `node.js`)."""
    labels = host.lower().split(".")
    if len(labels) < 2 or not all(labels) or not labels[-1].isalpha():
        return False
    return icann().privatesuffix(host.lower()) is not None


def same_owner(host: str, other: str) -> bool:
    """Whether two hosts are under one registrable domain (`time.google.com`,
    `developers.google.com`), the private section's suffixes counted (`a.github.io` and
    `b.github.io` are two owners')."""
    domain = _all_suffixes().privatesuffix(host.lower())
    return domain is not None and domain == _all_suffixes().privatesuffix(other.lower())
