"""The configuration kbgen needs, patched in before other plugins read it (`on_config`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.core.gate import settings_problems
from kbgen.core.internal_markdown import InternalNotesExtension
from kbgen.core.links import heading_slug
from kbgen.core.sanitize import site_host
from kbgen.site import search_index
from kbgen.site.brand import apply_brand
from kbgen.site.guard import drop_guard
from kbgen.site.heading_links import HeadingLinkNamesExtension
from kbgen.site.i18n import site_translator
from kbgen.site.included import includes_files
from kbgen.site.languages import languages_of
from kbgen.site.pages import walk_copied_folders
from kbgen.site.question_anchors import QuestionAnchorsExtension
from kbgen.site.report import report
from kbgen.site.theme import use_kbgen_theme
from kbgen.site.theme_env import list_visible_templates
from kbgen.site.theme_names import settings_name_problems
from kbgen.site.time_budget import BudgetExtension
from kbgen.site.web_fonts import font_problems, without_web_fonts

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState

LOCAL_WORKER_SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"
"""Vendored shim; without it Material's offline plugin loads one from a CDN."""


def configure(state: BuildState, config: MkDocsConfig) -> None:
    """Check the published settings; kbgen's theme, brand and Markdown extensions; search
    with kbgen's fields; scripts kept local."""
    state.languages = languages_of(state.settings, config)  # sets the theme's language
    state.translator = site_translator(config, state.settings, state.config_read[1])
    state.own_host = site_host(config.site_url)
    state.includes_files = includes_files(config)
    state.tree = walk_copied_folders(config)  # MkDocs walks them next, following links
    custom_dir = config.theme.custom_dir
    if not state.settings_checked:
        config_file = Path(config.config_file_path or "mkdocs.yml")
        theme_dir = Path(custom_dir) if custom_dir else None
        read = state.config_read  # mkdocs.yml, read once for every check of it
        report(settings_problems(config_file, Path(config.docs_dir), state.settings, config,
                                 theme_dir, read)
               + settings_name_problems(config_file, theme_dir, read)
               + font_problems(config_file, read), config.docs_dir)
    without_web_fonts(config)
    if state.settings.brand is not None:
        apply_brand(config, state.settings.brand, state.translator)
    use_kbgen_theme(config)
    list_visible_templates(config.theme)
    drop_guard(config)
    # The sanitiser drops style attributes: tables must align with align= instead.
    config.mdx_configs.setdefault("tables", {}).setdefault("use_align_attribute", True)
    # Headings in any script keep an id (Python-Markdown's default drops non-Latin letters).
    config.mdx_configs.setdefault("toc", {}).setdefault("slugify", heading_slug)
    # The heading link's tooltip and accessible name in the site's language, not English.
    config.mdx_configs["toc"].setdefault("permalink_title",
                                         state.translator.gettext("Permanent link"))
    # ... and its accessible name, which would otherwise be "¶": the title and the heading.
    name_heading_links(config, str(config.mdx_configs["toc"]["permalink_title"]))
    if "admonition" not in config.markdown_extensions:  # `!!! internal` notes need it
        config.markdown_extensions.append("admonition")
    config.markdown_extensions[:] = [  # every page: notes removed, conversion time bounded,
        *(e for e in config.markdown_extensions  # questions given the ids search links to
          if not isinstance(e, (InternalNotesExtension, BudgetExtension,
                                QuestionAnchorsExtension))),
        InternalNotesExtension(reveal=state.serving), BudgetExtension(state.budget),
        QuestionAnchorsExtension()]
    polyfills = config.extra.setdefault("polyfills", [])
    if not any("iframe-worker" in url for url in polyfills):
        polyfills.append(LOCAL_WORKER_SHIM)
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search.config, "fields"):
        if not search.config.fields:
            search.config.fields = search_index.search_plugin_fields()
        if not search.config.separator:
            search.config.separator = search_index.search_separator()


def name_heading_links(config: MkDocsConfig, title: str) -> None:
    """Add (once) the extension that gives heading links an accessible name (heading_links)."""
    config.markdown_extensions[:] = [
        *(e for e in config.markdown_extensions if not isinstance(e, HeadingLinkNamesExtension)),
        HeadingLinkNamesExtension(title)]
