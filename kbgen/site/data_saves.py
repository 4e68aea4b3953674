"""A preview's lane for saves of contact data, team profiles and categories' descriptions:
the content is loaded and checked as a build loads it, and when only what those files hold
changed (the same files, addresses, titles and articles), the last build's live objects take
the new data in place of MkDocs' whole pipeline; only the pages that can show it are
rendered again.

Contact data shows on every page (the header's phone number, the help under each article);
a profile on its page, the team page, the bylines of its member's articles; a category's
description on its page and the home page's cards; each of them on any page a shortcode can
put it on (every page that is not an article, every article with a shortcode). A save that
changes anything else (a profile's name or a category's title, which title pages; a status;
a file added or removed; a problem that stops the build) is left to the build on demand
(kbgen.site.on_demand), which reports problems as always.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kbgen.core.build_day import build_day
from kbgen.core.contact import CONTACT_FILE
from kbgen.core.loader import CATEGORIES_FILE
from kbgen.core.model import Category, KnowledgeBase, TeamMember
from kbgen.core.sources import TEAM_DIR
from kbgen.site.contact import contact_view
from kbgen.site.informed import template_globals
from kbgen.site.loading import load_checked
from kbgen.site.pages import walk_copied_folders
from kbgen.site.report import report
from kbgen.site.shortcodes import SHORTCODE
from kbgen.site.urls import TEAM, profile_uri

if TYPE_CHECKING:
    from kbgen.site.live import LiveSite

PROFILE_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class DataSave:
    """What a save of data files changes in the preview."""

    shown: list[str]
    """The source paths of the kbgen pages that can show it (every page: `everywhere`)."""
    everywhere: bool
    """Contact data changed: every page shows it."""


def data_files(live: LiveSite, paths: set[Path]) -> list[str] | None:
    """The source paths of `paths` when each is the contact data, the categories or a team
    profile that the last build had and that is still a file; else None."""
    config, files = live.site_config, live.files
    if config is None or files is None or not paths:
        return None
    docs = Path(config.docs_dir).resolve()
    found = []
    for path in paths:
        try:
            uri = path.resolve().relative_to(docs).as_posix()
        except (OSError, ValueError):
            return None
        profile = uri.startswith(f"{TEAM_DIR}/") and uri.count("/") == 1 and uri.endswith(
            PROFILE_SUFFIXES)
        if not (uri in (CONTACT_FILE, CATEGORIES_FILE) or profile) or not path.is_file() or (
                files.get_file_from_path(uri) is None):
            return None
        found.append(uri)
    return sorted(found)


def absorb_data(live: LiveSite, paths: set[Path]) -> DataSave | None:
    """Take the saves of `paths` (contact data, team profiles, categories) into the last
    build's live model; None when they need the build on demand (nothing changed then)."""
    state, config, env = live.state, live.site_config, live.env
    uris = data_files(live, paths)
    if (uris is None or not live.ready or state is None or config is None or env is None
            or state.languages is not None or state.staged or live.day != build_day()
            or not state.fast.enabled):  # MkDocs' own pages (`fast_render: false`): built
        return None
    try:
        state.tree = walk_copied_folders(config)
    except PluginError:  # the build on demand reports it
        return None
    kb, problems = load_checked(state, config)
    if any(problem.level == "error" for problem in problems) or not _only_data(state.kb, kb):
        return None
    report(problems, config.docs_dir)  # its warnings, as a build logs them
    changed = _changed_members(state.kb, kb)
    everywhere = state.kb.contact != kb.contact or state.kb.contact_origin != kb.contact_origin
    old = state.kb
    old.contact, old.contact_origin = kb.contact, kb.contact_origin
    old.team, old.draft_team = kb.team, kb.draft_team
    old.categories = kb.categories
    old.__dict__.pop("_lookups", None)
    state.contact = contact_view(old.contact, state.translator) if old.contact else None
    state.views = None
    state.search_base = state.search  # same front matter, synonyms and day: patched
    state.fast.rendered.clear()
    state.fast.reads.clear()  # fragments rendered once per build (`kb_once`)
    env.globals["kb_contact"] = state.contact
    env.globals.update(template_globals(old, state.urls, config.site_url, config.site_name,
                                        state.translator))
    return DataSave(_showing(old, changed), everywhere)


def _only_data(old: KnowledgeBase, new: KnowledgeBase) -> bool:
    """Whether `new` differs from `old` in contact data and profiles only, and in nothing a
    page's title, address or the site's list of files comes from."""
    return (old.articles == new.articles and old.pages == new.pages
            and _undescribed(old.categories) == _undescribed(new.categories)
            and (old.synonyms.groups, old.synonyms.concepts)
            == (new.synonyms.groups, new.synonyms.concepts)
            and old.has_team == new.has_team and (old.contact is None) == (new.contact is None)
            and _titles(old.team) == _titles(new.team)
            and _titles(old.draft_team) == _titles(new.draft_team))


def _titles(team: dict[str, TeamMember]) -> dict[str, str]:
    """Each member's name (their page's title), by id."""
    return {member_id: member.profile.name for member_id, member in team.items()}


def _undescribed(categories: dict[str, Category]) -> dict[str, Category]:
    """The categories without their descriptions (which only listings show)."""
    return {slug: replace(category, info=category.info.model_copy(update={"description": ""}))
            for slug, category in categories.items()}


def _changed_members(old: KnowledgeBase, new: KnowledgeBase) -> set[str]:
    """The ids of the members whose profiles changed."""
    before, after = {**old.team, **old.draft_team}, {**new.team, **new.draft_team}
    return {member_id for member_id in after if before.get(member_id) != after[member_id]}


def _showing(kb: KnowledgeBase, members: set[str]) -> list[str]:
    """The source paths of the pages that can show `members`: their profiles, the team page,
    their articles, every article with a shortcode (the rest of the pages: `_everything_but
    articles`)."""
    shown = {TEAM, *(profile_uri(member_id) for member_id in members)}
    for article in kb.articles:
        if article.meta.author in members or SHORTCODE.search(article.body):
            shown.add(article.origin.src_uri)
    return sorted(shown)
