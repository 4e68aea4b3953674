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


def add_translation(export: Export, locale: str, article: SourceArticle) -> None:
    """File `article` (whose `translates` names its original) under its language; a second
    locale of one language (`pt-br` beside `pt-pt`) keeps its full code, so neither replaces
    the other."""
    if not _LOCALE.fullmatch(locale) or not is_language(locale):
        export.skipped.append((article.origin, f"translation into '{text_of(locale)[:40]}',"
                               " which is no language code: not imported"))
        return
    code = language_of(locale)
    other = export.translations.get(code)
    if other is not None and any(a.translates == article.translates for a in other.articles):
        code = kb_code(locale)
        other = export.translations.get(code)
    if other is None:
        other = export.translations[code] = Export(
            export.kind, files=export.files, link_patterns=export.link_patterns)
    other.articles.append(article)
