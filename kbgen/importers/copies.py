"""Pages of a site that are copies of one another (Jekyll's docs publish its code of conduct
twice, `conduct.md` and `code_of_conduct.md`, both made from one file): the first is imported,
each copy's old addresses and link keys lead to it, and the summary says so, instead of two
articles with one title that `kbgen build --strict` refuses."""

from __future__ import annotations

import re

from kbgen.importers.model import Export, SourceArticle


def fold_copies(export: Export) -> None:
    """Keep the first of the articles with the same title, category and text (blanks aside);
    the others are skipped, their addresses redirected to it."""
    first: dict[tuple[str, str | None, str], SourceArticle] = {}
    kept: list[SourceArticle] = []
    for article in export.articles:
        key = (article.title.strip().casefold(), article.category,
               re.sub(r"\s+", " ", article.body).strip())
        original = first.setdefault(key, article)
        if original is article or not key[2]:
            kept.append(article)
            continue
        original.old_urls += [url for url in article.old_urls if url not in original.old_urls]
        original.link_keys += [k for k in article.link_keys if k not in original.link_keys]
        export.skipped.append((article.origin, f"the same title and text as {original.origin}"
                               " (a copy the old site published twice): not imported; its old"
                               " addresses redirect to that article"))
    export.articles[:] = kept
