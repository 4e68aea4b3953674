"""A hosted help centre's other languages: Zendesk's articles listed per locale (or its
translations endpoint) and Intercom's `translated_content`, imported into `translations/<code>/`
beside the article each translates, as a Markdown site's are."""

from __future__ import annotations

import re

from kbgen.core.search_language import SUPPORTED
from kbgen.importers.exports import text_of
from kbgen.importers.languages import is_language, kb_code
from kbgen.importers.model import Export, SourceArticle

_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2}")
"""A locale as vendors write it (`de`, `en-us`, `pt-BR`, `zh-Hant-TW`): never a path."""


def language_of(locale: str) -> str:
    """kbgen's code of a vendor's locale: `en-us` is `en`, `pt-BR` is `pt` (kbgen's languages
    are base codes), `zh-tw` stays (kbgen has no `zh`)."""
    code = kb_code(locale)
    base = code.split("-")[0]
    return base if base in SUPPORTED else code


def add_translations(export: Export, found: list[tuple[str, SourceArticle]]) -> None:
    """File each (locale, article) under its language (each article's `translates` names its
    original); a second locale of one language (`pt-br` beside `pt-pt`) keeps its full code,
    so neither replaces the other; a locale that is no language, or a text listed twice, is
    skipped and said."""
    seen: set[str] = set()
    placed: dict[str, set[str | None]] = {}
    for locale, article in found:
        if not _LOCALE.fullmatch(locale) or not is_language(locale):
            export.skipped.append((article.origin, f"translation into '{text_of(locale)[:40]}',"
                                   " which is no language code: not imported"))
            continue
        if article.origin in seen:
            export.skipped.append((article.origin, "listed twice in the export (a page of the"
                                   " locale's list and the translations endpoint): the first"
                                   " was imported"))
            continue
        seen.add(article.origin)
        code = language_of(locale)
        if article.translates is not None and article.translates in placed.get(code, set()):
            code = kb_code(locale)
        placed.setdefault(code, set()).add(article.translates)
        if code not in export.translations:
            export.translations[code] = Export(export.kind, files=export.files,
                                               link_patterns=export.link_patterns)
        export.translations[code].articles.append(article)
