"""A reference naming a Kubernetes Secret's key, not a secret (issue 19, fp43).

Traefik's Kubernetes CRDs take a credential as a reference: `clientSecret:
"urn:k8s:secret:my-secret:clientSecret"`, `password: urn:k8s:secret:redis:password`, `ca:
"urn:k8s:secret:tls:ca"` (its docs: "urn:k8s:secret:<name>:<key>", the Secret in the
middleware's namespace and the key within it). The value names where the secret is, as
`secretName:` does (secret_objects) and a file's path does. It counts as one when the whole
reference is `urn:k8s:secret:`, a DNS-1123 name whose parts are words or abbreviations of up
to 3 letters (`my-secret`, `oidc-client`, `tls`), `:` and a key spelt from words or such
abbreviations (`clientSecret`, `client_id`, `bindpassword`, `ca`). A random name or key
(`urn:k8s:secret:redis:Kq8vNz3Lw2pd`), one with digits, or any other scheme stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a reference to a Kubernetes Secret's key (`urn:k8s:secret:<name>:<key>`), not a secret"

_REFERENCE = re.compile(r"(?<![\w:])urn:k8s:secret:([a-z](?:[a-z-]{0,61}[a-z])?)"
                        r":([A-Za-z_]{1,64})(?![\w:.-])")
_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
"""A word of a key written in camelCase, snake_case or an initialism (`clientID`)."""


def _named(text: str, parts: list[str]) -> bool:
    """`parts`, split from `text`, spell all of it and are words or abbreviations of up to 3
    letters, one at least a word."""
    if "".join(parts) != text.replace("-", "").replace("_", ""):
        return False
    words = [part for part in parts if len(part) > 3 and word_like(part.lower())]
    return all(part in words or len(part) <= 3 for part in parts) and (
        bool(words) or len(parts) <= 2)


def reference(line: str, start: int, end: int) -> bool:
    """[start, end) of `line` lies inside a `urn:k8s:secret:<name>:<key>` reference."""
    for match in _REFERENCE.finditer(line, max(0, start - 100), min(len(line), end + 100)):
        if match.start() <= start and end <= match.end():
            name, key = match.groups()
            return (_named(name, name.split("-"))
                    and _named(key, _PART.findall(key)))
    return False


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values inside references to a Secret's key."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line_holds(line, "urn:k8s:") \
                and reference(line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit
