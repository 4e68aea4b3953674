"""The whole-site files a quick build's front-matter change may alter (feeds, the sitemap,
the theme's 404 page, redirect pages and `_redirects`), each made again only where what it is
made from changed, and put in the staged site where its bytes differ.

The quick build keeps the files, statuses and old addresses (kbgen.site.front_matter_build).
When no changed article's dated fields changed (kbgen.site.feeds.dated_fields: what dates
pages and chooses and orders a feed's articles), every page's `lastmod` and each feed's
articles are as published: the sitemap is left as it is, and a feed is written again only
when it lists a changed article. The redirect pages and `_redirects` name articles by title,
in title order: made again when a changed article has old addresses. The theme's other
pages (404.html) are rendered every time.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.commands.build import _build_theme_template

from kbgen.core.model import Article
from kbgen.site.feeds import SiteFeeds, dated_fields
from kbgen.site.redirects import write_redirects

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation

    from kbgen.site.state import BuildState

SITEMAP = "sitemap.xml"
"""The theme's template of the sitemap (MkDocs writes `sitemap.xml.gz` beside it)."""


class NewSiteFile(Exception):  # noqa: N818  (not an error: the full build takes over)
    """A whole-site file the published site does not have; the message names it."""


def refresh_site_files(state: BuildState, config: MkDocsConfig, files: Files, nav: Navigation,
                       env: Environment, staging: Path,
                       changed: dict[str, tuple[Article, Article]]) -> list[str]:
    """Make the whole-site files that the front matter `changed` (source path: (before,
    after), `state.kb` holding the afters) can alter, as a full build does, and put in
    `staging` those that differ from what is there (a link to the published file is
    replaced, never written into); the paths put. NewSiteFile when one is new."""
    dated = any(dated_fields(before) != dated_fields(after) for before, after in changed.values())
    scratch = Path(tempfile.mkdtemp(prefix=".kbgen-front-matter-", dir=staging.parent))
    site_dir = config.site_dir
    try:
        config.site_dir = str(scratch)
        assert state.urls is not None
        feeds = SiteFeeds(state.kb, state.urls, config.site_url, config.site_name,
                          state.translator)
        listed = {feeds.absolute(uri) for uri in changed} - {""}
        for feed in feeds.feeds():
            if dated or any(entry.url in listed for entry in feed.entries):
                feeds.write_feed(feed, scratch)
        if any(article.meta.redirect_from for pair in changed.values() for article in pair):
            write_redirects(scratch, config, state.kb, state.urls.known, state.translator)
        for template in config.theme.static_templates:
            if template != SITEMAP or dated:
                _build_theme_template(template, env, files, config, nav)
        return taken_files(scratch, staging)
    finally:
        config.site_dir = site_dir
        shutil.rmtree(scratch, ignore_errors=True)


def taken_files(scratch: Path, staging: Path) -> list[str]:
    """Move each file of `scratch` whose bytes differ from its namesake in `staging` there;
    the paths moved, relative to both."""
    taken = []
    for folder, _, names in os.walk(scratch):
        for name in names:
            made = Path(folder) / name
            relative = made.relative_to(scratch).as_posix()
            there = staging / relative
            if not there.is_file():
                raise NewSiteFile(f"{relative} is not in the published site")
            if filecmp.cmp(made, there, shallow=False):
                continue
            os.replace(made, there)
            taken.append(relative)
    return sorted(taken)
