"""A Kubernetes or Docker Secret named after a person (issue 19, branch leak55):
`secretName: jane-database-password`, `existingSecret: lucia-smtp`, `kubectl create secret
generic jane-doe-vpn …`, `docker secret create maria-garcia-db-password …`. secret_objects
reads such a name as an object's, not a secret, and so it is; but it says whose secret the
cluster keeps (a person's database password, a colleague's VPN key), which a help site does not
publish. A name is a person's when one of its parts is a common first name of the six
languages (person_names' list, in lower case: `jane`, `lucia`, `maria`), not `jan` before a
number (`backup-jan-2024`). The name is reported as the secret it names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kbgen.core.person_names import first_name
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD

_SECRET_NAME = re.compile(
    r"(?<![\w-])(?:secretName|existingSecret|secret_name|existing_secret)[\"']?[ \t]*:[ \t]*"
    r"[\"']?(?P<name>[a-z0-9][a-z0-9._-]{1,252})"
    r"|\b(?:kubectl|oc)[ \t]+(?:-n[ \t]+\S+[ \t]+)?(?:create[ \t]+secret[ \t]+(?:generic|tls"
    r"|docker-registry)|(?:get|describe|delete|edit|patch)[ \t]+secrets?)[ \t]+"
    r"(?P<kube>[a-z0-9][a-z0-9._-]{1,252})"
    r"|\b(?:docker|podman)[ \t]+secret[ \t]+(?:create|rm|inspect)[ \t]+"
    r"(?P<docker>[a-z0-9][a-z0-9._-]{1,252})")
"""Where a Secret object is named: its keys in a manifest or chart, and the commands that
create, read or delete one."""


def needs(text: str) -> bool:
    """A text naming a Secret object."""
    return "ecret" in text


def _person_secret_names(line: str, context: _Context) -> Iterator[_Hit]:
    """A Secret's name that holds a person's first name."""
    for match in _SECRET_NAME.finditer(line):
        group = next(name for name in ("name", "kube", "docker") if match.group(name))
        name = match.group(group)
        if names_person(name):
            yield _Hit(match.start(group), match.end(group), PASSWORD, _mask_secret(name),
                       "name the Secret after its use, not after the person it belongs to")


def names_person(name: str) -> bool:
    """One of the name's parts (split at `-`, `.`, `_`) is a first name, `jan` not before a
    number."""
    parts = re.split(r"[-._]", _folded(name))
    return any(first_name(part) and not (part == "jan" and index + 1 < len(parts)
                                         and parts[index + 1].isdigit())
               for index, part in enumerate(parts))


def _folded(text: str) -> str:
    """Accents taken off (`lucía` -> `lucia`)."""
    return "".join(char for char in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(char))
