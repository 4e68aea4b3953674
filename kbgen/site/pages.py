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


def add_generated(files: Files, kb: KnowledgeBase, config: MkDocsConfig) -> None:
    """Pages per category, tag and team member, the team and tags indexes (unless already
    there)."""
    for category in kb.ordered_categories():
        _add(files, config, category_uri(category.slug), category.info.title,
             f"<!-- kb:category {category.slug} -->", searchable=False)
    if kb.team:
        _add(files, config, TEAM, "Who is who", "<!-- kb:team -->", searchable=False)
        for member in kb.team.values():
            _add(files, config, profile_uri(member.id), member.profile.name,
                 f"<!-- kb:profile {member.id} -->", InclusionLevel.NOT_IN_NAV)
    if kb.contact:
        _add(files, config, CONTACT, "Contact us", "<!-- kb:contact -->")
    _add(files, config, TAGS, "Tags", "<!-- kb:tags -->", searchable=False)
    for tag in kb.tags():
        _add(files, config, tag_uri(tag), f"Tag: {tag}", f"<!-- kb:tag {tag_uri(tag)} -->",
             InclusionLevel.NOT_IN_NAV, searchable=False)


def _add(files: Files, config: MkDocsConfig, src_uri: str, title: str, body: str,
         inclusion: InclusionLevel = InclusionLevel.UNDEFINED, searchable: bool = True) -> None:
    """Add a generated page; listings stay out of search, which should answer, not list."""
    if files.get_file_from_path(src_uri) is not None:
        return
    search = "" if searchable else "search: {exclude: true}\n"
    content = f"---\ntitle: {json.dumps(title)}\nhide: [toc]\n{search}---\n\n{body}\n"
    files.append(File.generated(config, src_uri, content=content, inclusion=inclusion))

