"""Add the article fields (summary, symptoms, errors) to Material's search index."""

from __future__ import annotations

import json
from pathlib import Path

from kbgen.core.model import Article
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR

INDEX_PATH = "search/search_index.json"


def search_plugin_fields() -> dict[str, dict[str, float]]:
    """The `fields` option for Material's search plugin."""
    return {name: {"boost": boost} for name, boost in FIELD_BOOSTS.items()}


def search_separator() -> str:
    """The `separator` option for Material's search plugin."""
    return SEPARATOR


def enrich(site_dir: Path, articles_by_url: dict[str, Article]) -> None:
    """Give each article's main index entry its front matter fields."""
    path = site_dir / INDEX_PATH
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for doc in index.get("docs", []):
        article = articles_by_url.get(doc.get("location", ""))
        if article is None:
            continue
        doc["summary"] = article.meta.summary
        doc["symptoms"] = " ".join(article.meta.symptoms)
        doc["errors"] = " ".join(article.meta.errors)
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
