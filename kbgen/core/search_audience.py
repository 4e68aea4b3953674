"""Pages written for developers rank below the customer's page, unless the query is a developer's.

A help centre often publishes its API reference, its specifications and its developers'
guides beside the pages for its customers. Those pages hold the customer's words too
(`account`, `post`, `notebook`, `sync`), in long lists of attributes and parameters, and
outranked the page the customer's question was about (Mastodon's `entities-account` above
`user-profile` for `lock my account so people need approval to follow`). Nothing in a page's
metadata says who it is for, but its words do: a developer's page is dense in the words of
programming interfaces (`parameter`, `string`, `boolean`, `endpoint`, `json`, ...).

So a page whose body holds more than DEVELOPER_SHARE of DEVELOPER_WORDS has its rank (among
the first results) multiplied by DEVELOPER_SHARE / its share: a page at twice the share
keeps half its rank. A query holding one of the words itself (`get an access token for my
bot`, `what scope do i need`) is a developer's: no page's rank changes. English sites only.

The index holds each such page's weight in thousandths (`audience`: reference -> weight);
the browser's worker ranks the same way (`audienceRank` in kb-search.js). Measured on the
seven tuning sets (bench/RESULTS.md, rel47).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

DEVELOPER_SHARE = 0.03
"""The share of DEVELOPER_WORDS in a body above which a page counts as a developer's
(measured: 0.02 lost DuckDuckGo and Arduino answers, 0.06 an Arduino one; 0.03 and 0.04
lost none)."""
AUDIENCE_SCALE = 1000
"""Weights are written in thousandths."""
DEVELOPER_WORDS = frozenset("""
    api apis argument arguments array attribute attributes boolean bool callback class classes
    column compile database developer developers endpoint endpoints enum function functions
    hash header headers http https implement implementation integer interface json library
    method methods module null nullable oauth object objects param params parameter parameters
    payload properties property protocol repository request requests response responses return
    returns schema scope scopes sdk spec specification string strings timestamp token tokens
    variable variables webhook webhooks websocket websockets
""".split())
"""The words of programming interfaces, in English, as a reader sees them (not stemmed)."""
_WORD = re.compile(r"[a-z][a-z']+")


def audience_weight(body: str) -> int:
    """A page's weight in thousandths from its body's plain text: AUDIENCE_SCALE unless
    more than DEVELOPER_SHARE of its words are DEVELOPER_WORDS."""
    words = _WORD.findall(body.lower())
    developer = sum(1 for word in words if word in DEVELOPER_WORDS)
    if developer <= DEVELOPER_SHARE * len(words):
        return AUDIENCE_SCALE
    return round(AUDIENCE_SCALE * DEVELOPER_SHARE * len(words) / developer)


def audience_weights(bodies: Iterable[tuple[int, str]], english: bool) -> dict[str, int]:
    """The weights below AUDIENCE_SCALE of pages given as (reference, body), by reference
    (a string, as JSON keys are); none unless the site is English."""
    if not english:
        return {}
    return {str(ref): weight for ref, body in bodies
            if (weight := audience_weight(body)) < AUDIENCE_SCALE}


def developer_query(words: Sequence[str]) -> bool:
    """Whether a query (its words as read, before stemming) is a developer's."""
    return any(word in DEVELOPER_WORDS for word in words)


def audience_rank(ranked: float, ref: int, weights: Mapping[str, int]) -> float:
    """A rank times the page's weight: multiplied, then divided by AUDIENCE_SCALE, in
    doubles, as the worker's `audienceRank`; unchanged for a page of full weight."""
    weight = weights.get(str(ref))
    return ranked if weight is None else ranked * weight / AUDIENCE_SCALE
