"""kbgen settings for the MkDocs adapter: `extra.kb`, validated by the core."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.exceptions import ConfigurationError

from kbgen.core.config import ConfigProblem, KbConfig, brand_problems, load_kb_config
from kbgen.core.published_settings import key_lines
from kbgen.site.material import MATERIAL_PALETTE, MATERIAL_SWATCHES


def load_settings(extra: Mapping[str, Any], config_file: str | None, docs_dir: str,
                  lines: dict[str, int] | None = None) -> KbConfig:
    """Validate `extra.kb`; raise ConfigurationError naming every bad option and its line
    (`lines`: mkdocs.yml's key lines, read here when not given)."""
    where = config_file or "mkdocs.yml"
    if lines is None:
        lines = key_lines(Path(config_file)) if config_file and Path(config_file).is_file() else {}
    try:
        settings = load_kb_config(extra.get("kb"), where, lines, MATERIAL_PALETTE)
    except ConfigProblem as exc:
        raise ConfigurationError(f"Invalid kbgen settings:\n{exc}") from None
    errors = brand_problems(settings, Path(docs_dir), where, lines, MATERIAL_SWATCHES)
    if errors:
        raise ConfigurationError("Invalid kbgen settings:\n" + "\n".join(errors))
    return settings
