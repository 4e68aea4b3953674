"""A URL on an unspecified ("any") address that carries someone's data (issue 19, branch
leak54): `http://admin:pw@0.0.0.0:8080/…`, `http://[::]:3000/customers/acme-corp/…`. The
address rules read 0.0.0.0 and `[::]` as no machine's (a server listens on them), so such a
URL was found by nothing, while the same URL on 192.168.1.50 was an internal address.

A URL there is someone's when it carries credentials (a password the password rules read as
one: no default, placeholder or variable) or a path naming a customer, a user or an account,
then who (`/customers/acme-corp`, `/kunden/mueller`, `/home/jane`); a server's own pages
(`/admin`, `/api/v1/users/{id}`, `/users/me`) stay documentation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.networks import _mask_ip
from kbgen.core.privacy.values import _is_placeholder, _looks_like_password

_ANY_URL = re.compile(
    r"(?i)(?<![\w+.-])[a-z][a-z0-9+.-]{1,15}://"
    r"(?:(?P<user>[^\s/@:<>\"'`\[\]]{1,64})(?::(?P<password>[^\s/@<>\"'`]{1,128}))?@)?"
    r"(?P<host>0\.0\.0\.0|0|\[(?:0{0,4}:){2,7}0{0,4}\]|\[::(?:ffff:)?0\.0\.0\.0\])"
    r"(?::\d{1,5})?(?P<path>/[^\s<>\"'`)\]]{0,2000})?")
"""A URL whose host is an unspecified address (0.0.0.0, `0`, `[::]`, `[::ffff:0.0.0.0]`),
maybe with a user and password, a port and a path."""

_WHOSE = re.compile(
    r"(?i)/(?:customers?|clients?|users?|accounts?|tickets?|invoices?|orders?|patients?"
    r"|members?|people|persons?|employees?|contacts?|kunden?|mitarbeiter|clientes?|clienti"
    r"|klanten|klant|utilisateurs?|usuarios?|utenti|gebruikers?|home|profiles?)"
    r"/(?P<who>[^/?#\s]{3,100})")
"""A path naming a customer, a user or an account, then who."""

_NOT_WHO = re.compile(
    r"(?i)[:{<$%\[*]|^(?:me|self|current|new|list|all|search|export|import|settings|profile"
    r"|edit|create|add|delete|login|logout|register|index|default|example|sample|test|demo"
    r"|admin|user|username|name|id|uuid|username|someone|anyone|nobody|root|guest|public"
    r"|shared|static|assets|api|v\d+|\d+)(?:[./]|$)")
"""A path's segment that is a route's own word, a parameter or a record number, not who."""

_VARIABLE = re.compile(r"^[$%<{\[]|^\*+$")


def needs(text: str, folded: str) -> bool:
    """A text holding a URL on 0.0.0.0, `0` or `[::…]`."""
    return "://" in text and ("://0" in text or "@0" in text or ":[" in text or "@[" in text
                              or "//[" in text)


def _credentials(match: re.Match[str]) -> bool:
    """The URL carries a password that is one (not `admin`, `changeme`, `$PASS`, `<pw>`)."""
    password = match.group("password")
    return bool(password) and not _VARIABLE.search(password) and not _is_placeholder(
        password) and _looks_like_password(password, False)


def _whose(path: str | None) -> bool:
    return any(not _NOT_WHO.search(found.group("who")) and not _is_placeholder(found.group("who"))
               for found in _WHOSE.finditer(path or ""))


def any_addresses(line: str, context: _Context) -> Iterator[_Hit]:
    """Each URL on an unspecified address carrying credentials or a customer's path."""
    for match in _ANY_URL.finditer(line):
        if not (_credentials(match) or _whose(match.group("path"))):
            continue
        host = match.group("host")
        hit = _Hit(match.start("host"), match.end("host"), INTERNAL_IP, _mask_ip(host.strip("[]")))
        hit = _clearly_example(line, hit, context.default_region)
        if not hit.allowed:
            yield hit
