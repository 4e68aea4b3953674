"""A Kubernetes or Docker Secret named after a person (issue 19, branch leak55):
`secretName: jane-database-password`, `existingSecret: lucia-smtp`, `kubectl create secret
generic jane-doe-vpn …`, `docker secret create maria-garcia-db-password …`, a manifest's
`kind: Secret` with `metadata:` / `name: jane-doe-vpn` (over lines). secret_objects
reads such a name as an object's, not a secret, and so it is; but it says whose secret the
cluster keeps (a person's database password, a colleague's VPN key), which a help site does not
publish. A name is a person's when one of its parts is a common first name of the six
languages (person_names' list, in lower case: `jane`, `lucia`, `maria`), not `jan` before a
number (`backup-jan-2024`), or such a name of four letters or more glued to a surname
(`janedoe-vpn`, not `mariadb`: person_names.glued_name). Read too (issue 19, branch leak56): a
Compose file's `secrets:` entries (`jane_db_password:`, a service's `- source: maria_db`) and a
Vault path a `vault` command reads or writes (`secret/users/jane-doe/vpn`, and any entry of a
folder of people: `secret/users/okonkwo/vpn`). The name is reported as the secret it names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from kbgen.core.person_names import first_name, glued_name
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
    r"|(?<![\w-])--secret(?:[ \t]+|=)(?:source=)?(?P<flag>[a-z0-9][a-z0-9._-]{1,252})"
    r"|\bvault[ \t]+(?:kv[ \t]+(?:get|put|patch|delete|undelete|destroy|list|rollback"
    r"|metadata[ \t]+(?:get|put|patch|delete))|read|write|delete|list)(?:[ \t]+-[\w-]+(?:=\S+)?)*"
    r"[ \t]+(?P<vault>[\w.-]+(?:/[\w.@-]+)+)")
"""Where a Secret object is named: its keys in a manifest or chart (`--set
auth.existingSecret=…` too), the commands that create, read or delete one (`-n`/`--namespace`
before or after the verb, `secret/NAME`), a service's `--secret NAME` (`docker service
create`; rev55), and a Vault path a `vault` command reads or writes (`vault kv get
secret/users/jane-doe/vpn`: each of its parts read as a name; leak56)."""


def needs(text: str) -> bool:
    """A text naming a Secret object or a Vault path."""
    return "ecret" in text or "vault" in text.lower()


def _person_secret_names(line: str, context: _Context) -> Iterator[_Hit]:
    """A Secret's name that holds a person's first name."""
    for match in _SECRET_NAME.finditer(line):
        group = next(name for name in ("name", "kube", "docker", "flag", "vault")
                     if match.group(name))
        name = match.group(group)
        if names_person(name) if group != "vault" else vault_person(name):
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
    yield from _compose_secrets(lines)
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
    number, or a first name glued to a surname (`janedoe-vpn`; leak56)."""
    parts = re.split(r"[-._]", _folded(name))
    return any(first_name(part) and not (part == "jan" and index + 1 < len(parts)
                                         and parts[index + 1].isdigit()) or glued_name(part)
               for index, part in enumerate(parts))


_PEOPLE_FOLDER = frozenset({"users", "user", "people", "persons", "employees", "staff",
                            "members", "personal", "home"})
"""A Vault path's folder whose entries are people (`secret/users/okonkwo/vpn`)."""
_NOBODY = re.compile(r"(?:admin|root|test|demo|example|default|guest|service|readonly|app"
                     r"|bot|ci|deploy|backup|operator|me|self|[a-z]+-?(?:svc|bot|app|service))")
"""An account's name that is no one's (`secret/users/admin`, `users/ci-bot`)."""


def vault_person(path: str) -> bool:
    """A Vault path names a person: one of its parts holds a first name, or a part under a
    folder of people is no account's generic name (`secret/users/okonkwo/vpn`)."""
    parts = [_folded(part) for part in path.split("/")]
    return any(names_person(part) or index and parts[index - 1] in _PEOPLE_FOLDER
               and not _NOBODY.fullmatch(part) for index, part in enumerate(parts))


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


_SECRETS_KEY = re.compile(r"^(?P<indent>[ \t]*)[\"']?secrets[\"']?[ \t]*:[ \t]*+(?:#.*)?$")
"""A Compose file's `secrets:` (the file's secrets, or those a service is given)."""
_SECRETS_ENTRY = re.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+(?:[\"']?source[\"']?[ \t]*:[ \t]*)?)?[\"']?"
    r"(?P<name>[A-Za-z0-9][\w.-]{0,252})[\"']?[ \t]*(?::|$)")
"""An entry of `secrets:`: a key naming a secret, or a list item (`- name`, `- source: name`)."""
_SECRETS_LINES = 40
"""Lines after `secrets:` read for its entries."""


def _compose_secrets(lines: list[str]) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of a secret's name under a Compose file's `secrets:` that holds a
    person's first name (`secrets:` / `  jane_db_password:` / `    file: …`, a service's
    `- jane_db_password`; leak56): the entries at the first indent below the key."""
    if not any("secrets" in line for line in lines):
        return
    for index, line in enumerate(lines):
        key = _SECRETS_KEY.match(line)
        if not key:
            continue
        depth = len(key.group("indent").expandtabs())
        level = None
        for number in range(index + 1, min(len(lines), index + 1 + _SECRETS_LINES)):
            if not lines[number].strip():
                continue
            entry = _SECRETS_ENTRY.match(lines[number])
            indent = len(lines[number]) - len(lines[number].lstrip())
            if indent <= depth and not (indent == depth and lines[number].lstrip()
                                        .startswith("- ")):
                break
            level = indent if level is None else level
            if entry and indent == level and names_person(entry.group("name").lower()):
                yield number, _Hit(entry.start("name"), entry.end("name"), PASSWORD,
                                   _mask_secret(entry.group("name")), ADVICE)
