"""An MkDocs site's plugin settings as mkdocs.yml writes them: `plugins:` a list of names and
one-key mappings, or a mapping of names."""

from __future__ import annotations

from typing import Any


def plugin_settings(config: dict[str, Any], names: frozenset[str]) -> dict[str, Any] | None:
    """The settings of the first plugin listed under one of `names` (empty when listed
    without settings), None when none is listed."""
    plugins = config.get("plugins")
    entries = plugins.items() if isinstance(plugins, dict) else [
        next(iter(entry.items())) if isinstance(entry, dict) and len(entry) == 1 else (entry, {})
        for entry in plugins or [] if isinstance(entry, (str, dict))]
    return next((dict(settings) if isinstance(settings, dict) else {}
                 for name, settings in entries if name in names), None)
