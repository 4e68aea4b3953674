"""Add kbgen's fields (summary, symptoms, errors, tags) to Material's search index."""

from __future__ import annotations

import json
from pathlib import Path

from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR

INDEX_PATH = "search/search_index.json"


def search_plugin_fields() -> dict[str, dict[str, float]]:
    """The `fields` option for Material's search plugin."""
    return {name: {"boost": boost} for name, boost in FIELD_BOOSTS.items()}


def search_separator() -> str:
    """The `separator` option for Material's search plugin."""
    return SEPARATOR


def enrich(site_dir: Path, fields_by_url: dict[str, dict[str, str | list[str]]]) -> None:
    """Give the main index entry of each page (by URL) its extra fields."""
    path = site_dir / INDEX_PATH
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for doc in index.get("docs", []):
        doc.update(fields_by_url.get(doc.get("location", ""), {}))
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
