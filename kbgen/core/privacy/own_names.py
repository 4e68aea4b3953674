"""The names a site lists as its own (`extra.kb.privacy.allow_domains`): its public domains
and the internal host names its documentation shows (a development machine's
`mastodon.local`, a product's `netbird.cloud` peers). The gate treats them as the
organisation's own public names, and says so: `kbgen check --show-accepted` lists each value
they let through, so a reviewer sees what the allow-list publishes."""

from __future__ import annotations

from kbgen.core.privacy.model import Allowed

REASON = "a name the site lists as its own (extra.kb.privacy.allow_domains)"


def own_name(host: str, allowed: Allowed) -> bool:
    """`host` is one of `allowed.domains` or under one."""
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in allowed.domains)
