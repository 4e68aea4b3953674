"""The theme's Jinja environment, made final for kbgen's templates (`on_env`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbgen.site import search_index
from kbgen.site.fastrender import toc_key
from kbgen.site.feedback import feedback_settings
from kbgen.site.hosting import ThemeScripts
from kbgen.site.i18n import install_translator
from kbgen.site.render import prepare_env
from kbgen.site.urls import CONTACT, category_uri

if TYPE_CHECKING:
    from jinja2 import Environment

    from kbgen.site.state import BuildState


def prepare_templates(state: BuildState, env: Environment) -> None:
    """Contact data and topics for every page (404 included), kbgen's filters and `kb_once`;
    the theme's inline scripts read for the CSP."""
    # Leave out the newline and indentation around template tags: about a tenth of each page
    # was whitespace from Material's templates. (Text from Markdown is never touched.)
    env.trim_blocks = env.lstrip_blocks = True
    install_translator(env, state.translator)
    prepare_env(env)  # kbgen's fragments escape wherever they are included
    if env.cache is not None:  # templates read before are read again, the same way
        env.cache.clear()
    env.globals["kb_contact"] = state.contact
    env.globals["kb_analytics"] = feedback_settings(state.settings.analytics)
    env.filters["kb_worker"] = search_index.use_kbgen_worker
    env.filters["kb_toc_key"] = toc_key
    env.globals["kb_once"] = state.fast.once
    if state.languages is not None and state.languages.root_url:  # sitemap.xml's xhtml:link
        env.globals["kb_alternates"] = state.languages.hreflang
    if state.urls is not None:
        env.globals["kb_topics"] = [(c.info.title, state.urls.to(category_uri(c.slug), ""))
                                    for c in state.kb.published_categories()]
        env.globals["kb_contact_url"] = state.urls.to(CONTACT, "")
    state.theme_scripts = ThemeScripts.from_env(env)
