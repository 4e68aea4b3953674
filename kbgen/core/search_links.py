"""Words found only in link text count less: a page that lists other pages (an overview, a
home page, a list of news) holds their titles in its links, and would otherwise come before
the pages it links to when a query names one of them.

A body's terms found only in the text of its links (`search_text.link_text`) move from the
`body` field to the `links` field (FIELD_BOOSTS), whose boost is lower; a term found in the
body's other text too stays in `body`, every count of it. Worked out at build time into the
index's postings, so `kbgen search` and the browser's worker rank alike with no code of their
own (bench/RESULTS.md, rel49)."""

from __future__ import annotations

import os
from collections import Counter

LINKS_BOOST = float(os.environ.get("KB_LINKS_BOOST", "1.0"))
"""The `links` field's boost: half a body word's."""
LINK_SHARE = float(os.environ.get("KB_LINK_SHARE", "0"))
"""The least share of a body's terms that are link text for its link-only terms to move."""


def split_links(body: Counter[str], links: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """`body`'s terms, and the terms of its links' text (`links`) found nowhere else in it
    (with their counts in `body`), when link text is LINK_SHARE or more of the body; else
    `body` and no link terms."""
    total = sum(body.values())
    if not links or not total or sum(links.values()) < LINK_SHARE * total:
        return body, Counter()
    only = Counter({term: body[term] for term, count in links.items()
                    if 0 < body[term] <= count})
    return (Counter({term: count for term, count in body.items() if term not in only})
            if only else body), only
