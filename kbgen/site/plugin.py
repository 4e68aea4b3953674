"""The `kbgen` MkDocs plugin (`plugins: [kbgen]`): kbgen's one entry point.

Its instance owns the state of each build (`BuildState`, made anew in `on_config`) and only
delegates: each event is a line or two calling the module that does the work. Event
priorities are declared here, and only here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from kbgen.build.memo import Recent
from kbgen.build.timings import Timings
from kbgen.core.published_settings import read_settings
from kbgen.site import page_flow
from kbgen.site.config import KbPluginConfig
from kbgen.site.configure import configure
from kbgen.site.environment import prepare_templates
from kbgen.site.fastrender import FastRender
from kbgen.site.informed import template_globals
from kbgen.site.languages import watch_other_languages
from kbgen.site.loading import load_content
from kbgen.site.nav import build_nav
from kbgen.site.other_pages import reads_every_page
from kbgen.site.page_policy import with_page_policy
from kbgen.site.progress import page_done
from kbgen.site.publish import publish, stop_background
from kbgen.site.settings import load_settings
from kbgen.site.state import BuildState
from kbgen.site.theme_output import ThemeOutput

if TYPE_CHECKING:
    from collections.abc import Callable

    from jinja2 import Environment, Template
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from kbgen.errors import Problem


class KbPlugin(BasePlugin[KbPluginConfig]):
    """kbgen in MkDocs: checks the content, adds the help centre's pages, publishes safely."""

    _build: BuildState | None = None
    """The current build's state: none until on_config (MkDocs reports a build that failed
    before it, kbgen wired twice, to on_build_error and on_shutdown). A class default, not an
    instance's: the tests' reset to a new instance's attributes keeps a running preview's."""

    def __init__(self) -> None:
        super().__init__()
        self.serving = False
        """A preview (`mkdocs serve`): drafts and internal notes are shown."""
        self.staged = False
        """Set by `kbgen build`, which publishes only after the build (see BuildState)."""
        self.published: Path | None = None
        """Set by `kbgen build`: the folder it publishes to."""
        self.timings: Timings | None = None
        """Set by `kbgen build --profile`: where each build's time goes."""
        self.recent: Recent | None = None
        """Set by `kbgen serve`: the file memo's entries of its last builds, in memory."""
        self.settings_checked = False
        """Set by a quick build (kbgen.site.quick_build): see BuildState.settings_checked."""
        self.kept_errors: list[Problem] | None = None
        """Set by `kbgen serve` for a first preview: where every build of the run, each
        language's, keeps its content's errors (BuildState.kept_errors)."""

    def start_run(self, *, staged: bool = False, published: Path | None = None,
                  settings_checked: bool = False, recent: Recent | None = None) -> None:
        """Set what one run (a build, a quick build, a preview's reload) asks of the plugin.
        MkDocs keeps a process's plugin instances from one configuration's load to the next
        (even another project's), so a run that left these unset would inherit the last
        run's: a build after a preview in one process kept the file memo in the preview's
        memory, and wrote no `.kbgen-cache/files`."""
        self.staged, self.published = staged, published
        self.settings_checked, self.timings = settings_checked, None
        self.recent = recent
        self.kept_errors = None
        self._build: BuildState | None = None
        self._theme_output = ThemeOutput()

    def resume(self, state: BuildState) -> None:
        """Make `state` the current build's again: another language's build, which MkDocs runs
        on this same instance, replaced it (and `kbgen build` then counted that language's
        articles and cached its files as the site's); or a preview's earlier build, whose
        pages still render, after a newer build failed."""
        self._build = state

    @property
    def build(self) -> BuildState:
        """The state of the current build."""
        if self._build is None:
            raise PluginError("kbgen's plugin ran without its on_config event")
        return self._build

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether this is a preview, where drafts and internal notes are shown
        (only a preview keeps the file memo in memory: `mkdocs build` run in a process that
        previewed before calls no `start_run`)."""
        self.serving = command == "serve"
        if not self.serving:
            self.recent = None

    @event_priority(100)  # before Material's search and offline plugins read their settings
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Refuse a site that wires kbgen twice; validate `extra.kb` (once per build) into a
        new build's state; patch the configuration."""
        refuse_twice(config)
        read = read_settings(Path(config.config_file_path or "mkdocs.yml"))  # once a build
        settings = load_settings(config.extra, config.config_file_path, config.docs_dir,
                                 read[1] if config.config_file_path else {})
        fast = self.config.fast_render and not reads_every_page(config.theme.custom_dir)
        self._build = BuildState(settings, serving=self.serving, staged=self.staged,
                                 fast=FastRender(enabled=fast),
                                 timings=self.timings or Timings(), published=self.published,
                                 use_cache=self.config.cache, recent=self.recent,
                                 settings_checked=self.settings_checked, config_read=read,
                                 kept_errors=self.kept_errors)
        configure(self._build, config)
        self._theme_output = ThemeOutput()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Load and check the content, hide private files, add kbgen's pages."""
        load_content(self.build, files, config)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Show categories in the navigation, not every article (unless `nav` is set)."""
        state = self.build
        if state.records_reads:  # from here on, what pages read is recorded (page_reads)
            state.page_reads.start()
        state.nav = nav if config.nav is not None else build_nav(nav, state.kb, files)
        return state.nav

    @event_priority(-100)  # last: the workers rendering articles need the finished env
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Make the templates final; then, in big builds, render articles in workers."""
        state = self.build
        prepare_templates(state, env)
        env.globals.update(template_globals(state.kb, state.urls, config.site_url,
                                            config.site_name, state.translator))
        if state.nav is not None and state.theme_scripts is not None:
            written = state.fast.render_deferred(
                env, config=config, files=files, nav=state.nav,
                theme_scripts=state.theme_scripts, done=lambda: page_done(state))
            if written:
                env.globals["kb_written"] = written  # for sitemap.xml
        return env

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """Shortcodes, template and metadata (kbgen.site.page_flow)."""
        self.build.page_reads.page(page.file.src_uri)
        return page_flow.before_markdown(self.build, markdown, page)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        """Article header, cleaning, kbgen's fragments (kbgen.site.page_flow)."""
        html = page_flow.after_markdown(self.build, html, page)
        self.build.page_reads.page(None)
        return html

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        """kbgen's `kb_*` template variables (kbgen.site.page_flow)."""
        self.build.page_reads.page(page.file.src_uri)  # until on_post_page: its template
        page_flow.template_variables(self.build, context, page, config)
        return context

    @event_priority(-100)  # last: the policy hashes the page's final inline scripts
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """What the theme computed, on every page (kbgen.site.theme_output); the
        `_headers` policy as meta tags, for hosts without them (kbgen.site.page_policy)."""
        self.build.page_reads.page(None)
        self._theme_output.check(self.build, config, page.meta.get("template", "main.html"),
                                 output, page.content or "", page.markdown or "",
                                 page.file.src_uri)
        return with_page_policy(self.build, output, config)

    def on_pre_template(self, template: Template, *, template_name: str,
                        config: MkDocsConfig) -> Template:
        """The pages are written: their reads are recorded (the theme's templates, made
        anew by every build, are not pages)."""
        self.build.page_reads.finish()
        return template

    @event_priority(-100)
    def on_post_template(self, output_content: str, *, template_name: str,
                         config: MkDocsConfig) -> str:
        """The same for the theme's pages (404.html) and its other templates (sitemap.xml,
        a feed), which take no page policy."""
        self._theme_output.check(self.build, config, template_name, output_content)
        if not template_name.endswith(".html"):
            return output_content
        return with_page_policy(self.build, output_content, config)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig,
                 builder: Callable[..., Any]) -> LiveReloadServer:
        """Rebuild when another language's content changes (kbgen.site.languages)."""
        settings = (self._build.settings if self._build is not None else
                    load_settings(config.extra, config.config_file_path, config.docs_dir))
        watch_other_languages(settings, config, server)
        return server

    @event_priority(-110)  # after Material's offline plugin (-100) wrote search_index.js
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The gate's verdict, kbgen's search index and hosting files (kbgen.site.publish)."""
        self.build.page_reads.finish()
        publish(self.build, config)

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the background work of a build that failed."""
        if self._build is not None:
            stop_background(self._build)
            self._build.page_reads.close()

    def on_shutdown(self) -> None:
        """A recording left running (a build stopped between events) is uninstalled."""
        if self._build is not None:
            self._build.page_reads.close()


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
    if len(found) < 2:
        return
    where = " and ".join(f"'{name}'" for name, _ in found)
    hooked = any(hasattr(plugin, "kb_plugin") for plugin in config.plugins.values())
    fix = ("Keep `- kbgen` under `plugins:` and remove hooks/kb.py from `hooks:`." if hooked
           else "List `- kbgen` once under `plugins:`.")
    raise PluginError(
        f"kbgen is wired into {config.config_file_path or 'mkdocs.yml'} {len(found)} times"
        f" ({where}): every page would be built twice over. {fix}")


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
