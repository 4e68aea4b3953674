"""A `urn:k8s:` reference of another shape than `urn:k8s:secret:<name>:<key>` (issue 19, branch
fp50).

Traefik's OAuth2 client-credentials page writes `clientSecret:
urn:k8s:my-secret:my-secret:clientSecret`: the kind `secret` written as the Secret's name, a
slip of the docs, but still a reference whose every part names something (secret_references
reads the documented form only). Accepted only when the whole value is `urn:k8s:`, one to
three names and a key, each spelt from words or abbreviations of up to 3 letters as
secret_references judges them (`my-secret`, `clientSecret`); a random, numbered or cased part
(`urn:k8s:my-secret:Kq8vNz3Lw2pd`) or another scheme stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.privacy.secret_references import _PART, _named

REASON = "a `urn:k8s:` reference whose every part names something, not a secret"

_REFERENCE = re.compile(r"(?<![\w:])urn:k8s:((?:[a-z](?:[a-z-]{0,61}[a-z])?:){1,3})"
                        r"([A-Za-z_]{1,64})(?![\w:.-])")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values inside `urn:k8s:` references spelt from words."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line_holds(line, "urn:k8s:") \
                and _reference(line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _reference(line: str, start: int, end: int) -> bool:
    """[start, end) of `line` lies inside a `urn:k8s:` reference spelt from words."""
    for match in _REFERENCE.finditer(line):
        if match.start() <= start and end <= match.end():
            names, key = match.group(1).rstrip(":").split(":"), match.group(2)
            return all(_named(name, name.split("-")) for name in names) and _named(
                key, _PART.findall(key))
    return False
