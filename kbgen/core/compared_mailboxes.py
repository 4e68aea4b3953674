"""A placeholder name compared across mail providers, for the gate (issue 19).

Mastodon's sign-up guide explains that a user name is per server: "you should not expect
`alice@outlook.com` to be the same person as `alice@gmail.com` or `alice@yahoo.com`". One
placeholder given name (`alice`, `bob`, `jane`: kbgen.core.mailboxes.PLACEHOLDER_NAMES) at
two or more free-mail providers in one sentence is that comparison: a warning (someone real
may still be called Alice), not an error. Alone
(`alice@gmail.com`), or a name that is no placeholder (`jane.doe@…`, `anna@…`) compared the
same way (someone's two mailboxes), it stays a finding.
"""

from __future__ import annotations

import re

from kbgen.core.mailboxes import FREE_MAIL, PLACEHOLDER_NAMES

ADVICE = ("a placeholder name compared across mail providers: check it is no one's real "
          "address")

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def compared(line: str, start: int, local: str, domain: str) -> bool:
    """The address `local@domain` at `start` of `line` is a placeholder name the same
    sentence also writes at another free-mail provider."""
    name = local.lower()
    provider = domain.lower().split(".", 1)[0]
    if name not in PLACEHOLDER_NAMES or provider not in FREE_MAIL:
        return False
    begin = max((found.end() for found in _SENTENCE_END.finditer(line, 0, start)), default=0)
    after = _SENTENCE_END.search(line, start + len(local) + len(domain) + 1)
    sentence = line[begin:after.start() if after else len(line)].lower()
    others = {match.group(1) for match in re.finditer(
        rf"(?<![\w.+-]){re.escape(name)}@([a-z0-9-]+)\.[a-z]{{2,}}", sentence)}
    return len({other for other in others if other in FREE_MAIL} - {provider}) >= 1
