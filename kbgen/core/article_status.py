"""The `status` of an article file the knowledge base did not load (another language's)."""

from __future__ import annotations

from pathlib import Path

import yaml

from kbgen.core.frontmatter import split_front_matter
from kbgen.core.sources import ARTICLES_DIR


def outside_status(path: Path) -> str | None:
    """The `status` written in the front matter of the article at `path`
    (`<folder>/articles/<category>/<slug>.md`: the default language's, linked from a
    translation), or None when `path` is no such file or its front matter has none."""
    if path.suffix != ".md" or path.parent.parent.name != ARTICLES_DIR or not path.is_file():
        return None
    try:
        front = split_front_matter(path.read_text(encoding="utf-8")).front_matter
        data = yaml.safe_load(front) if front else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    status = data.get("status") if isinstance(data, dict) else None
    return status if isinstance(status, str) else None
