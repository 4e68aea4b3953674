"""The order of a category's articles in the old site, kept as each article's `order`: from
the page's own position (Docusaurus `sidebar_position`, Hugo `weight`, Jekyll `nav_order`),
its folder's, the site's nav or sidebars, or the number its file name starts with."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

POSITION_KEYS = ("sidebar_position", "nav_order", "weight", "order")
"""Front matter keys that place a page among its siblings, by generator."""
STEP = 10
"""Distance between two imported articles' `order`, so an author can put one between."""
FIRST = -math.inf
"""The place of a folder's own page (its index, or the doc a Docusaurus category links to)."""
UNPLACED = math.inf
"""The place of a page the old site gave none: after the placed ones."""

LARGEST = 2 ** 53
"""Positions beyond this (`weight: 1e400`, a 400-digit whole number) place nothing: a float
no longer holds them exactly, or at all (rev43: a 400-digit `weight` stopped the import)."""
_NUMBER = re.compile(r"^(\d+)[-_. ]+")


def position(meta: Mapping[str, Any], unset_zero: bool = False) -> float | None:
    """The first number among the page's position keys (`unset_zero`: Hugo's `weight: 0`
    means none)."""
    for key in POSITION_KEYS:
        value = meta.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) \
                and abs(value) <= LARGEST and not (unset_zero and value == 0):
            return float(value)
    return None


def number_of(name: str) -> float | None:
    """The number a file or folder name starts with (`02-install` -> 2)."""
    found = _NUMBER.match(name)
    return float(found.group(1)) if found else None


class Placed(Protocol):
    """An imported article with its place in the old site (outer folders first)."""

    @property
    def place(self) -> tuple[float, ...]:
        """Its place; empty when unknown."""
        ...

    @property
    def origin(self) -> str:
        """Where it came from (ties go by this, as generators sort file names)."""
        ...


def orders(articles: Iterable[Placed]) -> dict[int, int]:
    """`id(article)` -> its `order` among `articles` (one category's), in steps of STEP; empty
    when none has a place of its own or all share one (Zendesk's `position: 0` everywhere):
    then the site lists them by title, as before."""
    found = list(articles)
    if not any(math.isfinite(p) for a in found for p in a.place) \
            or len({a.place for a in found}) < 2:
        return {}
    ranked = sorted(found, key=lambda a: (a.place or (UNPLACED,), a.origin))
    return {id(article): STEP * rank for rank, article in enumerate(ranked, 1)}
