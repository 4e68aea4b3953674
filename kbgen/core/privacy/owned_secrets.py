"""A secret tied to a person: `Client secret for the customer: \\`hunter2x\\``, `The customer's
secret is \\`mysecretpassword\\`` (issue 19, branch leak35).

The other rules read a value right after its word, and accept a value that spells out being a
placeholder; a customer's, a user's or a member's secret is a real one whatever it spells, and
its owner may stand between the word and the value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kbgen.core.privacy.context import _Context, _fold, _Hit, _mask_secret
from kbgen.core.privacy.letter_passwords import _DESCRIBING, _DESCRIBING_END
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.word_needs import Words

OWNERS = ("customer", "client", "member", "patient", "tenant", "subscriber", "employee",
          "account holder", "buyer", "user")
"""Words for the person a secret belongs to; folded."""

_OWNER = rf"(?:{'|'.join(re.escape(word) for word in OWNERS)})s?"
_SECRET = (r"(?:client[ \t_-]*secret|secret|password|passphrase|passcode|passwd|api[ \t_-]*key"
           r"|access[ \t_-]*token|token|pin)")
_VERB = r"(?:[ \t]*[:=：][ \t]*|[ \t]+(?:is|was)(?:[ \t]+now)?[ \t]+|[ \t]+(?:—|–|-)[ \t]+)"
_VALUE = (r"(?:(?P<open>[`\"'“‘])(?P<quoted>[^\s`\"'”’<>]{4,64})[`\"'”’]"
          r"|(?P<bare>[^\s`\"'<>]{4,64}?)(?=[.,;!)]?(?:[\s\"'<|]|$)))")

_OWNED = re.compile(
    rf"(?i)(?:\b{_OWNER}(?:'s|’s|s'|’)[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?{_SECRET}"
    rf"|\b{_SECRET}[ \t]+(?:for|of)[ \t]+(?:(?:the|this|that|our|a|each|every|your)[ \t]+)?"
    rf"(?:[^\W\d_]+(?:'s|’s)?[ \t]+)?{_OWNER})\b{_VERB}{_VALUE}")
"""The owner's secret (`the customer's new password is …`) or the secret for its owner
(`Client secret for the customer: …`), a sign or a verb, then one value."""

_NAMED = re.compile(
    rf"(?:(?<![\w.])[A-Z][a-z]{{1,20}}(?:'s|’s)[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?i:{_SECRET})"
    rf"|(?<![\w.])(?i:{_SECRET})[ \t]+(?i:for|of)[ \t]+[A-Z][a-z]{{1,20}})\b{_VERB}"
    rf"(?P<open>[`\"'“‘])(?P<quoted>[^\s`\"'”’<>]{{4,64}})[`\"'”’]")
"""A named person's secret (`Anna's secret is \\`…\\``, `Secret for Anna: \\`…\\``): a name
of one capital and small letters (not `GitHub`), the value quoted."""

def named_at(line: str, start: int) -> bool:
    """A named person's quoted secret starts at `start` (`Anna's secret is \\`…\\``): a real
    case, even when it spells a placeholder (issue 19, branch leak36)."""
    return start in _named_starts(line)


@lru_cache(maxsize=64)
def _named_starts(line: str) -> frozenset[int]:
    return frozenset(match.start("quoted") for match in _NAMED.finditer(line))


_NOT_VALUE = re.compile(r"[<>{}\[\]$%]|\.\.\.|^[*x•.#_-]+$", re.IGNORECASE)
"""A placeholder's marks: `<password>`, `{{ secret }}`, `$TOKEN`, `%s`, `********`, `xxxx`."""


def _owned_secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """A value given as a customer's (or user's, member's ...) secret."""
    folded = _fold(line)
    if not _SECRETS_NEEDED(folded):  # what both patterns' _SECRET needs
        return
    owned = _OWNED.finditer(line) if _OWNERS_NEEDED(folded) else ()
    for match in (*owned, *_NAMED.finditer(line)):
        quoted = match.group("quoted")
        value = quoted or match.group("bare")
        group = "quoted" if quoted else "bare"
        if _NOT_VALUE.search(value) or value.isupper() and "_" in value:
            continue  # `YOUR_API_KEY`: a name, in capitals
        if not quoted and not _bare_value(value):
            continue
        yield _Hit(match.start(group), match.end(group), PASSWORD, _mask_secret(value))


def _bare_value(value: str) -> bool:
    """An unquoted value that is a secret, not the end of a sentence about one (`… is
    reset.`): a digit or a symbol in it, or a word of letters that does not describe (even one
    that spells a placeholder: it is the customer's)."""
    if value.isalpha():
        lowered = value.lower()
        return (len(set(lowered)) > 2 and lowered not in _DESCRIBING
                and not _DESCRIBING_END.search(lowered))
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


_SECRET_WORDS = ("secret", "passw", "passphrase", "passcode", "api", "token", "pin")
"""What _SECRET needs, folded."""


_SECRETS_NEEDED = Words(_SECRET_WORDS)
_OWNERS_NEEDED = Words(OWNERS)
"""_SECRET_WORDS and OWNERS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text names a secret and an owner, a possessive or `for` (a named person's)."""
    return _SECRETS_NEEDED(folded) and (
        _OWNERS_NEEDED(folded) or "'s" in folded or "’s" in folded
        or " for " in folded or " of " in folded)
