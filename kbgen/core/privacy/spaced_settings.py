"""A secret set in a configuration dialect that writes its value after a space only (hostile
round 23): `requirepass Qx7pLm2Zr9xx` (Redis), `masterauth "…"`, `admin_password …`
(PgBouncer-like), `password 'hunter2'` (Mosquitto, SSH client snippets), `auth_password …;`
(nginx-like). The rules that read a setting wanted `=` or `:` between name and value, so these
published the value.

Read: a line that is one setting, its name then a space then its value and nothing else
(quoted or not, a `;` may end it), in a code block, a code span or alone in prose; and a
quoted value right after a name (`password 'hunter2xyz'` inside a sentence). Name and value are
judged as `name: value` by the rules that read a key and its value (kbgen.core.privacy.context.
judged_as_key): the name must say it holds a secret, the value must look like one, so
placeholders, variables, templates, file paths and words (`password required`) publish; a
value of letters only is not read unquoted (`Password Requirements` is a heading) nor quoted in
a sentence (`the default credentials are … and password "opnsense"`: a product's own)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core.privacy.context import _Hit, judged_as_key

Judge = Callable[[str], list[_Hit]]

_NAME = r"(?P<name>[A-Za-z_][\w.-]{1,60})"
_WHOLE = re.compile(
    r"^(?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+)?(?:<(?:pre|code)>)*`?" + _NAME
    + r"[ \t]+(?P<open>[\"']?)(?P<value>[^\s\"'`;<]{4,200})(?P=open)[ \t]*;?`?"
    r"(?:</(?:pre|code)>)*[ \t]*$")
"""A line that is `name value` (a list's bullet, a quote's `>`, a code span's backticks or
`<pre>`/`<code>` around it)."""
_SPAN = re.compile(r"`" + _NAME + r"[ \t]+(?P<open>[\"']?)(?P<value>[^\s\"'`;]{4,200})"
                   r"(?P=open);?`")
"""A code span that is `name value`."""
_QUOTED = re.compile(r"(?<![\w.-])" + _NAME + r"[ \t]+(?P<open>[\"'])(?P<value>[^\s\"'`]{4,200})"
                     r"(?P=open)")
"""A quoted value right after a name, anywhere on the line."""
_PASSWORD_NAME = re.compile(r"(?i)(?:require|master|auth|admin)_?pass(?:word)?|masterauth"
                            r"|passwd|pwd")
"""A dialect's own name for a password setting (Redis' `requirepass`, `masterauth`), judged
as `password` when its own name says nothing to the judges."""
_PASS_ON = re.compile(r"(?i)(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass")
"""nginx's directives that pass a request on to an upstream (`fastcgi_pass unix:/run/php.sock;`,
`proxy_pass http://app:8000;`): `pass` is the verb, the value an address."""
_ADDRESS = re.compile(r"^(?:unix:|[a-z][a-z0-9+.-]*://|/)")
"""A value that is a socket, a URL or a path."""
_RELATIVE_PATH = re.compile(r"^(?:[\w-]+/)+[\w.-]+\.[A-Za-z0-9]{1,6}$")
"""A value shaped as a relative path to a file (`analysis-2022/results-03.csv.c4gh`)."""
_SECRET_WORD = re.compile(r"(?i)pass|secret|token|key|auth|cred|pwd|pin")


def needs(folded: str) -> bool:
    """Whether a folded line may name a secret's setting."""
    return _SECRET_WORD.search(folded) is not None


def _relative_path(value: str) -> bool:
    """Whether a value is a relative path whose parts are words and numbers (a random part,
    `Qx7pLm2/Zr9.txt`, is not a path's)."""
    if not _RELATIVE_PATH.match(value):
        return False
    return all(part.isalpha() or part.isdigit()
               for part in re.split(r"[-_/.]", value.rsplit(".", 1)[0]) if part)


def spaced_settings(line: str, judge: Judge) -> Iterator[_Hit]:
    """Hits of each value a setting gives after a space only, judged as `name: value`."""
    seen: set[int] = set()
    for pattern in (_WHOLE, _SPAN, _QUOTED):
        for match in pattern.finditer(line):
            if match.start("value") in seen or not needs(match.group("name")):
                continue
            if (pattern is _QUOTED or not match.group("open")) and match.group(
                    "value").rstrip(".,:!?").isalpha():
                continue  # `Password Requirements`, `and password "opnsense"`: words
            if (_PASS_ON.fullmatch(match.group("name")) or _ADDRESS.match(match.group("value"))
                    or _relative_path(match.group("value"))):
                continue
            seen.add(match.start("value"))
            hits = list(judged_as_key(match.group("name"), match.group("value"),
                                      match.start("value"), judge, value_only=True))
            if not hits and _PASSWORD_NAME.fullmatch(match.group("name")):
                hits = list(judged_as_key("password", match.group("value"),
                                          match.start("value"), judge, value_only=True))
            yield from hits
