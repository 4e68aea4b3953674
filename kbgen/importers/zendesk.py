"""Zendesk Guide: the Help Center API's JSON (categories, sections, articles; users when
side-loaded with `?include=users`). Sections become kbgen categories."""

from __future__ import annotations

from pathlib import Path

from kbgen.importers.exports import Document, date_of, items, key_of, text_of
from kbgen.importers.hosted_languages import add_translations, language_of
from kbgen.importers.htmltext import plain_text
from kbgen.importers.model import Export, SourceArticle, SourceCategory

NAME = "zendesk"


def detect(documents: list[Document]) -> bool:
    """Articles with a `section_id` and an `html_url`."""
    return any("section_id" in a and "html_url" in a for a in items(documents, "articles"))


def read(documents: list[Document], source: Path) -> Export:
    """Read the export."""
    export = Export(NAME, files=source if source.is_dir() else None,
                    link_patterns=[r"/articles/(\d+)"])
    parents = {key_of(c.get("id")): c for c in items(documents, "categories")}
    for key, category in parents.items():
        export.categories[f"category:{key}"] = SourceCategory(
            f"category:{key}", text_of(category.get("name")) or "Articles",
            plain_text(category.get("description") or ""), order=category.get("position", 0),
            old_urls=_html_url(category))
    for section in sorted(items(documents, "sections"),
                          key=lambda s: (parents.get(key_of(s.get("category_id")), {})
                                         .get("position", 0), s.get("position", 0))):
        parent = parents.get(key_of(section.get("category_id")), {})
        description = plain_text(section.get("description") or "") or \
            plain_text(parent.get("description") or "")
        grouped = f"category:{key_of(section.get('category_id'))}"
        export.categories[key_of(section.get("id"))] = SourceCategory(
            key_of(section.get("id")), text_of(section.get("name")) or "Articles", description,
            parent=key_of(section.get("parent_section_id")) or (
                grouped if grouped in export.categories else None),
            old_urls=_html_url(section))
    users = {key_of(u.get("id")): text_of(u.get("name")) for u in items(documents, "users")}
    seen: set[str] = set()
    translations = []
    for article in items(documents, "articles"):
        origin = f"article {article.get('id')}"
        key = key_of(article.get("id"))
        if _is_translation(article) or key in seen:
            translations.append(article)
            continue
        seen.add(key)
        export.language = export.language or language_of(text_of(article.get("locale")) or "en")
        imported = SourceArticle(
            origin, text_of(article.get("title") or article.get("name")),
            article.get("body") or "", key_of(article.get("section_id")) or None,
            tags=[text_of(t) for t in article.get("label_names") or [] if text_of(t)],
            authors=[users[a] for a in [key_of(article.get("author_id"))] if users.get(a)],
            created=date_of(article.get("created_at")),
            updated=date_of(article.get("edited_at") or article.get("updated_at")),
            status="draft" if article.get("draft") else "published",
            old_urls=[article["html_url"]] if article.get("html_url") else [],
            link_keys=[key], place=_position(article))
        if article.get("user_segment_id") is not None and imported.status == "published":
            imported.status = "internal"
            imported.warnings.append("visible only to some signed-in users in Zendesk"
                                     " (user segment): imported as internal, not published")
        if article.get("outdated"):
            imported.warnings.append("marked outdated in Zendesk: review it before publishing")
        export.articles.append(imported)
    originals = {a.link_keys[0]: a for a in export.articles}
    add_translations(export, [found for translation in [*translations, *_translated(documents)]
                              if (found := _translation(export, translation, originals))])
    return export


def _is_translation(article: dict[str, object]) -> bool:
    """An article listed in another locale than its own (`GET /hc/de/articles`)."""
    locale, source = text_of(article.get("locale")), text_of(article.get("source_locale"))
    return bool(locale and source) and locale.casefold() != source.casefold()


def _translated(documents: list[Document]) -> list[dict[str, object]]:
    """Articles' translations as `GET /articles/{id}/translations` lists them (the source
    language's own among them, left to the article)."""
    return [{**t, "id": t.get("source_id"), "translation": True}
            for t in items(documents, "translations")
            if text_of(t.get("source_type")).casefold() == "article"]


def _translation(export: Export, article: dict[str, object],
                 originals: dict[str, SourceArticle]) -> tuple[str, SourceArticle] | None:
    """A translation (its locale and text) beside the article it translates (`originals`, by
    id), at its own address."""
    key, locale = key_of(article.get("id")), text_of(article.get("locale"))
    if not locale or language_of(locale) == export.language:
        return None  # the article itself, as the translations endpoint also lists it
    original = originals.get(key)
    return locale, SourceArticle(
        f"article {key} ({locale})", text_of(article.get("title") or article.get("name")),
        str(article.get("body") or ""), original.category if original else
        key_of(article.get("section_id")) or None,
        created=date_of(article.get("created_at")),
        updated=date_of(article.get("edited_at") or article.get("updated_at")),
        status="draft" if article.get("draft") else
        original.status if original else "published",
        old_urls=[str(article["html_url"])] if article.get("html_url") else [],
        link_keys=[key], translates=f"article {key}" if original else None)


def _html_url(item: dict[str, object]) -> list[str]:
    """The page address of a category or section, if the export has it."""
    url = item.get("html_url")
    return [url] if isinstance(url, str) and url else []


def _position(article: dict[str, object]) -> tuple[float, ...]:
    """An article's `position` in its section (Zendesk's manual order), if the export has it."""
    position = article.get("position")
    return (float(position),) if isinstance(position, int) and not isinstance(position, bool) \
        else ()
