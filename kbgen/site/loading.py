"""The content of a build (`on_files`): loaded and checked once, private files hidden,
kbgen's generated pages added, kbgen's pages handed to the fast renderer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.structure.files import File

from kbgen.core.loader import load
from kbgen.core.related import RelatedIndex
from kbgen.core.templates import template_problems
from kbgen.site.addresses import use_ascii_addresses
from kbgen.site.brand import BRAND_CSS, brand_css
from kbgen.site.contact import contact_view
from kbgen.site.i18n import install_translator
from kbgen.site.incremental import cache_for, file_memo
from kbgen.site.languages import drop_unused_stemmers, search_code
from kbgen.site.material import hide_problems
from kbgen.site.pages import add_generated, set_inclusion
from kbgen.site.publish import gate_beside_rendering, start_gate_and_index
from kbgen.site.render import Renderer
from kbgen.site.report import report
from kbgen.site.theme_listing import theme_listing
from kbgen.site.theme_names import page_icon_problems
from kbgen.site.urls import Urls

PHASE = "on_files/kbgen"
"""Where `--profile` shows the parts of loading."""

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from kbgen.build.memo import Memo
    from kbgen.core.model import KnowledgeBase
    from kbgen.errors import Problem
    from kbgen.site.state import BuildState


def load_content(state: BuildState, files: Files, config: MkDocsConfig) -> None:
    """Load and validate the content (errors stop the build), hide private files, add
    category, tag, team and contact pages."""
    beside = gate_beside_rendering(state, state.tree)
    if state.staged and not state.serving:  # kept for quick builds (kbgen.site.theme_listing)
        state.theme_files = theme_listing(files, config)
    state.kb, problems = load_checked(state, config, beside)
    report(problems, config.docs_dir, state.kept_errors)
    add_pages(state, files, config, beside)


def load_checked(state: BuildState, config: MkDocsConfig, beside: bool = False,
                 memo: Memo | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """The content of `state.tree` loaded and checked as a build does (the file memo made
    anew in `state.memo`), and every problem found; `beside`: the gate runs elsewhere;
    `memo`: loaded through this file memo instead (`state.memo` left as it is)."""
    if memo is None:
        memo = state.memo = file_memo(state, config)
    with state.timings.measure(f"{PHASE}/load and check the content"):
        kb, problems = load(Path(config.docs_dir), state.settings, gate=not beside,
                            helpers=1 if beside else 0, tree=state.tree, memo=memo,
                            site_host=state.own_host)
    custom_dir = config.theme.custom_dir
    problems += template_problems(kb, Path(custom_dir) if custom_dir else None)
    problems += hide_problems(kb)
    problems += page_icon_problems(kb, Path(custom_dir) if custom_dir else None)
    if state.languages is not None and state.languages.current.is_default:
        problems += state.languages.translations.problems  # every language's, at once
    return kb, problems


def add_pages(state: BuildState, files: Files, config: MkDocsConfig, beside: bool = False
              ) -> None:
    """What follows loading the knowledge base `state.kb`: hide private files, add
    category, tag, team and contact pages, give kbgen's pages to the fast renderer (and,
    `beside`, start the gate and the search index in a second process)."""
    content_dir = Path(config.docs_dir)
    tree = state.tree
    timings = state.timings
    state.articles = {a.origin.src_uri: a for a in state.kb.articles}
    with timings.measure(f"{PHASE}/related articles"):
        state.related = RelatedIndex(state.kb)
    state.contact = (contact_view(state.kb.contact, state.translator) if state.kb.contact
                     else None)
    set_inclusion(files, state.kb, config.docs_dir, tree)
    drop_unused_stemmers(files, search_code(state))
    use_ascii_addresses(files, config)
    with timings.measure(f"{PHASE}/generated pages"):
        generated = add_generated(files, state.kb, config, state.translator)
    css = brand_css(state.settings.brand) if state.settings.brand else None
    if css:
        files.append(File.generated(config, BRAND_CSS, content=css))
    state.urls = urls_of(files)
    env = config.theme.get_env()
    install_translator(env, state.translator)  # before Renderer: no English one made first
    state.renderer = Renderer(env)
    if beside:
        start_gate_and_index(state, content_dir)
    state.pages_total = sum(1 for f in files.documentation_pages()
                            if not f.inclusion.is_excluded())
    state.fast.cache_for = cache_for(state, config)
    state.fast.take_pages(files, config, state.articles, generated,
                          state.settings.build_workers, state.serving)


def urls_of(files: Files) -> Urls:
    """The URLs of the build's published files (and of any added later)."""
    def find(src_uri: str) -> str | None:
        file = files.get_file_from_path(src_uri)
        return None if file is None or file.inclusion.is_excluded() else file.url
    return Urls({file.src_uri: file.url for file in files
                 if not file.inclusion.is_excluded()}, find)
