"""Intercom: the REST API's article list (`GET /articles`), with the help centre's
collections and sections (`GET /help_center/collections`) and admins (`GET /admins`) when
present. The article's parent collection or section becomes its category."""

from __future__ import annotations

from pathlib import Path

from kbgen.importers.exports import Document, date_of, items, key_of, text_of, typed
from kbgen.importers.hosted_languages import add_translations, language_of
from kbgen.importers.model import Export, SourceArticle, SourceCategory

NAME = "intercom"


def detect(documents: list[Document]) -> bool:
    """A list of objects of type `article`."""
    return any(True for _ in typed(documents, "article"))


def read(documents: list[Document], source: Path) -> Export:
    """Read the export."""
    export = Export(NAME, files=source if source.is_dir() else None,
                    link_patterns=[r"/articles/(\d+)(?:-|$)"])
    for kind in ("collection", "section"):
        for parent in sorted(typed(documents, kind), key=lambda c: c.get("order") or 0):
            key = key_of(parent.get("id"))
            export.categories[key] = SourceCategory(
                key, text_of(parent.get("name")) or "Articles", text_of(parent.get("description")),
                order=parent.get("order") or 0, parent=key_of(parent.get("parent_id")) or None,
                old_urls=[parent["url"]] if isinstance(parent.get("url"), str) and parent["url"]
                else [])
    admins = {key_of(a.get("id")): text_of(a.get("name")) for a in items(documents, "admins")}
    seen: set[str] = set()
    translations: list[tuple[str, SourceArticle]] = []
    for article in typed(documents, "article"):
        key = key_of(article.get("id"))
        if key in seen:
            continue
        seen.add(key)
        tags = (article.get("tags") or {}).get("tags") or []
        imported = SourceArticle(
            f"article {key}", text_of(article.get("title")), article.get("body") or "",
            key_of(article.get("parent_id")) or None,
            summary=text_of(article.get("description")),
            tags=[text_of(t.get("name")) for t in tags if isinstance(t, dict) and t.get("name")],
            authors=[admins[a] for a in [key_of(article.get("author_id"))] if admins.get(a)],
            created=date_of(article.get("created_at")), updated=date_of(article.get("updated_at")),
            status="draft" if article.get("state") == "draft" else "published",
            old_urls=[article["url"]] if article.get("url") else [], link_keys=[key])
        export.articles.append(imported)
        export.language = export.language or language_of(text_of(article.get("default_locale"))
                                                         or "en")
        translations += _translations(export, imported, article.get("translated_content"))
    add_translations(export, translations)
    if _shared_parents(export):
        export.notes.append(ORDER_NOTE)
    return export


def _translations(export: Export, original: SourceArticle, content: object
                  ) -> list[tuple[str, SourceArticle]]:
    """Each language of an article's `translated_content` (`{"de": {title, body, state,
    url...}}`), to go beside it; the default language's own entry is the article."""
    if not isinstance(content, dict):
        return []
    return [(str(locale), SourceArticle(
            f"{original.origin} ({locale})", text_of(text.get("title")),
            str(text.get("body") or ""), original.category,
            summary=text_of(text.get("description")),
            created=date_of(text.get("created_at")), updated=date_of(text.get("updated_at")),
            status="draft" if text.get("state") == "draft" else original.status,
            old_urls=[text["url"]] if isinstance(text.get("url"), str) and text["url"] else [],
            link_keys=list(original.link_keys), translates=original.origin))
        for locale, text in content.items()  # not `type`, an empty language, nor the
        if isinstance(text, dict) and text.get("title")  # article itself
        and language_of(str(locale)) != export.language]


ORDER_NOTE = ("Order: Intercom's API gives no article's place in its collection (`GET /articles`"
              " lists by last update), so each category lists its articles by title; give them"
              " `order: 10`, `20`... to keep the old order.")


def _shared_parents(export: Export) -> bool:
    """Some collection or section holds several imported articles (whose order is lost)."""
    parents = [a.category for a in export.articles if a.category]
    return len(parents) != len(set(parents))
