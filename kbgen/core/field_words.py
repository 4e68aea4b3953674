"""A password spelt from its own field's name, for the gate (issue 19).

Authelia's `sentinel_password: 'sentinel_specific_pass'`: the value repeats the word its field
is named after (`sentinel`), a credential's word (`pass`) and at most one word of its own
saying which or whose (`specific`, QUALIFIERS): a template's stand-in saying whose password
goes there, as `my_robot_password` says it with `my` (kbgen.core.examples). Letters only,
every part a word: a digit (`sentinel_Kq8v_pass`, `sentinel_pass_2024`), random letters
(`sentinel_vbnmqz_pass`), any other word (`redis_kangaroo_pass`: a real passphrase's), two
words of its own (`sentinel_tango_foxtrot_pass`) or no word of the field's name
(`redis_password: 'sentinel_specific_pass'`) stay findings.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import word_like

REASON = "a password spelt from its field's own name and a credential's word"

QUALIFIERS = frozenset({
    "specific", "own", "my", "your", "custom", "example", "sample", "dummy", "default", "secure",
    "strong", "super", "some", "new", "test", "demo", "unique", "random", "long", "private",
    "changeme", "placeholder"})
"""The one word of its own a stand-in may add: it says which or whose password goes there
(`sentinel_specific_pass`); any other word (`redis_kangaroo_pass`) may be a real passphrase's."""
_SELF = frozenset({"password", "passwd", "pass", "pwd", "passphrase", "secret", "token", "key",
                   "apikey", "credential", "credentials"})
_NAME = re.compile(r"""([A-Za-z][\w.-]*)["'`\]]?\s*(?:[:=]|=>)?\s*["'`]?$""")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def spelt_from_field(value: str, field: str) -> bool:
    """`value`, given to the field whose name ends `field`, is spelt from a word of that name,
    a credential's word and at most one word of its own."""
    if not re.fullmatch(r"[A-Za-z]+(?:[-_.][A-Za-z]+)+", value):
        return False
    name = _NAME.search(field[-80:])
    if name is None:
        return False
    own = {word for word in _words(name.group(1)) if word not in _SELF
           and not word.startswith(("pass", "pwd"))}
    words = _words(value)
    named = [word for word in words if word in own]
    selves = [word for word in words if word in _SELF]
    others = [word for word in words if word not in own and word not in _SELF]
    return bool(named and selves) and len(others) <= 1 and all(
        word in QUALIFIERS and word_like(word) for word in others)


def _words(text: str) -> list[str]:
    return [word.lower() for part in re.split(r"[-_.]", text) for word in _WORDS.findall(part)]
