"""Lists a sentence introduces as examples, for the gate (issue 19).

Firefly III's API page: "Some common examples include:" then a list of callback URLs, each with
a private address or a home network's name (`http://172.16.0.2/callback` "(172.16 is a common
IP range for Docker hosts)", `https://data-importer.home/callback`). The introduction says what
the items are, as `e.g.` before a value would. Judged as kbgen.core.example_assumptions judges
an example's assumptions: an item saying whose on its line or its continued lines (`the
customer's NAS`, `__Home NAS:__`, `production`, `our office`; host names aside, so
`data-importer.home` says no `home`) stays a finding. Only an introduction that is a paragraph
saying nothing but that examples follow counts: one saying more (`Examples of our office hosts:`,
`Examples of the hosts that failed last night:`) tells of real things (rev50). The caller
(kbgen.core.surroundings) adds its own guards.
"""

from __future__ import annotations

import re

from kbgen.core import translated_claims
from kbgen.core.example_assumptions import _ITEM, _WHOSE, _item_lines, introduction_at

_BARE = re.compile(
    r"(?i)[ \t]*[*_]*(?:(?:(?:here|below|these) are )?(?:some |a few )?(?:common |typical )?"
    r"(?:examples?(?: include| are)?|for (?:example|instance)|e\.\s?g\.)"
    r"|(?:einige )?beispiele|(?:quelques )?exemples|(?:algunos )?ejemplos)[ \t]*:[*_]*[ \t]*")
"""An introduction saying only that examples follow (`Some common examples include:`, in
English, German, French and Spanish). One saying more (`Examples of the hosts that failed
last night:`, `Several servers were affected, such as:`) tells of real things (rev50)."""
_TRANSLATED_WHOSE = re.compile(r"(?i)" + translated_claims.pattern(*translated_claims.PLACING))
"""What places a value with someone in the languages beyond claim_words' six (`nasz serwer`,
`客户的路由器`): the paragraph above a list's introduction or its section's heading saying so
makes no example of its items (net58). The translated labels themselves (`Esempi:`, `例：`)
introduce no examples: net58 read them in RustDesk's option shape, rev58 put 26 leaks through
it and a narrower shape still passed names no list knows (fixn58)."""
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
"""A host name or a dotted address (`data-importer.home`), which names no owner here."""


def paragraph_above(lines: list[str], above: int) -> str:
    """The paragraph (or table) above line `above`, an introduction: what it introduces
    (`From ticket #4821, Jane Doe's firewall export:` over `**Examples:**`, rev51)."""
    end = above - 1
    while end >= 0 and not lines[end].strip():
        end -= 1
    first = end
    while first > 0 and lines[first - 1].strip():
        first -= 1
    return "\n".join(lines[max(first, 0):end + 1])


def listed(lines: list[str], index: int) -> bool:
    """Line `index` is an item of a list whose introduction, a paragraph of its own, says only
    that examples follow, and the item says not whose."""
    if not _ITEM.match(lines[index]) or any(
            _WHOSE.search(_DOTTED.sub(" ", line)) for line in _item_lines(lines, index)):
        return False
    above = introduction_at(lines, index)
    if above is None or not (above == 0 or not lines[above - 1].strip()):
        return False  # not a paragraph of its own
    return bool(_BARE.fullmatch(lines[above]))


def placed_in_translation(text: str) -> bool:
    """`text` (the paragraph above a list's introduction and its section's heading, read by
    the caller) places what it introduces with someone in a language beyond claim_words' six
    (`Serwery naszej firmy`, `## 客户的服务器`), host names and dotted addresses aside."""
    return bool(_TRANSLATED_WHOSE.search(_DOTTED.sub(" ", text)))
