"""The site's search index: kbgen's prebuilt lunr index inside Material's search_index.json.

Material's search UI stays; its worker is swapped for kbgen's (`kb-search.js`), which loads
this index instead of indexing every page in the reader's browser.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kbgen.core.model import KnowledgeBase
from kbgen.core.search import article_document, compact_index, member_document
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.site.urls import CONTACT, Urls, profile_uri

INDEX_PATH = "search/search_index.json"
WORKER = "assets/javascripts/workers/kb-search.js"
_MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")


def search_plugin_fields() -> dict[str, dict[str, float]]:
    """The `fields` option for Material's search plugin."""
    return {name: {"boost": boost} for name, boost in FIELD_BOOSTS.items()}


def search_separator() -> str:
    """The `separator` option for Material's search plugin."""
    return SEPARATOR


def use_kbgen_worker(config_block: str) -> str:
    """Material's `__config` with kbgen's worker in place of Material's (a Jinja filter)."""
    return _MATERIAL_WORKER.sub(WORKER, config_block)


def _documents(kb: KnowledgeBase, urls: Urls, excluded: set[str]
               ) -> Iterator[dict[str, Any]]:
    for article in kb.public_articles():
        uri = article.origin.src_uri
        location = urls.to(uri, "")
        if location and uri not in excluded:
            yield article_document(article, uri, location)
    for member in kb.team.values():
        location = urls.to(profile_uri(member.id), "")
        if location:
            yield member_document(member, profile_uri(member.id), location)
    location = urls.to(CONTACT, "")
    if kb.contact is not None and location:
        yield {"title": "Contact us", "summary": "Call or write to support: phone numbers,"
               " opening hours and e-mail.", "symptoms": "talk to a person speak to someone"
               " human agent", "errors": "", "tags": "contact phone call e-mail hours",
               "location": location}


def write_index(site_dir: Path, kb: KnowledgeBase, urls: Urls, excluded: set[str]) -> int:
    """Replace Material's index by kbgen's prebuilt one; return its size in bytes."""
    path = site_dir / INDEX_PATH
    material = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    documents = list(_documents(kb, urls, excluded))
    store = [[html.escape(d["title"]), d["location"], html.escape(d["summary"])]
             for d in documents]
    config = {**material.get("config", {}), "separator": SEPARATOR,
              "fields": search_plugin_fields(),
              "kb": compact_index(documents, kb.synonyms, store)}
    text = json.dumps({"config": config, "docs": []}, separators=(",", ":"),
                      ensure_ascii=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))
