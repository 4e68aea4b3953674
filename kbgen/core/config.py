"""kbgen's settings: the `extra.kb` block of mkdocs.yml, validated without MkDocs."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError

from kbgen.core.schema import Line, StrictModel, validation_messages


class KbConfig(StrictModel):
    """Options of `extra.kb`."""

    recent_articles: int = Field(6, ge=0)
    """How many recently updated articles the home page lists."""
    related_articles: int = Field(5, ge=0)
    """How many related articles an article page lists."""
    team_groups: list[Line] = []
    """Order of the groups (the `team` key of profiles) on the team page; others follow A-Z."""
    stale_after_days: int = Field(180, ge=1)
    """An article not updated or reviewed for longer is reported as stale."""
    duplicate_threshold: float = Field(0.6, gt=0, le=1)
    """Similarity (0-1) above which two published articles are reported as likely duplicates."""


class ConfigProblem(Exception):
    """Invalid settings; the message lists every bad option."""


def load_kb_config(data: dict[str, Any] | None, where: str) -> KbConfig:
    """Validate the `extra.kb` mapping; raise ConfigProblem naming each bad option."""
    try:
        return KbConfig.model_validate(dict(data or {}))
    except ValidationError as exc:
        lines = [f"{where}: extra.kb: {message}" for _, message in
                 validation_messages(exc, KbConfig)]
        raise ConfigProblem("\n".join(lines)) from None
