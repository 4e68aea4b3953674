"""A Markdown extension that fails every build that did not run kbgen's plugin.

A kbgen site lists it under `markdown_extensions:` (`- kbgen.site.guard`). The `kbgen`
plugin takes it out before any page is converted; a build without the plugin (removed from
`plugins:`, or an MkDocs-compatible engine that skips unknown plugins) converts its first
page with the guard still in and stops, instead of publishing drafts and internal notes
without the privacy gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

GUARD = "kbgen.site.guard"
MESSAGE = ("This site is a kbgen help centre, built without kbgen's plugin: add `- kbgen` under"
           " `plugins:` in mkdocs.yml (and build with `kbgen build`). Without it, drafts and"
           " internal notes would be published and nothing checked for private data.")


class _Stop(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        raise PluginError(MESSAGE)


class GuardExtension(Extension):
    """Stops the conversion of any page (the plugin removes it from the configuration)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        md.preprocessors.register(_Stop(md), "kbgen_guard", 1000)


def makeExtension(**kwargs: Any) -> GuardExtension:  # noqa: N802  (Python-Markdown's name)
    """The extension, as `markdown_extensions: [kbgen.site.guard]` loads it."""
    return GuardExtension(**kwargs)


def drop_guard(config: MkDocsConfig) -> None:
    """Take the guard out: this build runs kbgen's plugin."""
    config.markdown_extensions[:] = [
        e for e in config.markdown_extensions
        if e != GUARD and not isinstance(e, GuardExtension)]
    config.mdx_configs.pop(GUARD, None)
