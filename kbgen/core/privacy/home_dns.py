"""Dynamic DNS names (`janehome.duckdns.org`, `k2x9f8abc1234.myfritz.net`, `mueller.synology.me`)
(issue 19, leak46): a free name a home router, a NAS or a small office's server registers so
that it can be reached from the internet. Each points at someone's own network and its open
ports, as a home's public address would; a how-to's stand-in (`example.duckdns.org`,
`myname.no-ip.org`, `<your-domain>.duckdns.org`) and the provider's own pages
(`www.duckdns.org`) are no one's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.emails import _domain_allowed
from kbgen.core.privacy.model import INTERNAL_HOST
from kbgen.core.word_needs import Words

PROVIDERS = (
    "duckdns.org", "myfritz.net", "ddns.net", "no-ip.org", "no-ip.biz", "no-ip.info",
    "dyndns.org", "dynv6.net", "synology.me", "myds.me", "quickconnect.to", "asuscomm.com",
    "tplinkdns.com", "freeddns.org", "dedyn.io", "spdns.de")
"""Dynamic DNS domains whose names their users choose or are given (DuckDNS, AVM's MyFRITZ!,
No-IP, DynDNS, dynv6, Synology, ASUS, TP-Link, deSEC, Germany's spDYN)."""
_NEEDED = Words(("dns.", "myfritz.", "no-ip.", "dynv6.", "synology.", "myds.", "quickconnect.",
                 "asuscomm.", "dedyn."))
"""Parts that cover PROVIDERS (`dns.` six of them): fewer words to look for in each text
(tests/core/test_gate_leak46.py checks that each provider holds one)."""
_NAME = re.compile(
    r"(?i)(?<![\w.@<{-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)"
    rf"({'|'.join(map(re.escape, PROVIDERS))})(?![\w-]|\.[a-z0-9])")
_THING = (r"(?:(?:sub)?domain|host(?:name)?|name|home|nas|server|site|app|auth|cloud|router|box"
          r"|device|dns|vpn|web|db|service|instance|user(?:name)?|account)")
_STAND_IN = re.compile(rf"(?i)(?:(?:my|your|example|sample|test|demo)(?:[-_]?{_THING})*"
                       rf"|{_THING}|placeholder|company|x{{3,}}|foo|bar)\d?")
"""Labels a how-to writes for the reader's own name: a stand-in word and generic things only
(`myname`, `example-auth`, `your-nas`); `mykowalski`, `myhome-kowalski`, `mynas4711` and
`example-janedoe` name someone (rev47: every label starting `my`/`your` passed)."""
_PROVIDERS_OWN = re.compile(r"(?i)www|api")
"""The provider's own site (`www.duckdns.org`)."""
STAND_IN = "a placeholder host name (my-…, your-…, example)"
PROVIDERS_SITE = "a dynamic DNS provider's own site"
ADVICE = ("a dynamic DNS name points at someone's own network: write a stand-in such as"
          " example.duckdns.org")


def needs(text: str, folded: str) -> bool:
    """Whether `text` names a dynamic DNS provider's domain."""
    return _NEEDED(folded)


def _home_dns_names(line: str, context: _Context) -> Iterator[_Hit]:
    """Names under a dynamic DNS provider's domain, but stand-ins and the provider's pages."""
    for match in _NAME.finditer(line):
        label = match.group(1).split(".")[-2]
        excerpt = f"{label[0]}***.{match.group(2).lower()}"
        chosen = match.group(1).rstrip(".")
        reason = (PROVIDERS_SITE if _PROVIDERS_OWN.fullmatch(chosen)
                  else STAND_IN if all(map(_STAND_IN.fullmatch, chosen.split(".")))
                  else "")
        allowed = bool(reason) or _domain_allowed(match.group().lower(), context.allowed)
        yield _Hit(match.start(), match.end(), INTERNAL_HOST, excerpt, ADVICE, allowed=allowed,
                   reason=reason)
