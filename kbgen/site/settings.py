"""kbgen settings for the MkDocs adapter: `extra.kb`, validated by the core."""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import ConfigurationError

from kbgen.core.config import ConfigProblem, KbConfig, load_kb_config


def load_settings(extra: dict[str, Any], config_file: str | None) -> KbConfig:
    """Validate `extra.kb`; raise ConfigurationError naming every bad option."""
    try:
        return load_kb_config(extra.get("kb"), config_file or "mkdocs.yml")
    except ConfigProblem as exc:
        raise ConfigurationError(f"Invalid kbgen settings:\n{exc}") from None
