"""kbgen settings, validated from the `extra.kb` block of mkdocs.yml."""

from __future__ import annotations

from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import ConfigurationError


class KbSettings(base.Config):
    """Options of `extra.kb` in mkdocs.yml."""

    recent_articles = c.Type(int, default=6)
    """How many recently updated articles the home page lists."""
    related_articles = c.Type(int, default=5)
    """How many related articles an article page lists."""
    team_groups = c.ListOfItems(c.Type(str), default=[])
    """Order of the groups (the `team` key of profiles) on the team page; others follow A-Z."""


def load_settings(extra: dict[str, Any], config_file: str | None) -> KbSettings:
    """Validate `extra.kb`; raise ConfigurationError naming every bad option."""
    settings = KbSettings(config_file_path=config_file)
    settings.load_dict(dict(extra.get("kb") or {}))
    errors, warnings = settings.validate()
    problems = [f"extra.kb.{key}: {error}" for key, error in errors + warnings]
    if problems:
        raise ConfigurationError(
            f"Invalid kbgen settings in '{config_file}':\n" + "\n".join(problems)
        )
    return settings
