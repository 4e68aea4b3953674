"""Navigation from the model: home, categories in order, other pages, tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kbgen.core.model import KnowledgeBase
from kbgen.core.sources import ARTICLES_DIR, TEAM_DIR
from kbgen.site.urls import CONTACT, HOME, TAGS, TEAM, category_uri

if TYPE_CHECKING:
    from mkdocs.structure.files import Files


def build_nav(nav: Navigation, kb: KnowledgeBase, files: Files) -> Navigation:
    """Categories, not hundreds of articles: home, categories, other pages, contact, team, tags."""
    def page(src_uri: str) -> Page | None:
        file = files.get_file_from_path(src_uri)
        return file.page if file is not None and isinstance(file.page, Page) else None

    home, contact, team, tags = page(HOME), page(CONTACT), page(TEAM), page(TAGS)
    categories = [page(category_uri(c.slug)) for c in kb.ordered_categories()]
    others = [p for p in nav.pages if p not in (home, contact, team, tags)
              and not p.file.src_uri.startswith((f"{ARTICLES_DIR}/", f"{TEAM_DIR}/"))]
    pages = [p for p in [home, *categories, *others, contact, team, tags] if p is not None]
    for index, item in enumerate(pages):
        item.parent = None
        item.previous_page = pages[index - 1] if index else None
        item.next_page = pages[index + 1] if index + 1 < len(pages) else None
    return Navigation(list(pages), pages)
