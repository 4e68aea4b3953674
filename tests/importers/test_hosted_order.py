"""Hosted help centres' article order: a Help Scout category lists its articles by its
`defaultSort` (developer.helpscout.com, "Category Object"), kept as `order`; Intercom's API has
no article order, and the summary says so instead of implying one was kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kbgen.importers import helpscout, intercom
from kbgen.importers.article_order import orders
from kbgen.importers.exports import Document
from tests.importers.conftest import EXPORTS

CATEGORY = "c1"


def article(key: str, name: str, popularity: float, updated: str) -> dict[str, Any]:
    """A Help Scout article of the category, as `GET /articles/{id}` returns it."""
    return {"id": key, "name": name, "text": f"<p>{name}.</p>", "collectionId": "k1",
            "categories": [CATEGORY], "status": "published", "popularity": popularity,
            "viewCount": int(popularity * 100), "updatedAt": updated}


ARTICLES = [article("a1", "Alpha", 2.0, "2024-01-01T00:00:00Z"),
            article("a2", "Bravo", 4.5, "2023-01-01T00:00:00Z"),
            article("a3", "Charlie", 3.0, "2025-06-01T00:00:00Z")]
CUSTOM_LIST = ["a3", "a1", "a2"]
"""The category's articles as `GET /categories/c1/articles` lists them (its custom order)."""


@pytest.mark.parametrize("sort, expected", [
    ("popularity", ["Bravo", "Charlie", "Alpha"]),
    ("updatedAt", ["Charlie", "Alpha", "Bravo"]),
    ("custom", ["Charlie", "Alpha", "Bravo"]),
    ("name", []),  # by title: kbgen's own order, nothing written
    (None, []),  # an export without the field: no order claimed
])
def test_helpscout_category_sort(sort: str | None, expected: list[str]) -> None:
    category = {"id": CATEGORY, "collectionId": "k1", "name": "Setup", "order": 1}
    if sort:
        category["defaultSort"] = sort
    documents = [Document("collections", {"collections": [{"id": "k1", "name": "Docs"}]}),
                 Document("categories", {"categories": {"items": [category]}}),
                 Document("list", {"articles": {"items": [{"id": k} for k in CUSTOM_LIST]}}),
                 *[Document(a["id"], {"article": a}) for a in ARTICLES]]
    found = helpscout.read(documents, Path("export")).articles
    ranks = orders(found)
    assert [a.title for a in sorted(found, key=lambda a: ranks.get(id(a), 0))
            if id(a) in ranks] == expected


def test_intercom_says_its_order_is_not_kept() -> None:
    documents = [Document("articles", json.loads(
        (EXPORTS / "intercom" / "articles.json").read_text(encoding="utf-8")))]
    assert intercom.read(documents, Path("export")).notes == [intercom.ORDER_NOTE]
    one = [Document("one", {"type": "article", "id": "1", "title": "One", "body": "<p>x</p>",
                            "parent_id": 7})]
    assert intercom.read(one, Path("export")).notes == []
