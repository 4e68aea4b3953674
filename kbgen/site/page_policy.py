"""The Content-Security-Policy and referrer policy of `_headers` in every page MkDocs writes
(articles, listings, 404, pages of the workers, of `kbgen serve` and of quick builds), for
hosts that ignore `_headers` (kbgen.site.hosting)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from kbgen.site.configure import LOCAL_WORKER_SHIM
from kbgen.site.hosting import ThemeScripts, script_hash, with_meta_policy
from kbgen.site.theme import THEME_DIR

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState


def theme_scripts(state: BuildState, config: MkDocsConfig) -> ThemeScripts:
    """The theme's inline scripts (read once per build)."""
    if state.theme_scripts is None:
        state.theme_scripts = ThemeScripts.from_env(config.theme.get_env())
    return state.theme_scripts


@functools.cache
def worker_shim_hash() -> str:
    """The CSP source of the inline script the vendored worker shim writes into its frame
    (search from `file://`, where the frame inherits the page's policy)."""
    shim = (THEME_DIR / LOCAL_WORKER_SHIM).read_text(encoding="utf-8")
    found = re.search(r"^var FRAME_SCRIPT='([^'\\]*)';$", shim, re.M)
    if found is None:
        raise RuntimeError(f"{LOCAL_WORKER_SHIM} has no FRAME_SCRIPT line for its CSP hash")
    return script_hash(found.group(1))


def with_page_policy(state: BuildState, html: str, config: MkDocsConfig) -> str:
    """`html` with the policy as meta tags, allowing the theme's inline scripts in it only
    (and the worker shim's, which it writes when run)."""
    analytics = state.settings.analytics
    scripts = theme_scripts(state, config)
    own = scripts.hashes(html)
    hashes = own | {worker_shim_hash()} if LOCAL_WORKER_SHIM in html else own
    return scripts.policed(with_meta_policy(html, hashes, analytics.origin if analytics else None),
                           html, own)
