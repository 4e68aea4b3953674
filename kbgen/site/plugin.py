"""kbgen as an MkDocs plugin (`plugins: [kbgen]`): the same handlers as hooks/kb.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority

from kbgen.site import hooks

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext


class KbPlugin(BasePlugin):  # type: ignore[type-arg]
    """Sites made by `kbgen init` use this; this repository wires the same via hooks/kb.py."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """See kbgen.site.hooks.on_startup."""
        hooks.on_startup(command=command, dirty=dirty)

    @event_priority(100)  # as hooks.on_config: before Material's search and offline plugins
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """See kbgen.site.hooks.on_config."""
        return hooks.on_config(config)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """See kbgen.site.hooks.on_files."""
        return hooks.on_files(files, config=config)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """See kbgen.site.hooks.on_nav."""
        return hooks.on_nav(nav, config=config, files=files)

    @event_priority(-100)  # as hooks.on_env: last, article workers need the finished env
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """See kbgen.site.hooks.on_env."""
        return hooks.on_env(env, config=config, files=files)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """See kbgen.site.hooks.on_page_markdown."""
        return hooks.on_page_markdown(markdown, page=page, config=config, files=files)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        """See kbgen.site.hooks.on_page_content."""
        return hooks.on_page_content(html, page=page, config=config, files=files)

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """See kbgen.site.hooks.on_page_context."""
        return hooks.on_page_context(context, page=page, config=config, nav=nav)

    @event_priority(-110)  # as hooks.on_post_build: after Material's search and offline plugins
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """See kbgen.site.hooks.on_post_build."""
        hooks.on_post_build(config=config)

    def on_build_error(self, *, error: Exception) -> None:
        """See kbgen.site.hooks.on_build_error."""
        hooks.on_build_error(error=error)
