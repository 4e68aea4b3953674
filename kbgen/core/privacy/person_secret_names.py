"""A Kubernetes or Docker Secret named after a person (issue 19, branch leak55):
`secretName: jane-database-password`, `existingSecret: lucia-smtp`, `kubectl create secret
generic jane-doe-vpn …`, `docker secret create maria-garcia-db-password …`, a manifest's
`kind: Secret` with `metadata:` / `name: jane-doe-vpn` (over lines). secret_objects
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

ADVICE = "name the Secret after its use, not after the person it belongs to"

_SECRET_NAME = re.compile(
    r"(?<![\w-])(?:secretName|existingSecret|secret_name|existing_secret)[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?(?P<name>[a-z0-9][a-z0-9._-]{1,252})"
    r"|\b(?:kubectl|oc)[ \t]+(?:(?:-n|--namespace)(?:[ \t]+|=)\S+[ \t]+)?(?:create[ \t]+secret"
    r"[ \t]+(?:generic|tls|docker-registry)|(?:get|describe|delete|edit|patch)[ \t]+secrets?)"
    r"(?:[ \t]+(?:-n|--namespace)(?:[ \t]+|=)\S+)?(?:[ \t]+|(?<=secret)/|(?<=secrets)/)"
    r"(?P<kube>[a-z0-9][a-z0-9._-]{1,252})"
    r"|\b(?:docker|podman)[ \t]+secret[ \t]+(?:create|rm|inspect)[ \t]+"
    r"(?P<docker>[a-z0-9][a-z0-9._-]{1,252})"
    r"|(?<![\w-])--secret(?:[ \t]+|=)(?:source=)?(?P<flag>[a-z0-9][a-z0-9._-]{1,252})")
"""Where a Secret object is named: its keys in a manifest or chart (`--set
auth.existingSecret=…` too), the commands that create, read or delete one (`-n`/`--namespace`
before or after the verb, `secret/NAME`), and a service's `--secret NAME` (`docker service
create`; rev55)."""


def needs(text: str) -> bool:
    """A text naming a Secret object."""
    return "ecret" in text


def _person_secret_names(line: str, context: _Context) -> Iterator[_Hit]:
    """A Secret's name that holds a person's first name."""
    for match in _SECRET_NAME.finditer(line):
        group = next(name for name in ("name", "kube", "docker", "flag") if match.group(name))
        name = match.group(group)
        if names_person(name):
            yield _Hit(match.start(group), match.end(group), PASSWORD, _mask_secret(name),
                       ADVICE)


_KIND_SECRET = re.compile(
    r"^[ \t]*[\"']?kind[\"']?[ \t]*:[ \t]*[\"']?(?:Sealed|External)?Secret[\"']?[ \t]*+,?"
    r"[ \t]*+$")
_NAME_LINE = re.compile(r"^[ \t]+[\"']?name[\"']?[ \t]*:[ \t]*[\"']?"
                        r"(?P<name>[a-z0-9][a-z0-9._-]{1,252})")
_DOCUMENT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$|^[ \t]*(?:```|~~~)")
"""A YAML document's end, or a code block's fence (the next block is another manifest: a
SealedSecret's `metadata` was read as the ExternalSecret's in the block below; rev55)."""
MAX_MANIFEST_LINES = 30
"""Lines of a Secret's manifest read around its `kind: Secret` for its `metadata`'s name."""


def person_secret_manifests(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of the name a `kind: Secret` manifest (YAML or JSON) gives its
    object under `metadata`, when it holds a person's first name: the first indented `name:`
    after a `metadata:` line of the same document, before or after the kind; and the name a
    reference to a Secret gives (`secretKeyRef:`, `secretRef:`, `imagePullSecrets:`, then
    `name:` on one of the next lines; rev55)."""
    yield from _references(lines)
    if not any("Secret" in line for line in lines):
        return
    for index, line in enumerate(lines):
        if not _KIND_SECRET.match(line):
            continue
        first, last = index, index
        while first > 0 and index - first < MAX_MANIFEST_LINES and not _DOCUMENT_END.match(
                lines[first - 1]):
            first -= 1
        while last + 1 < len(lines) and last - index < MAX_MANIFEST_LINES and not (
                _DOCUMENT_END.match(lines[last + 1])):
            last += 1
        metadata = next((number for number in range(first, last + 1)
                         if re.match(r"^[ \t]*[\"']?metadata[\"']?[ \t]*:", lines[number])),
                        None)
        if metadata is None:
            continue
        for number in range(metadata + 1, min(last, metadata + 10) + 1):
            match = _NAME_LINE.match(lines[number])
            if match:
                if names_person(match.group("name")):
                    yield number, _Hit(match.start("name"), match.end("name"), PASSWORD,
                                       _mask_secret(match.group("name")), ADVICE)
                break


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


_REFERENCE = re.compile(
    r"^[ \t]*(?:-[ \t]+)?[\"']?(?:secretKeyRef|secretRef|imagePullSecrets)[\"']?[ \t]*:[ \t]*"
    r"[\[{]?[ \t]*+$")
"""A key whose value refers to a Secret by its `name:` (an env var's, an `envFrom`'s, a pod's
registry login)."""
_REFERENCE_NAME = re.compile(r"^[ \t]*(?:-[ \t]+)?[\"']?name[\"']?[ \t]*:[ \t]*[\"']?"
                             r"(?P<name>[a-z0-9][a-z0-9._-]{1,252})")
_REFERENCE_LINES = 3
"""Lines after a reference's key read for its `name:` (`key:` and `optional:` may come first)."""


def _references(lines: list[str]) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a Secret's name that holds a person's first name, given under a
    reference to it (`secretKeyRef:` / `name: jane-database-password`)."""
    if not any("ecretKeyRef" in line or "ecretRef" in line or "PullSecrets" in line
               for line in lines):
        return
    for index, line in enumerate(lines):
        if not _REFERENCE.match(line):
            continue
        for number in range(index + 1, min(len(lines), index + 1 + _REFERENCE_LINES)):
            match = _REFERENCE_NAME.match(lines[number])
            if match:
                if names_person(match.group("name")):
                    yield number, _Hit(match.start("name"), match.end("name"), PASSWORD,
                                       _mask_secret(match.group("name")), ADVICE)
                break
