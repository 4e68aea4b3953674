"""Which terms a query word reaches as a prefix: words it begins, not identifiers.

A word typed as a prefix reaches the index terms that begin with it. API references and
configuration pages hold many identifiers made of words and `_`, `.`, `@` or `=`
(`followers_count`, `page_max_id`, `sidekiq.conf`, `email_domain_allowlist`): each is a term
of its own, so a prefix such as `follow` reached `followers_count`, `following_count` and
`follow_requests_count` too, and a page listing attributes added up points for every one,
ahead of the user guide that answers the question in words. A prefix now reaches only the
terms that go on in letters, marks and digits (`follow` -> `followers`, `following`); an
identifier is still found when it is typed (its own stem, or a prefix of it that holds the
separator). `wordPrefix` in kb-search.js reads the same characters.
"""

from __future__ import annotations

import unicodedata


def continues_word(term: str, prefix: str) -> bool:
    """Whether `term`, which begins with `prefix`, goes on in letters, marks or digits only
    (Unicode categories L, M and N)."""
    return all(unicodedata.category(char)[0] in "LMN" for char in term[len(prefix):])
