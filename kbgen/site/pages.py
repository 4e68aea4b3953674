"""Decide which files reach the site, and generate category and tag pages."""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from kbgen.core.i18n import Translator
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import NEWS_INDEX, is_news_post, is_scheduled, news_posts, tagged
from kbgen.core.sanitize import clean_html
from kbgen.core.sources import Tree, walk
from kbgen.core.static_files import is_data_file, is_page
from kbgen.site.shortcodes import placeholder_pattern
from kbgen.site.urls import (
    CONTACT,
    STATUS,
    SUBSCRIBE,
    TAGS,
    TEAM,
    category_uri,
    profile_uri,
    tag_uri,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kbgen.site.shortcodes import Expanded


def set_inclusion(files: Files, kb: KnowledgeBase, docs_dir: str, tree: Tree | None) -> None:
    """Data files never reach the site; drafts only in serve; articles stay out of the nav;
    a Markdown file kbgen did not load (other extension, failed) is never published, nor a
    file its walk left out (a hidden file `exclude_docs` lets in, say)."""
    articles = {a.origin.src_uri: a.meta.status for a in kb.articles}
    pages = {uri: "draft" if is_scheduled(page) else page.meta.status
             for uri, page in kb.pages.items()}  # a news post's day to come: a draft till then
    for file in files:
        uri = file.src_uri
        if file.src_dir != docs_dir:  # the theme's files, or generated ones
            continue
        if is_data_file(uri) or (tree is not None and not tree.has(uri)):
            file.inclusion = InclusionLevel.EXCLUDED
        elif uri in articles:
            public = articles[uri] == "published"
            file.inclusion = InclusionLevel.NOT_IN_NAV if public else InclusionLevel.DRAFT
        elif uri in pages:
            if pages[uri] != "published":
                file.inclusion = InclusionLevel.DRAFT
            elif is_news_post(uri):  # listed on the news page, not in the navigation
                file.inclusion = InclusionLevel.NOT_IN_NAV
        elif is_page(uri):
            file.inclusion = InclusionLevel.EXCLUDED  # not read by kbgen: never publish it


def add_generated(files: Files, kb: KnowledgeBase, config: MkDocsConfig,
                  tr: Translator) -> set[str]:
    """Pages per category, tag and team member, the team and tags indexes, the status page
    (unless already there); returns the source paths of those added."""
    pages: list[tuple[str, str, str, InclusionLevel, bool]] = [
        (category_uri(c.slug), c.info.title, f"<!-- kb:category {c.slug} -->",
         InclusionLevel.UNDEFINED, False) for c in kb.published_categories()]
    listed, hidden = InclusionLevel.UNDEFINED, InclusionLevel.NOT_IN_NAV
    if kb.team:
        pages.append((TEAM, tr.gettext("Who is who"), "<!-- kb:team -->", listed, False))
        pages += [(profile_uri(m.id), m.profile.name, f"<!-- kb:profile {m.id} -->",
                   hidden, True) for m in kb.team.values()]
    if kb.contact:
        pages.append((CONTACT, tr.gettext("Contact us"), "<!-- kb:contact -->", listed, True))
    pages.append((STATUS, tr.gettext("Known issues and service status"), "<!-- kb:status -->",
                  listed, False))
    if news_posts(kb):
        pages.append((NEWS_INDEX, tr.gettext("News"), "<!-- kb:news -->", listed, False))
    if config.site_url:
        pages.append((SUBSCRIBE, tr.gettext("Subscribe"), "<!-- kb:feeds -->", hidden, False))
    pages.append((TAGS, tr.gettext("Tags"), "<!-- kb:tags -->", listed, False))
    pages += [(tag_uri(tag), tr.gettext("Tag: %(tag)s") % {"tag": tag},
               f"<!-- kb:tag {tag_uri(tag)} -->", hidden, False) for tag in tagged(kb)]
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



def walk_copied_folders(config: MkDocsConfig) -> Tree:
    """Walk the content folder and the theme's `custom_dir` before MkDocs does: a link
    leaving its folder, a link loop or folders nested too deep stop the build (MkDocs would
    copy the outside file, or crash). Returns the content folder's tree."""
    tree = walk(Path(config.docs_dir))
    problems = list(tree.problems)
    custom = config.theme.custom_dir
    if custom:
        problems += walk(Path(custom)).problems
    if problems:
        lines = "\n".join(str(p) for p in problems)
        raise PluginError(f"Error reading the folders of '{config.config_file_path}':"
                          f" {len(problems)} error(s)\n{lines}\nFix these and build again;"
                          " nothing was published.")
    return tree


def clean_then_fill(html: str, expanded: Expanded | None, own_host: str = "") -> str:
    """Clean what an author wrote with nh3, then put in kbgen's own fragments (forms, cards),
    which the sanitiser would strip. Placeholders survive cleaning as text with a mark the
    author cannot know; one naming no fragment is dropped."""
    if expanded is None or not expanded.fragments:
        return clean_html(html, own_host)
    fragments = expanded.fragments
    mark = f"kbgen{secrets.token_hex(8)}"
    guarded = placeholder_pattern(expanded.key).sub(lambda m: f"{mark}x{m.group(1)}x", html)
    cleaned = clean_html(guarded, own_host)
    return re.sub(rf"{mark}x(\d+)x", lambda m: fragments[int(m.group(1))]
                  if int(m.group(1)) < len(fragments) else "", cleaned)
