"""A quick build's content (kbgen.site.quick_build.QuickContent) kept as changes onto the
full build's it started from (kbgen.build.snapshot.Overlay): the articles changed since that
build, the search index's documents made since and their order, and what is cheap to keep
whole (the compact index, texts, store, the record of reads). At 10,000 articles it pickles
in a tenth of the whole content's time (the articles' bodies and the documents' terms stay
in the full build's content).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kbgen.build.snapshot import Overlay
from kbgen.site.quick_build import QuickContent

if TYPE_CHECKING:
    from kbgen.core.model import Article
    from kbgen.core.search_head import PackedStore
    from kbgen.site.page_reads import SiteReads
    from kbgen.site.search_index import DocumentKey, SiteIndex


@dataclass
class ContentChanges(Overlay):
    """What differs from the full build's content `base` (see the module's docstring)."""

    base: str
    articles: dict[int, Article]
    """By their place in the knowledge base's articles: every article changed since."""
    search: SiteIndex | None
    """The search index, but its documents (None: none)."""
    order: list[DocumentKey] | None
    """The documents' keys, in the index's order (None: `search` is whole)."""
    documents: dict[DocumentKey, Any] = field(default_factory=dict)
    """The documents not as the full build's content holds them under their keys."""
    store: PackedStore | None = None
    reads: SiteReads | None = None

    def onto(self, content: Any) -> QuickContent | None:
        """`content` (the full build's, freshly loaded: changed in place) with these changes
        (None: not a full build's content)."""
        if not isinstance(content, QuickContent) or content.overlay is not None:
            return None
        for place, article in self.articles.items():
            content.kb.articles[place] = article
        content.kb.__dict__.pop("_lookups", None)
        search = self.search
        if search is not None and self.order is not None:
            kept = content.search.documents if content.search is not None else None
            documents = self.documents
            search = search._replace(documents={
                key: documents[key] if key in documents else kept[key]  # type: ignore[index]
                for key in self.order})
        return QuickContent(content.kb, search, content.theme, self.store, self.reads, self)


def changes_since(base: str, before: QuickContent, after: QuickContent, changed: list[str]
                  ) -> ContentChanges:
    """`after` (a quick build's content, from `before` with the articles `changed` read
    again) as changes onto the content of the full build `base` that `before` is, or holds
    with changes of its own (`before.overlay`)."""
    earlier = before.overlay
    places = {article.origin.src_uri: place for place, article in enumerate(after.kb.articles)}
    articles = {**(earlier.articles if earlier is not None else {}),
                **{places[uri]: after.kb.articles[places[uri]] for uri in changed}}
    search, order, documents = after.search, None, {}
    if search is not None and search.documents is not None:
        order = []
        was = before.search.documents if before.search is not None else None
        ours = earlier.documents if earlier is not None else {}
        was = was or {}
        for key, made in search.documents.items():
            order.append(key)
            old = was.get(key)
            if key in ours or old is None or old[0] is not made[0]:
                documents[key] = made
        search = search._replace(documents=None)
    return ContentChanges(base, articles, search, order, documents, after.store, after.reads)
