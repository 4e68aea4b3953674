"""Options of the `kbgen` plugin in mkdocs.yml (`plugins: [{kbgen: {...}}]`). The help
centre's own settings live under `extra.kb` (kbgen.core.config)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class KbPluginConfig(Config):
    """The plugin's options."""

    fast_render = c.Type(bool, default=True)
    """Render big sites fast (kbgen.site.fastrender); `false` lets MkDocs render every page
    itself, for the same output, more slowly (to rule the fast renderer out)."""
    cache = c.Type(bool, default=True)
    """Reuse pages of earlier builds that nothing changed (`.kbgen-cache/` next to
    mkdocs.yml; kbgen.site.incremental); `false` renders every page every time."""
