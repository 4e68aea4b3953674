"""The Content-Security-Policy and referrer policy of `_headers` in every page MkDocs writes
(articles, listings, 404, pages of the workers, of `kbgen serve` and of quick builds), for
hosts that ignore `_headers` (kbgen.site.hosting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbgen.site.hosting import ThemeScripts, with_meta_policy

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState


def theme_scripts(state: BuildState, config: MkDocsConfig) -> ThemeScripts:
    """The theme's inline scripts (read once per build)."""
    if state.theme_scripts is None:
        state.theme_scripts = ThemeScripts.from_env(config.theme.get_env())
    return state.theme_scripts


def with_page_policy(state: BuildState, html: str, config: MkDocsConfig) -> str:
    """`html` with the policy as meta tags, allowing the theme's inline scripts in it only."""
    analytics = state.settings.analytics
    return with_meta_policy(html, theme_scripts(state, config).hashes(html),
                            analytics.origin if analytics else None)
