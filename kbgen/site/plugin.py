"""The `kbgen` MkDocs plugin (`plugins: [kbgen]`): kbgen's one entry point.

Its instance owns the state of the build (`BuildState`, made anew in `on_config`) and hands
it to the handlers in hooks.py. Event priorities are declared here, and only here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from kbgen.site import hooks
from kbgen.site.state import BuildState

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

PLUGIN_NAME = "kbgen"


class KbPlugin(BasePlugin):  # type: ignore[type-arg]
    """kbgen in MkDocs: checks the content, adds the help centre's pages, publishes safely."""

    def __init__(self) -> None:
        super().__init__()
        self.serving = False
        """A preview (`mkdocs serve`): drafts and internal notes are shown."""
        self.staged = False
        """Set by `kbgen build`, which publishes only after the build (see BuildState)."""
        self._build: BuildState | None = None

    @property
    def build(self) -> BuildState:
        """The state of the current build."""
        if self._build is None:
            raise PluginError("kbgen's plugin ran without its on_config event")
        return self._build

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether this is a preview, where drafts and internal notes are shown."""
        self.serving = command == "serve"

    @event_priority(100)  # before Material's search and offline plugins read their settings
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Refuse a site that wires kbgen twice; start a new build's state; patch config."""
        refuse_twice(config)
        self._build = hooks.start_build(config, serving=self.serving, staged=self.staged)
        return hooks.on_config(self._build, config)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """See kbgen.site.hooks.on_files."""
        return hooks.on_files(self.build, files, config=config)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """See kbgen.site.hooks.on_nav."""
        return hooks.on_nav(self.build, nav, config=config, files=files)

    @event_priority(-100)  # last: the workers rendering articles need the finished env
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """See kbgen.site.hooks.on_env."""
        return hooks.on_env(self.build, env, config=config, files=files)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """See kbgen.site.hooks.on_page_markdown."""
        return hooks.on_page_markdown(self.build, markdown, page=page, config=config,
                                      files=files)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        """See kbgen.site.hooks.on_page_content."""
        return hooks.on_page_content(self.build, html, page=page, config=config, files=files)

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """See kbgen.site.hooks.on_page_context."""
        return hooks.on_page_context(self.build, context, page=page, config=config, nav=nav)

    @event_priority(-110)  # after Material's offline plugin (-100) wrote search_index.js
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """See kbgen.site.hooks.on_post_build."""
        hooks.on_post_build(self.build, config=config)

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the background work of a build that failed."""
        if self._build is not None:
            hooks.on_build_error(self._build, error=error)


def kbgen_plugins(config: MkDocsConfig) -> list[tuple[str, KbPlugin]]:
    """Every kbgen plugin instance the site runs, by the name it is listed under."""
    found = []
    for name, plugin in config.plugins.items():
        instance = getattr(plugin, "kb_plugin", plugin)  # hooks/kb.py holds one
        if isinstance(instance, KbPlugin):
            found.append((name, instance))
    return found


def refuse_twice(config: MkDocsConfig) -> None:
    """Raise PluginError when kbgen is wired more than once (under `plugins:` and as the
    old `hooks/kb.py` alias, say): each would add its header, navigation and pages again."""
    found = kbgen_plugins(config)
    if len(found) > 1:
        where = " and ".join(f"'{name}'" for name, _ in found)
        raise PluginError(
            f"kbgen is wired into {config.config_file_path or 'mkdocs.yml'} {len(found)} times"
            f" ({where}): every page would be built twice over. Keep `- kbgen` under"
            f" `plugins:` and remove hooks/kb.py from `hooks:`.")


def hook_alias() -> dict[str, Any]:
    """The module attributes of `hooks/kb.py`, the old way to wire kbgen: a plugin instance
    (`kb_plugin`) and its events as hook functions."""
    plugin = KbPlugin()
    plugin.load_config({})
    events = {name: getattr(plugin, name) for name in dir(plugin)
              if name.startswith("on_") and name in KbPlugin.__dict__}
    return {"kb_plugin": plugin, **events}


def kbgen_plugin(config: MkDocsConfig) -> KbPlugin:
    """The site's kbgen plugin; PluginError when the site does not use kbgen."""
    found = kbgen_plugins(config)
    if not found:
        raise PluginError(
            f"{config.config_file_path or 'mkdocs.yml'} does not use kbgen: add `- kbgen`"
            f" under `plugins:`.")
    return found[0][1]
