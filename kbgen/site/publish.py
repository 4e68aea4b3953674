"""What a build publishes besides the pages: the personal-data gate's verdict (computed beside
rendering on big `kbgen build`s), kbgen's search index, robots.txt and the hosting headers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kbgen.core.background import BackgroundError, BackgroundPair, can_fork
from kbgen.core.loader import gate_problems
from kbgen.core.sources import ARTICLES_DIR
from kbgen.errors import Problem
from kbgen.site import search_index
from kbgen.site.hosting import write_hosting_files
from kbgen.site.informed import write_feeds
from kbgen.site.languages import build_other_languages, other_sitemaps, search_code
from kbgen.site.page_policy import theme_scripts
from kbgen.site.redirects import write_language_not_found_rules, write_redirects
from kbgen.site.report import report

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.core.sources import Tree
    from kbgen.site.state import BuildState

PHASE = "on_post_build/kbgen"
"""Where `--profile` shows the parts of publishing."""
GATE_BESIDE_FROM = 300
"""From this many articles, `kbgen build` runs the gate in a second process; below, starting
one costs more than it saves."""


def gate_beside_rendering(state: BuildState, tree: Tree | None) -> bool:
    """Whether this build runs the gate in a second process while pages render: only when
    nothing is published before its answer (`kbgen build`), and the site is big."""
    return state.staged and can_fork() and tree is not None and len(
        tree.sources(ARTICLES_DIR, (".md",))) >= GATE_BESIDE_FROM


def start_gate_and_index(state: BuildState, content_dir: Path) -> None:
    """Start the personal-data gate and the search index, each in a forked process
    (`kbgen build` has no other thread yet), on the knowledge base already loaded: apart,
    the index does not wait for the gate, and no CPU idles while the gate alone finishes."""
    kb, settings, urls, memo = state.kb, state.settings, state.urls, state.memo
    tr, language = state.translator, search_code(state)
    assert urls is not None
    state.background = BackgroundPair[list[Problem], search_index.SiteIndex](
        lambda: gate_problems(content_dir, settings, kb, memo, state.own_host),
        lambda: search_index.terms_apart(search_index.index_text(kb, urls, tr, language)))


def publish(state: BuildState, config: MkDocsConfig) -> None:
    """Wait for the gate if it ran beside rendering (its errors stop the build); write
    kbgen's prebuilt search index, the redirects from old addresses, robots.txt, the
    hosting headers and the feeds."""
    index = None
    timings = state.timings
    if state.background is not None:
        background, state.background = state.background, None
        try:
            with timings.measure(f"{PHASE}/wait for the gate and search index"):
                problems, index = background.result()
        except BackgroundError as exc:
            raise PluginError(f"The publishing gate and search index failed:\n{exc}") from None
        report(problems, config.docs_dir)
    if state.urls is None:
        return
    with timings.measure(f"{PHASE}/search index"):
        if index is None:
            index = search_index.index_text(state.kb, state.urls, state.translator,
                                            search_code(state), state.search_base)
        search_index.write_index(Path(config.site_dir), index)
        state.search = index
    with timings.measure(f"{PHASE}/other languages"):
        others = build_other_languages(state, config)  # before the CSP hashes their scripts
        state.other_languages = [built.kb for _, built in others]
    at_root = state.languages is None or state.languages.current.is_default
    if at_root:  # the site root's
        scripts = theme_scripts(state, config)
        analytics = state.settings.analytics
        with timings.measure(f"{PHASE}/hosting files"):
            write_hosting_files(Path(config.site_dir), config.site_url, scripts,
                                state.fast.scripts, analytics.origin if analytics else None,
                                other_sitemaps(state))
    with timings.measure(f"{PHASE}/feeds"):
        write_feeds(state.kb, state.urls, config.site_url, config.site_name,
                    Path(config.site_dir), state.translator, Path(config.docs_dir))
    # last: an old address is then never turned into a folder over a file just written;
    # every language's, from the root (old addresses are paths of the old host)
    with timings.measure(f"{PHASE}/redirects"):
        for prefix, built in [("", state), *others] if at_root else []:
            if built.urls is not None:
                known = {uri: prefix + url for uri, url in built.urls.known.items()}
                write_redirects(Path(config.site_dir), config, built.kb, known, built.translator)
        if at_root and others:
            write_language_not_found_rules(Path(config.site_dir), config.site_url,
                                           [prefix for prefix, _ in others])


def stop_background(state: BuildState) -> None:
    """Stop the background work of a build that failed."""
    if state.background is not None:
        state.background.cancel()
        state.background = None
