"""A site in another language than the old one's default: a German project importing
Hetzner's tutorials (English first, German beside) takes the German pages as its articles
and the English as their translations, instead of publishing English articles on a German
site with the German ones under `translations/de/`."""

from __future__ import annotations

from dataclasses import replace

from kbgen.importers.model import Export


def in_site_language(export: Export, language: str) -> Export:
    """`export` with the site's language first, when the old site has pages in it and its
    default is another; else `export` as it is."""
    code = language.lower()
    own = export.translations.get(code)
    if own is None or not own.articles or not export.language or export.language == code:
        return export
    original_of = {a.translates: a.origin for a in own.articles if a.translates}
    for article in own.articles:  # now the articles: their old addresses redirect
        article.translates, article.redirects = None, True
    for article in export.articles:  # now translations of the site's language's pages
        article.translates = original_of.get(article.origin)
    others = {lang: other for lang, other in export.translations.items() if lang != code}
    for other in others.values():
        for article in other.articles:
            article.translates = original_of.get(article.translates or "")
    default = replace(export, translations={})
    return replace(own, kind=export.kind, files=export.files, domains=export.domains,
                   link_patterns=export.link_patterns, language=code,
                   skipped=export.skipped + own.skipped, notes=export.notes + own.notes,
                   translations={export.language: default, **others})
