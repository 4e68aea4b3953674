"""The order of a Help Scout category's articles, as its Docs site listed them: the category's
`defaultSort` (developer.helpscout.com, "Category Object") says how. `popularity` (Help Scout's
default): the most popular first; `updatedAt`: the newest first; `custom`: the order Help Scout
lists the category's articles in (`GET /categories/{id}/articles` sorts by `order`, the custom
order, unless told otherwise), taken from a list document of the export; `name`: by title,
kbgen's own order, so none is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kbgen.importers.exports import Document, date_of, items, key_of


@dataclass
class CategorySort:
    """Each category's `defaultSort`, and where the export's article lists put each article."""

    sorts: dict[str, str] = field(default_factory=dict)
    """Category id -> `popularity`, `name`, `updatedAt` or `custom`."""
    listed: dict[str, int] = field(default_factory=dict)
    """Article id -> its place in the first list of several articles that names it (a
    document of one article each says nothing of the order)."""

    @classmethod
    def of(cls, documents: list[Document]) -> CategorySort:
        """The sorts and list places of an export."""
        sorts = {key_of(c.get("id")): c["defaultSort"] for c in items(documents, "categories")
                 if isinstance(c.get("defaultSort"), str)}
        listed: dict[str, int] = {}
        for document in documents:
            found = list(items([document], "articles"))
            if len(found) > 1:
                for rank, article in enumerate(found):
                    listed.setdefault(key_of(article.get("id")), rank)
        return cls(sorts, listed)

    def place(self, article: dict[str, Any], category: str) -> tuple[float, ...]:
        """`article`'s place among its category's (empty: by title, or unknown)."""
        sort = self.sorts.get(category)
        if sort == "popularity":
            return (-_number(article.get("popularity")), -_number(article.get("viewCount")))
        if sort == "updatedAt":
            day = date_of(article.get("updatedAt"))
            return (-float(day.toordinal()),) if day else ()
        if sort == "custom":
            rank = self.listed.get(key_of(article.get("id")))
            return (float(rank),) if rank is not None else ()
        return ()


def _number(value: Any) -> float:
    """A number of the export (popularity, views), 0 when it is none."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        and abs(value) < 2 ** 53 else 0.0
