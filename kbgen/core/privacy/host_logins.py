"""A login at a host under an internal-only name (issue 19, branch leak38): `ssh
jane@payroll-db.local`, `scp f jane@nas.lan:`, `psql postgres://jane@db.corp/app`,
`jane@build01.internal` in prose.

The host rule (kbgen.core.privacy.networks) reads no host after `@`, which it leaves to the
e-mail rule, and the e-mail rule accepts an ssh command's login as no mailbox (`ssh
jane@…`: `jane` is an invented person's name): so a person's login on a private machine
was published. Here the host decides, as it does alone: a name the gate calls internal
(INTERNAL_SUFFIXES) is a finding whoever logs in, unless it is allowed, the same on every
installation (`host.docker.internal`) or a placeholder (`appname.internal`, `host.local`).
A login at a private address is the address rule's already (`jane@10.0.0.5`). A user and
password in a URL (`postgres:secret123@…`) is the URL rules' to judge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import examples
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.emails import _domain_allowed
from kbgen.core.privacy.home_urls import URL_HOST
from kbgen.core.privacy.home_urls import needs as _url_needs
from kbgen.core.privacy.model import INTERNAL_HOST
from kbgen.core.privacy.networks import _HOST_WORDS, _SUFFIXES, _well_known_host

LOGIN_SUFFIXES = rf"{_SUFFIXES}|home|private"
"""Internal suffixes, and `home` after a login (routers name their LAN `.home`; alone, `.home`
is as often a file's: `file.home`; leak39)."""

_LOGIN_AT = re.compile(
    r"(?i)(?<![\w.%+:-])[a-z0-9][a-z0-9._-]{0,63}@"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    rf"(?:{LOGIN_SUFFIXES}))(?![\w-]|\.[a-z0-9])")
"""A login (not a URL's password: no `:` before it), `@`, an internal host's name."""


def _host_logins(line: str, context: _Context) -> Iterator[_Hit]:
    """The internal host a login is at, as the host rule would judge it alone."""
    matches = [*_LOGIN_AT.finditer(line),
               *(URL_HOST.finditer(line) if _url_needs(line.lower()) else ())]  # leak41
    for match in matches:
        host = match.group("host")
        if (_domain_allowed(host, context.allowed) or _well_known_host(host)
                or examples.placeholder_host(host)):
            continue
        head, _, suffix = host.rpartition(".")
        yield _Hit(match.start("host"), match.end("host"), INTERNAL_HOST,
                   f"{head[0]}***.{suffix}")


def needs(text: str, folded: str) -> bool:
    """A text holds `@` and an internal suffix."""
    return ("@" in text and any(word in folded for word in (*_HOST_WORDS[1:], ".home", ".private"))
            or _url_needs(folded))
