"""The site's search index: kbgen's prebuilt lunr index inside Material's search_index.json.

Material's search UI stays; its worker is swapped for kbgen's (`kb-search.js`), which loads
this index instead of indexing every page in the reader's browser.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from kbgen.core.i18n import Translator
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import news_posts
from kbgen.core.search import (
    Analysis,
    analyse,
    article_document,
    compact_index,
    excerpt_source,
    member_document,
    news_document,
    split_index,
)
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.core.search_language import DEFAULT, search_language
from kbgen.site.urls import CONTACT, Urls, profile_uri

INDEX_PATH = "search/search_index.json"
KB_INDEX_PATH = "search/kb-index.json"
"""The prebuilt index's head; the worker fetches it itself (no copy through the page's
thread), then the parts of the postings its queries reach (PARTS_DIR)."""
PARTS_DIR = "search/kb-index"
"""The postings, a run of terms a file (`<part>.json`, kbgen.core.search.split_index)."""
TEXT_DIR = "search/kb-text"
"""Bodies for excerpts, TEXT_CHUNK documents a file (`<chunk>.json`): the worker fetches only
those of the results it shows, after showing them."""
TEXT_CHUNK = 16
OFFLINE_PATH = "search/search_index.js"
"""Material's offline plugin writes this for file:// use; it must carry the whole index."""
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


DocumentKey = tuple[str, str, str]
"""An article's source path, location and the digest of its body."""
Documents = dict[DocumentKey, tuple[dict[str, Any], Analysis]]
"""Articles' search documents and their terms (`analyse`), for a later index to reuse."""


def _documents(kb: KnowledgeBase, urls: Urls, tr: Translator, reuse: Documents
               ) -> Iterator[tuple[DocumentKey | None, dict[str, Any], Analysis | None]]:
    """Each document: its key (articles only), itself, its terms when `reuse` has them."""
    for article in kb.public_articles():
        uri = article.origin.src_uri
        location = urls.to(uri, "")
        if location and not (article.meta.search or {}).get("exclude"):
            body = article.body.encode("utf-8", "surrogatepass")
            key = (uri, location, hashlib.sha256(body).hexdigest())
            found = reuse.get(key)
            if found is not None:
                yield key, *found
            else:
                yield key, article_document(article, uri, location), None
    for document in _others(kb, urls, tr):
        yield None, document, None


def _others(kb: KnowledgeBase, urls: Urls, tr: Translator) -> Iterator[dict[str, Any]]:
    for member in kb.team.values():
        location = urls.to(profile_uri(member.id), "")
        if location:
            yield member_document(member, profile_uri(member.id), location)
    for uri, page, meta in news_posts(kb):
        location = urls.to(uri, "")
        if location and not (meta.search or {}).get("exclude"):
            yield news_document(page, meta, uri, location)
    location = urls.to(CONTACT, "")
    if kb.contact is not None and location:
        yield {"title": tr.gettext("Contact us"),
               "summary": tr.gettext("Call or write to support: phone numbers, opening hours"
                                     " and e-mail."),
               "symptoms": tr.gettext("talk to a person speak to someone human agent"),
               "errors": "", "tags": tr.gettext("contact phone call e-mail hours"),
               "location": location}


def _dump(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


class SiteIndex(NamedTuple):
    """What the site ships for search: the compact index and each document's text for
    excerpts (plain, not escaped: the worker escapes what it shows); and the articles'
    documents and terms, for the next index to reuse (`index_text`)."""

    data: dict[str, Any]
    texts: list[str]
    documents: Documents | None = None


def index_text(kb: KnowledgeBase, urls: Urls, tr: Translator, language: str = DEFAULT,
               reuse: Documents | None = None) -> SiteIndex:
    """kbgen's prebuilt index of the site: articles not excluded from search, news posts, the
    team and the contact page; words read as `language` reads them.

    `reuse`: the `documents` of an earlier index of the same front matter, synonyms,
    language and day (a quick build's base, kbgen.site.quick_build): an article whose
    source path, location and body are the same is not read and analysed again."""
    found = list(_documents(kb, urls, tr, reuse or {}))
    documents = [document for _, document, _ in found]
    words = search_language(language)
    made: Documents = {}
    analysed: list[Analysis | None] = [analysis for _, _, analysis in found]
    if not words.compounds:  # else each document's terms depend on all the others' words
        expand = kb.synonyms.expand
        analysed = [analysis if analysis is not None else analyse(document, expand, words)
                    for _, document, analysis in found]
        made = {key: (document, analysis) for (key, document, _), analysis
                in zip(found, analysed) if key is not None and analysis is not None}
    data = {**compact_index(documents, kb.synonyms, language=words, analysed=analysed),
            "text_chunk": TEXT_CHUNK}
    return SiteIndex(data, [excerpt_source(d.get("body", "")) for d in documents],
                     made or None)


def write_index(site_dir: Path, site_index: SiteIndex) -> None:
    """Write kbgen's prebuilt index (`index_text`) beside a small search_index.json that
    points to it.

    Material's page script reads search_index.json and hands it to the worker; keeping that
    file small spares the page a large parse and copy, and the worker fetches the index
    itself. For file:// (offline plugin), search_index.js carries the whole index and the texts
    instead.
    """
    data, texts = site_index.data, site_index.texts
    head, parts = split_index(data)
    path = site_dir / INDEX_PATH
    material = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    written = {k: v for k, v in material.get("config", {}).items() if k != "kb_url"}  # again
    config = {**written, "separator": SEPARATOR,
              "fields": search_plugin_fields()}
    path.parent.mkdir(parents=True, exist_ok=True)
    (site_dir / KB_INDEX_PATH).write_text(_dump(head), encoding="utf-8")
    (site_dir / PARTS_DIR).mkdir(exist_ok=True)
    for number, part in enumerate(parts):
        (site_dir / PARTS_DIR / f"{number}.json").write_text(_dump(part), encoding="utf-8")
    (site_dir / TEXT_DIR).mkdir(exist_ok=True)
    for chunk, start in enumerate(range(0, len(texts), TEXT_CHUNK)):
        (site_dir / TEXT_DIR / f"{chunk}.json").write_text(
            _dump(texts[start:start + TEXT_CHUNK]), encoding="utf-8")
    path.write_text(_dump({"config": {**config, "kb_url": KB_INDEX_PATH}, "docs": []}),
                    encoding="utf-8")
    offline = site_dir / OFFLINE_PATH
    if offline.is_file():
        with_index = (_dump(config)[:-1]  # the whole index: no part is fetched from disk
                      + f',"kb":{_dump(data)},"kb_text":{_dump(texts)}}}')
        whole = f'{{"config":{with_index},"docs":[]}}'
        offline.write_text(f"var __index = {whole}", encoding="utf-8")
