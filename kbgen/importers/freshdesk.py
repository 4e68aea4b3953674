"""Freshdesk: the solutions API's JSON (categories, folders, articles; agents optional), as
separate files or nested (`categories[].folders[].articles[]`). Folders become categories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kbgen.importers.exports import Document, date_of, items, key_of, text_of
from kbgen.importers.htmltext import plain_text
from kbgen.importers.model import Export, SourceArticle, SourceCategory
from kbgen.importers.slugs import slugify

NAME = "freshdesk"
DRAFT, PUBLISHED = 1, 2
ALL_USERS = 1
"""Folder visibility 1: shown to everyone; other values restrict it to signed-in users."""


def detect(documents: list[Document]) -> bool:
    """Articles with a `folder_id` and a numeric `status`."""
    return any("folder_id" in a and isinstance(a.get("status"), int)
               for a in _articles(documents))


def _folders(documents: list[Document]) -> Iterator[dict[str, Any]]:
    yield from items(documents, "folders")
    for category in items(documents, "categories"):
        for folder in category.get("folders") or []:
            yield {"category_id": category.get("id"), **folder}


def _articles(documents: list[Document]) -> Iterator[dict[str, Any]]:
    yield from items(documents, "articles")
    for folder in _folders(documents):
        for article in folder.get("articles") or []:
            yield {"folder_id": folder.get("id"), **article}


def read(documents: list[Document], source: Path) -> Export:
    """Read the export."""
    export = Export(NAME, files=source if source.is_dir() else None,
                    link_patterns=[r"/solutions/articles/(\d+)"])
    parents = {key_of(c.get("id")): c for c in items(documents, "categories")}
    for key, category in parents.items():
        export.categories[f"category:{key}"] = SourceCategory(
            f"category:{key}", text_of(category.get("name")) or "Articles",
            plain_text(category.get("description") or ""),
            old_urls=[f"/support/solutions/{key}"])
    folders = {}
    for folder in _folders(documents):
        key = key_of(folder.get("id"))
        folders[key] = folder
        parent = parents.get(key_of(folder.get("category_id")), {})
        grouped = f"category:{key_of(folder.get('category_id'))}"
        export.categories[key] = SourceCategory(
            key, text_of(folder.get("name")) or "Articles",
            plain_text(folder.get("description") or parent.get("description") or ""),
            parent=key_of(folder.get("parent_folder_id")) or (
                grouped if grouped in export.categories else None),
            old_urls=[f"/support/solutions/folders/{key}"])
    agents = {key_of(a.get("id")): text_of((a.get("contact") or {}).get("name") or a.get("name"))
              for a in items(documents, "agents")}
    seen: set[str] = set()
    for article in _articles(documents):
        key = key_of(article.get("id"))
        if key in seen:
            continue
        seen.add(key)
        title = text_of(article.get("title"))
        seo = article.get("seo_data") or {}
        imported = SourceArticle(
            f"article {key}", title, article.get("description") or "",
            key_of(article.get("folder_id")) or None,
            summary=text_of(seo.get("meta_description")),
            tags=[text_of(t) for t in article.get("tags") or [] if text_of(t)],
            authors=[agents[a] for a in [key_of(article.get("agent_id"))] if agents.get(a)],
            created=date_of(article.get("created_at")), updated=date_of(article.get("updated_at")),
            status="published" if article.get("status") == PUBLISHED else "draft",
            old_urls=[article.get("url") or
                      f"/support/solutions/articles/{key}-{slugify(title, 'article')}"],
            link_keys=[key])
        if not article.get("url"):
            imported.warnings.append("the export has no page address: the old address was"
                                     " rebuilt from id and title; check it against the old site")
        if listed := _attachments_left(article):
            imported.warnings.append(f"attachments not in the export ({', '.join(listed)}):"
                                     " download them into content/assets/imported/ and link"
                                     " them from the article, or leave them out")
        folder = folders.get(key_of(article.get("folder_id")), {})
        if folder.get("visibility", ALL_USERS) != ALL_USERS and imported.status == "published":
            imported.status = "internal"
            imported.warnings.append("its folder is not visible to everyone in Freshdesk:"
                                     " imported as internal, not published")
        export.articles.append(imported)
    return export


def _attachments_left(article: dict[str, Any]) -> list[str]:
    """Names of the files attached below an article (`attachments`) that its text does not
    link: the portal listed them, the export holds only their addresses."""
    body = str(article.get("description") or "")
    return [text_of(a.get("name")) for a in article.get("attachments") or []
            if isinstance(a, dict) and text_of(a.get("name"))
            and str(a.get("attachment_url") or "\0") not in body]
