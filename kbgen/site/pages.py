"""Decide which files reach the site, and generate category and tag pages."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel

from kbgen.core.model import KnowledgeBase
from kbgen.core.sources import ARTICLES_DIR, DATA_DIR, TEAM_DIR
from kbgen.site.urls import CONTACT, TAGS, TEAM, category_uri, profile_uri, tag_uri

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

PRIVATE_SUFFIXES = (".yml", ".yaml")


def set_inclusion(files: Files, kb: KnowledgeBase) -> None:
    """Data files never reach the site; drafts only in serve; articles stay out of the nav."""
    status = {a.origin.src_uri: a.meta.status for a in kb.articles}
    for file in files:
        uri = file.src_uri
        if uri.startswith(f"{DATA_DIR}/") or (
            uri.startswith(f"{TEAM_DIR}/") and uri.endswith(PRIVATE_SUFFIXES)
        ):
            file.inclusion = InclusionLevel.EXCLUDED
        elif uri in status:
            public = status[uri] == "published"
            file.inclusion = InclusionLevel.NOT_IN_NAV if public else InclusionLevel.DRAFT
        elif uri.startswith(f"{ARTICLES_DIR}/") and uri.endswith(".md"):
            file.inclusion = InclusionLevel.EXCLUDED  # failed to load: never publish it


def add_generated(files: Files, kb: KnowledgeBase, config: MkDocsConfig) -> set[str]:
    """Pages per category, tag and team member, the team and tags indexes (unless already
    there); returns the source paths of those added."""
    pages: list[tuple[str, str, str, InclusionLevel, bool]] = [
        (category_uri(c.slug), c.info.title, f"<!-- kb:category {c.slug} -->",
         InclusionLevel.UNDEFINED, False) for c in kb.ordered_categories()]
    if kb.team:
        pages.append((TEAM, "Who is who", "<!-- kb:team -->", InclusionLevel.UNDEFINED, False))
        pages += [(profile_uri(m.id), m.profile.name, f"<!-- kb:profile {m.id} -->",
                   InclusionLevel.NOT_IN_NAV, True) for m in kb.team.values()]
    if kb.contact:
        pages.append((CONTACT, "Contact us", "<!-- kb:contact -->", InclusionLevel.UNDEFINED,
                      True))
    pages.append((TAGS, "Tags", "<!-- kb:tags -->", InclusionLevel.UNDEFINED, False))
    pages += [(tag_uri(tag), f"Tag: {tag}", f"<!-- kb:tag {tag_uri(tag)} -->",
               InclusionLevel.NOT_IN_NAV, False) for tag in kb.tags()]
    return {uri for uri, title, body, inclusion, searchable in pages
            if _add(files, config, uri, title, body, inclusion, searchable)}


def _add(files: Files, config: MkDocsConfig, src_uri: str, title: str, body: str,
         inclusion: InclusionLevel, searchable: bool) -> bool:
    """Add a generated page unless the site has its own; listings stay out of search, which
    should answer, not list."""
    if files.get_file_from_path(src_uri) is not None:
        return False
    search = "" if searchable else "search: {exclude: true}\n"
    content = f"---\ntitle: {json.dumps(title)}\nhide: [toc]\n{search}---\n\n{body}\n"
    files.append(File.generated(config, src_uri, content=content, inclusion=inclusion))
    return True

