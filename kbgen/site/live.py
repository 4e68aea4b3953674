"""The last preview build's live objects, kept by `kbgen serve` so that a save can be shown by
rendering only what it changed (kbgen.site.quick_edit) instead of building the whole site."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from kbgen.core.build_day import build_day
from kbgen.site.plugin import kbgen_plugin

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation

    from kbgen.site.state import BuildState

PLUGIN_NAME = "kbgen-live-preview"
"""The name `keep_live` registers its plugin under."""


class LiveSite(BasePlugin):  # type: ignore[type-arg]
    """Keeps the configuration, files, navigation, template environment and kbgen's state of
    the last preview build that finished (`ready`)."""

    def __init__(self) -> None:
        super().__init__()
        self.site_config: MkDocsConfig | None = None
        self.files: Files | None = None
        """Every file of the build (the fast renderer takes its pages out of MkDocs' list)."""
        self.env: Environment | None = None
        self.state: BuildState | None = None
        self.ready = False
        self.day: dt.date | None = None
        """The day the build was made for (its pages show dates relative to it)."""

    @property
    def nav(self) -> Navigation | None:
        """The build's navigation."""
        return self.state.nav if self.state is not None else None

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.ready = False  # until this build is done
        self.day = build_day()

    @event_priority(-90)  # before kbgen's on_env (-100) takes its rendered pages out of files
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        self.ready = False
        self.site_config, self.env, self.files = config, env, Files(list(files))
        return env

    @event_priority(-200)  # after every other plugin's post-build work
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.state = kbgen_plugin(config).build
        self.state.pages_total = 0  # later renders of single pages log no progress
        self.ready = (self.files is not None and self.state.nav is not None
                      and not self.state.kept_errors)  # else the next save checks it all

    def on_build_error(self, *, error: Exception) -> None:
        self.ready = False


def keep_live(config: MkDocsConfig, live: LiveSite) -> None:
    """Register `live` in a preview build's configuration (before the build)."""
    config.plugins[PLUGIN_NAME] = live
