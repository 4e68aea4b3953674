"""A configuration key naming a password given one word of letters: `DB_PASSWORD: sunflower`,
an indented `password: sunflower` (issue 19, branch leak36).

colon_letters leaves a prefixed key (`DB_PASSWORD`) and a nested mapping's key to
configurations, whose documented defaults look the same. Here the value decides: defaults and
placeholders (`postgres`, `changeme`, `secret`, `<password>`) stay accepted by
kbgen.core.examples, and so do describing words and a value in capitals (a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.colon_letters import _plain
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit

_KEY = re.compile(
    r"(?i)(?:^|\||>|`)[ \t]*(?:-[ \t]+)?[\"']?(?:[a-z][a-z0-9]*[_.-])*(?:password|passwd|pwd)"
    r"[\"']?[ \t]*:[ \t]+(?P<open>[\"'])?(?P<value>[A-Za-z]{4,64})(?(open)[\"']|)"
    r"[ \t]*(?:#.*$|$|\||<|`)")
r"""A YAML key (maybe prefixed or nested) naming a password, one word of letters after it
ending the line (or before a comment), a table's cell, an HTML element or a code span (leak37:
`| \`password: sunflower\` |`). Not an added line
of a diff (`+    password: pardo`, CSC's ConfigMap example of a made-up `user: pepe`): the
one false finding on the clean corpora this rule made there."""


def _config_letters(line: str, context: _Context) -> Iterator[_Hit]:
    """A word of letters given to a key naming a password (the value decides)."""
    for match in _KEY.finditer(line):
        if not match.group("value").isupper() and _plain(
                match.group("value"), bool(match.group("open"))):
            yield _famous_or_hit(line, match.start("value"), match.group("value"))


def needs(folded: str) -> bool:
    """A folded text holds a password key and a colon."""
    return ":" in folded and ("passw" in folded or "pwd" in folded)
