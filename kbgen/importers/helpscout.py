"""Help Scout Docs: the Docs API's JSON (collections, categories, articles). Categories become
kbgen categories; articles in no category go to one named after their collection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kbgen.importers.exports import Document, date_of, items, key_of, text_of
from kbgen.importers.helpscout_order import CategorySort
from kbgen.importers.htmltext import plain_text
from kbgen.importers.model import Export, SourceArticle, SourceCategory

NAME = "helpscout"


def detect(documents: list[Document]) -> bool:
    """Articles with a `collectionId`."""
    return any("collectionId" in a for a in items(documents, "articles"))


def read(documents: list[Document], source: Path) -> Export:
    """Read the export."""
    export = Export(NAME, files=source if source.is_dir() else None,
                    link_patterns=[r"/article/(\d+)(?:-|$)"])
    collections = {key_of(c.get("id")): c for c in items(documents, "collections")}
    for collection in sorted(collections.values(), key=lambda c: c.get("order", 0)):
        key = f"collection:{key_of(collection.get('id'))}"
        export.categories[key] = SourceCategory(
            key, text_of(collection.get("name")) or "Articles",
            plain_text(collection.get("description") or ""), order=collection.get("order", 0),
            old_urls=_public_url(collection))
    for category in sorted(items(documents, "categories"),
                           key=lambda c: (collections.get(key_of(c.get("collectionId")), {})
                                          .get("order", 0), c.get("order", 0))):
        key = key_of(category.get("id"))
        export.categories[key] = SourceCategory(
            key, text_of(category.get("name")) or "Articles",
            plain_text(category.get("description") or ""),
            parent=f"collection:{key_of(category.get('collectionId'))}",
            old_urls=_public_url(category))
    users = {key_of(u.get("id")): text_of(f"{u.get('firstName') or ''} {u.get('lastName') or ''}")
             for u in [*items(documents, "users"), *_embedded_users(documents)]}
    sort = CategorySort.of(documents)
    seen: set[str] = set()
    for article in items(documents, "articles"):
        key = key_of(article.get("id"))
        if key in seen or "text" not in article:
            if key not in seen:
                export.skipped.append((f"article {key}", "listed without its text (the list"
                                       " endpoint); export each article with GET /articles/{id}"))
            continue
        seen.add(key)
        categories = [key_of(c) for c in article.get("categories") or []]
        placed = categories[0] if categories else \
            f"collection:{key_of(article.get('collectionId'))}"
        imported = SourceArticle(
            f"article {article.get('number') or key}", text_of(article.get("name")),
            article.get("text") or "", placed if placed in export.categories else None,
            tags=[text_of(k) for k in article.get("keywords") or [] if text_of(k)],
            authors=[users[a] for a in [key_of(article.get("createdBy"))] if users.get(a)],
            created=date_of(article.get("createdAt")),
            updated=date_of(article.get("updatedAt") or article.get("lastPublishedAt")),
            status="published" if article.get("status") == "published" else "draft",
            old_urls=[article["publicUrl"]] if article.get("publicUrl") else [],
            link_keys=[key, key_of(article.get("number"))],
            related=[key_of(r) for r in article.get("related") or []],
            place=sort.place(article, placed))
        if len(categories) > 1:
            imported.warnings.append("in several categories in Help Scout; imported into the"
                                     " first one only")
        if article.get("hasDraft"):
            imported.warnings.append("has unsaved draft changes in Help Scout; the published"
                                     " text was imported")
        collection = collections.get(key_of(article.get("collectionId")), {})
        if collection.get("visibility") == "private" and imported.status == "published":
            imported.status = "internal"
            imported.warnings.append("its collection is private in Help Scout: imported as"
                                     " internal, not published")
        export.articles.append(imported)
    return export


def _embedded_users(documents: list[Document]) -> list[dict[str, Any]]:
    """Users as the Help Scout Mailbox API lists them (`_embedded.users`)."""
    found = []
    for document in documents:
        embedded = document.data.get("_embedded") if isinstance(document.data, dict) else None
        if isinstance(embedded, dict) and isinstance(embedded.get("users"), list):
            found += [u for u in embedded["users"] if isinstance(u, dict)]
    return found


def _public_url(item: dict[str, Any]) -> list[str]:
    """The page address of a collection or category, if the export has it."""
    url = item.get("publicUrl")
    return [url] if isinstance(url, str) and url else []
