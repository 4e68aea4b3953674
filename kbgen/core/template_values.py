"""A private address the sentence gives as a template's value, for the gate (issue 19).

Authelia's integration suites: "hosted on the address `${SUITE_SUBNET}.100:8080`, which is
`192.168.240.100:8080` for local development": the address is what a variable written just
before it expands to in the project's own set-up, the same on every developer's computer. The
template and the value must agree (the template's literal end, `.100:8080`, ends the value),
joined by `which is` / `i.e.` / `that is` / `=`; a sentence saying whose it is (`in
production`, `our`, a customer) stays a finding, as the caller's guards judge.
"""

from __future__ import annotations

import re

from kbgen.core.claim_words import CASE, LIVE, OUR, words

_TEMPLATE_THEN_VALUE = re.compile(
    r"""[`'"]?(?:\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*|\{\{[ \t]*[\w.]+[ \t]*\}\}|<[\w-]+>)"""
    r"""([\w.:/-]*)[`'"]?[ \t]*,?[ \t]*(?:which[ \t]+is|that[ \t]+is|i\.e\.|=)[ \t]*[`'"]?$""")
_WHOSE = re.compile(r"(?i)(?<![a-z])(?:our|my|customers?|clients?|tenants?|prod|production"
                    r"|live|staging|real|actual|" + words(OUR, CASE, LIVE, english=False)
                    + r")(?![a-z])")


def template_value(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` follows a template it expands (`${SUBNET}.100:8080`,
    which is `192.168.240.100:8080`), and the rest of its line says no one's."""
    found = _TEMPLATE_THEN_VALUE.search(line, max(0, start - 120), start)
    if found is None or found.end() != start:
        return False
    literal = found.group(1)
    value_end = end
    while value_end < len(line) and re.match(r"[\w.:/-]", line[value_end]):
        value_end += 1  # the port and path after the address
    return (bool(literal) and line[start:value_end].endswith(literal)
            and not _WHOSE.search(line))
