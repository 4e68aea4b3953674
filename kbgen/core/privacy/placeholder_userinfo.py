"""A URL whose user part is spelt as a stand-in, for the gate (issue 19, branch fq52).

NetBox's error-reporting page gives Sentry's own format of a DSN: `SENTRY_DSN =
"https://examplePublicKey@o0.ingest.sentry.io/0"`. The e-mail rule reads `user@host` after
`://` as an address; emails.py accepts a URL's user part that names no one only from a short
list (`redis://password@host`). Here the user part says in words what goes there: an
example's public key.

Accepted only when all of these hold: an e-mail-like value right after a URL's `scheme://`;
its user part, split at capitals, `_`, `-` and `.`, is made of words only, one of them saying
it stands in (`example`, `sample`, `your`, `my`, `dummy`, `fake`, `placeholder`) and one naming
what goes there (`key`, `token`, `user`, `name`, `id`, `project`, `account`, `dsn`, …), nothing
else (`exampleJane`, `your-jdoe` stay findings); and the line says nothing of whose
(told_cases.says_whose), asked once a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import EMAIL
from kbgen.core.privacy.told_cases import says_whose

REASON = "a URL's user part spelt as a stand-in (`examplePublicKey@…`), not an e-mail address"

_SCHEME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}://$")
_STAND_IN = frozenset({"example", "sample", "your", "my", "dummy", "fake", "placeholder"})
_FIELD = frozenset({"public", "private", "secret", "key", "token", "user", "username", "name",
                    "login", "id", "client", "project", "account", "api", "dsn", "access",
                    "app", "org", "organization", "organisation", "tenant"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but URLs' user parts spelt as stand-ins."""
    unplaced: dict[tuple[int, str], bool] = {}  # each line asked once, however many values
    for index, line, hit in found:
        if hit.kind == EMAIL and _SCHEME_BEFORE.search(line, max(0, hit.start - 40), hit.start) \
                and _stand_in(line[hit.start:hit.end].partition("@")[0]):
            key = (index, line)
            if key not in unplaced:
                unplaced[key] = not says_whose(line)
            if unplaced[key]:
                context.accept(index, hit, REASON)
                continue
        yield index, line, hit


def _stand_in(user: str) -> bool:
    """`user` is words only, one saying it stands in and one naming what goes there."""
    words = [word.lower() for word in _WORD.findall(user)]
    if not words or "".join(words) != re.sub(r"[._-]", "", user).lower():
        return False
    return (all(word in _STAND_IN or word in _FIELD for word in words)
            and any(word in _STAND_IN for word in words)
            and any(word in _FIELD for word in words))
