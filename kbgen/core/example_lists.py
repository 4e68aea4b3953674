"""Lists a sentence introduces as examples, for the gate (issue 19).

Firefly III's API page: "Some common examples include:" then a list of callback URLs, each with
a private address or a home network's name (`http://172.16.0.2/callback` "(172.16 is a common
IP range for Docker hosts)", `https://data-importer.home/callback`). The introduction says what
the items are, as `e.g.` before a value would. The caller (kbgen.core.surroundings) judges each
item as an example: an introduction (`Examples of our office hosts:`) or an item (`the
customer's NAS`) that says whose stays a finding.
"""

from __future__ import annotations

import re

_EXAMPLES = re.compile(r"(?i)\b(?:examples?|for instance|e\.\s?g\.|such as)\b"
                       r"|\bbeispiele?\b|\bexemples?\b|\bejemplos?\b")
"""Words calling what follows examples (in English, German, French and Spanish)."""


def introduces_examples(introduction: str) -> bool:
    """The line introducing a list (kbgen.core.example_assumptions.introduction, ending with
    `:`) calls its items examples."""
    return bool(_EXAMPLES.search(introduction))
