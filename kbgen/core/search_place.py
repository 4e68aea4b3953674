"""Where an article sits, as search words: the title of its category (the folder it is in).

Sibling articles often share a title ("Install", "Import from a hard drive") and differ by
their place in the site: a query naming that place ("starter kit missing resistor", the
answer in "Kits") reaches the one that sits there. The place is indexed as its own field
(`place`, FIELD_BOOSTS) at a low weight, so that it orders siblings without pulling pages
from other categories above the answer (bench/RESULTS.md, rel38)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # search_fields imports this module, and the model imports search_fields
    from kbgen.core.model import Article, Category

PLACE_BOOST = 0.5
"""The `place` field's boost: a quarter of a body word's. Measured on the six tuning sets
(bench/relevance.py): 0.25 to 2 take one Arduino answer from 6th to 2nd; 0.5 also one
DuckDuckGo answer from 2nd to 1st; 2 loses a DuckDuckGo answer, 4 an Ente one."""


def place_text(article: Article, categories: Mapping[str, Category]) -> str:
    """The words of an article's place: its category's title ("" when the category has no
    entry in `_data/categories.yml`; the folder's name is not a reader's word)."""
    category = categories.get(article.category)
    return category.info.title if category else ""
