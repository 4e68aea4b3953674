"""Lists a sentence introduces as examples, for the gate (issue 19).

Firefly III's API page: "Some common examples include:" then a list of callback URLs, each with
a private address or a home network's name (`http://172.16.0.2/callback` "(172.16 is a common
IP range for Docker hosts)", `https://data-importer.home/callback`). The introduction says what
the items are, as `e.g.` before a value would. Judged as kbgen.core.example_assumptions judges
an example's assumptions: an item saying whose on its line or its continued lines (`the
customer's NAS`, `__Home NAS:__`, `production`, `our office`; host names aside, so
`data-importer.home` says no `home`) or an introduction saying whose (`Examples of our office
hosts:`) stays a finding, and the caller (kbgen.core.surroundings) adds its own guards.
"""

from __future__ import annotations

import re

from kbgen.core.example_assumptions import _ITEM, _OWNED, _WHOSE, _item_lines, introduction

_EXAMPLES = re.compile(r"(?i)\b(?:examples?|for instance|e\.\s?g\.|such as)\b"
                       r"|\bbeispiele?\b|\bexemples?\b|\bejemplos?\b")
"""Words calling what follows examples (in English, German, French and Spanish)."""
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""A host name or a dotted address (`data-importer.home`), which names no owner here."""


def listed(lines: list[str], index: int) -> bool:
    """Line `index` is an item of a list whose introduction calls its items examples, and
    neither the item nor the introduction says whose."""
    if not _ITEM.match(lines[index]) or any(
            _WHOSE.search(_DOTTED.sub(" ", line)) for line in _item_lines(lines, index)):
        return False
    line = introduction(lines, index)
    return bool(_EXAMPLES.search(line)) and not _OWNED.search(line)
