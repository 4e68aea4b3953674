"""The site's search index: kbgen's prebuilt lunr index inside Material's search_index.json.

Material's search UI stays; its worker is swapped for kbgen's (`kb-search.js`), which loads
this index instead of indexing every page in the reader's browser.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple, cast

from kbgen.build.atomic import write_atomically
from kbgen.build.snapshot import Apart
from kbgen.core.concepts import pair_words, words_in
from kbgen.core.i18n import Translator
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.news import news_posts
from kbgen.core.search import (
    ENGLISH,
    Analysis,
    analyse,
    article_document,
    compact_index,
    excerpt_source,
    member_document,
    news_document,
    patch_index,
    split_index,
)
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.core.search_head import PackedStore, pack_head
from kbgen.core.search_language import DEFAULT, SearchLanguage, search_language
from kbgen.core.search_moves import moved_index, one_move
from kbgen.core.search_place import place_text
from kbgen.site.search_arrivals import arrived
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
PAIRS_DIR = "search/kb-pairs"
"""The pairs of consecutive words of each text, a bucket a file (`<bucket>.json`,
kbgen.core.search_pairs): the worker fetches those of its query's pairs."""
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
"""An article's source path, location and the digest of its body (another document's: "",
its position and the digest of its fields)."""


class _Pickled(Apart):
    """A value kept pickled (`kept`), unpickled the first time it is asked for (`value`);
    in a snapshot, its bytes are read only then (`Apart`)."""

    __slots__ = ("_value", "_data", "_read")

    def __init__(self, value: Any = None, data: bytes | None = None,
                 read: Callable[[], bytes] | None = None) -> None:
        self._value = value
        self._data = data
        self._read = read

    def value(self) -> Any:
        """The value (unpickled the first time)."""
        if self._value is None:
            self._value = pickle.loads(self.kept())
        return self._value

    def kept(self) -> bytes:
        """The value pickled."""
        if self._data is not None:
            return self._data
        if self._read is not None:
            return self._read()
        return pickle.dumps(self._value, pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_piece(cls, read: Callable[[], bytes]) -> _Pickled:
        return cls(read=read)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (None, self.kept())


class KeptTerms(_Pickled):
    """A document's terms (`Analysis`) as a snapshot keeps them (kbgen.build.snapshot):
    pickled apart, one document's bytes each, so that loading a snapshot makes no Counter
    and a quick build unpickles the terms of the documents it changes alone (at 10,000
    articles about 0.3 CPU s less); in a snapshot, read only then."""

    __slots__ = ()

    def terms(self) -> Analysis:
        """The terms (unpickled the first time)."""
        return cast(Analysis, self.value())


class KeptDocument(_Pickled, Mapping[str, Any]):
    """A search document as a snapshot keeps it: its fields unpickled when first asked for
    (in a snapshot, read only then: a quick build reads those of the documents it changes;
    at 10,000 articles 40 MB not unpickled)."""

    __slots__ = ()

    def __getitem__(self, name: str) -> Any:
        return self.value()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.value())

    def __len__(self) -> int:
        return len(self.value())


def terms_of(analysis: Analysis | KeptTerms) -> Analysis:
    """A document's terms, unpickled when kept so."""
    return analysis.terms() if isinstance(analysis, KeptTerms) else analysis


Documents = dict[DocumentKey, tuple[Mapping[str, Any], Analysis | KeptTerms, frozenset[str]]]
"""Each document (in the index's order; `KeptDocument` in a snapshot), its terms
(`analyse`; `KeptTerms` in a snapshot) and the words it has of the pairs of the same sense
(`words_of`, when the site uses them), for a later index to reuse."""
Found = tuple[DocumentKey, Mapping[str, Any], Analysis | KeptTerms | None,
              frozenset[str] | None]
"""A document's key, itself, and its terms and words when known."""


def _documents(kb: KnowledgeBase, urls: Urls, tr: Translator, reuse: Documents,
               changed: Collection[str] | None = None) -> Iterator[Found]:
    """Each document: its key, itself, its terms and words when `reuse` has them (an
    article not in `changed`, when given, has the body its key in `reuse` was made from:
    not hashed again)."""
    digests = ({key[:2]: key[2] for key in reuse if key[0]} if changed is not None else {})
    fresh = set(changed or ())
    for article in sorted(kb.public_articles(), key=_source):
        uri = article.origin.src_uri
        location = urls.to(uri, "")
        if location and not (article.meta.search or {}).get("exclude"):
            known = digests.get((uri, location)) if uri not in fresh else None
            key = (uri, location, known if known is not None else _digest(article.body))
            found = reuse.get(key)
            if found is not None:
                yield key, *found
            else:
                yield key, article_document(article, uri, location,
                                            place_text(article, kb.categories)), None, None
    for number, document in enumerate(_others(kb, urls, tr)):
        key = ("", str(number), _digest(json.dumps(document, sort_keys=True)))
        found = reuse.get(key)
        yield (key, document, *found[1:]) if found is not None else (key, document, None, None)


def _source(article: Article) -> str:
    """An article's place in the index: its source path, which no edit of its front matter
    changes (a retitled article keeps its number; ties in ranking go by number, the same in
    Python and in the worker)."""
    return article.origin.src_uri


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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


class PairWords:
    """Which words of a site's documents are in a shipped pair (`words_of`), learnt as they
    are read: a document with no word new to the site is read without loading the pairs (0.1
    CPU s; a quick build's changed article mostly is such)."""

    def __init__(self) -> None:
        self.paired: set[str] = set()
        """Words in a pair."""
        self.unpaired: set[str] = set()
        """Words in none."""

    def of(self, texts: Iterable[str]) -> frozenset[str]:
        """The words of `texts` that are in a pair (`words_of`)."""
        words = words_in(texts)
        if not words - self.paired - self.unpaired:
            return frozenset(words & self.paired)
        found = words & pair_words()
        self.paired |= found
        self.unpaired |= words - found
        return frozenset(found)


class SiteIndex(NamedTuple):
    """What the site ships for search: the compact index and each document's text for
    excerpts (plain, not escaped: the worker escapes what it shows); and the articles'
    documents and terms, and the words known to be in pairs or not, for the next index to
    reuse (`index_text`)."""

    data: dict[str, Any]
    texts: list[str]
    documents: Documents | None = None
    words: PairWords | None = None


def terms_apart(index: SiteIndex) -> SiteIndex:
    """`index` with each document's terms pickled apart (`KeptTerms`), as a snapshot keeps
    them: the index made in a second process (kbgen.site.publish) crosses to the build process
    as bytes, not as a Counter a document, and the snapshot pickles them no more (at 10,000
    articles about 2 CPU s less to send, 1.8 less to receive)."""
    if not index.documents:
        return index
    return index._replace(documents={
        key: (document, terms if isinstance(terms, KeptTerms) else KeptTerms(
            data=pickle.dumps(terms, pickle.HIGHEST_PROTOCOL)), words)
        for key, (document, terms, words) in index.documents.items()})


def index_text(kb: KnowledgeBase, urls: Urls, tr: Translator, language: str = DEFAULT,
               before: SiteIndex | None = None, changed: Collection[str] | None = None
               ) -> SiteIndex:
    """kbgen's prebuilt index of the site: articles not excluded from search, news posts, the
    team and the contact page; words read as `language` reads them.

    `before`: an earlier index of the same front matter, synonyms, language and day (a quick
    build's base, kbgen.site.quick_build): a document whose source, location and text are
    the same is not read and analysed again, and when only documents' texts changed the
    index is patched (`patch_index`) rather than made whole. `changed`: the source paths of
    the only articles whose bodies may differ from `before`'s (the others are not hashed)."""
    reuse = before.documents if before is not None and before.documents else {}
    found = list(_documents(kb, urls, tr, reuse, changed))
    documents = cast(list[dict[str, Any]],  # a kept one read as a dict is (a Mapping)
                     [document for _, document, _, _ in found])
    words = search_language(language)
    if words.compounds:  # each document's terms depend on all the others' words
        data = compact_index(documents, kb.synonyms, language=words)
        return SiteIndex({**data, "text_chunk": TEXT_CHUNK},
                         [excerpt_source(d.get("body", "")) for d in documents])
    expand = kb.synonyms.expand
    related = kb.synonyms.concepts and words.code == ENGLISH.code
    known = before.words if before is not None and before.words is not None else PairWords()
    seen: dict[str, list[str]] = {}
    made: Documents = {
        key: (document, analysis if analysis is not None else analyse(document, expand, words,
                                                                      seen=seen),
              paired if paired is not None else known.of(
                  str(document.get(name, "")) for name in FIELD_BOOSTS) if related
              else frozenset())
        for (key, _, analysis, paired), document in zip(found, documents)}
    analysed = [analysis for _, analysis, _ in made.values()]
    vocabulary = frozenset().union(*(pair_words for _, _, pair_words in made.values()))
    patched = _patched(before, list(made), documents, analysed, kb, words, vocabulary)
    if patched is not None:
        return SiteIndex(*patched, made, known)
    data = compact_index(documents, kb.synonyms, language=words,
                         analysed=[terms_of(analysis) for analysis in analysed],
                         words=vocabulary)
    return SiteIndex({**data, "text_chunk": TEXT_CHUNK},
                     [excerpt_source(d.get("body", "")) for d in documents], made, known)


def _patched(before: SiteIndex | None, keys: list[DocumentKey],
             documents: list[dict[str, Any]], analysed: list[Analysis | KeptTerms],
             kb: KnowledgeBase,
             words: SearchLanguage, vocabulary: frozenset[str]
             ) -> tuple[dict[str, Any], list[str]] | None:
    """The index data and texts of `documents`, patched from `before` where only documents'
    texts changed (the same documents, in the same order, or one moved: `_reordered`; one
    new or renamed article: `arrived`); None when it cannot be."""
    if before is None or before.documents is None:
        return None
    before = arrived(before, keys)  # a new or renamed article's place made (search_arrivals)
    if before.documents is None or len(before.documents) != len(keys):
        return None
    if any(key[:2] != was[:2] for key, was in zip(keys, before.documents)):
        before = _reordered(before, [key[:2] for key in keys])
        if before is None:
            return None  # not the same documents, or more than one moved
    kept = before.documents
    assert kept is not None
    earlier = list(kept)
    changed = [ref for ref, (key, was) in enumerate(zip(keys, earlier)) if key != was]
    try:
        data = patch_index(before.data, {ref: terms_of(kept[earlier[ref]][1])
                                         for ref in changed},
                           {ref: terms_of(analysed[ref]) for ref in changed}, documents,
                           kb.synonyms,
                           words, vocabulary,
                           old_texts={ref: before.texts[ref] for ref in changed},
                           words_before=_vocabulary(kept))
    except ValueError:
        return None
    texts = list(before.texts)
    for ref in changed:
        texts[ref] = excerpt_source(documents[ref].get("body", ""))
    return {**data, "text_chunk": TEXT_CHUNK}, texts


def _reordered(before: SiteIndex, order: list[tuple[str, str]]) -> SiteIndex | None:
    """`before` with its documents in `order` (their sources and locations) when one document
    moved, as a whole index of them would be; else None. (Articles are in source order, which
    no front-matter edit changes: the step that puts a new or renamed article, appended by
    `arrived`, in its place.)"""
    assert before.documents is not None
    kept = list(before.documents.items())
    move = one_move([key[:2] for key, _ in kept], order)
    if move is None:
        return None
    try:
        data = moved_index(before.data, move, len(FIELD_BOOSTS))
    except (KeyError, StopIteration):  # not an index this code writes
        return None
    return before._replace(data=data, texts=move.order(before.texts),
                           documents=dict(move.order(kept)))


def _vocabulary(documents: Documents) -> frozenset[str]:
    """The words of the pairs of one sense that `documents` have (the index's `words`)."""
    return frozenset().union(*(pair_words for _, _, pair_words in documents.values()))


def _joined(dumped: list[str]) -> str:
    """The JSON array of the items of the JSON arrays `dumped`, each of one item at least
    (`_dump` of all the texts, from their chunks' dumps: 16 MB not dumped twice)."""
    return "[" + ",".join(text[1:-1] for text in dumped) + "]"


def write_index(site_dir: Path, site_index: SiteIndex, linked: bool = False,
                store: PackedStore | None = None) -> list[str]:
    """Write kbgen's prebuilt index (`index_text`) beside a small search_index.json that
    points to it; the files written or removed (paths relative to `site_dir`).

    Material's page script reads search_index.json and hands it to the worker; keeping that
    file small spares the page a large parse and copy, and the worker fetches the index
    itself. For file:// (offline plugin), search_index.js carries the whole index and the texts
    instead.

    `linked`: the index files in `site_dir` may be hard links to a published site's (a quick
    build into the site's spare, kbgen.build.spare): one that already holds what it must is
    left as it is, any other is removed before it is written (never written into). Parts,
    texts and pairs beyond the new index's are removed (a preview writes over its last
    index). `store`: the store packed before (a quick build's base), taken when the index's
    store is the same (`pack_head`).
    """
    data, texts = site_index.data, site_index.texts
    head, parts = split_index(data)
    path = site_dir / INDEX_PATH
    material = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    written = {k: v for k, v in material.get("config", {}).items() if k != "kb_url"}  # again
    config = {**written, "separator": SEPARATOR,
              "fields": search_plugin_fields()}
    path.parent.mkdir(parents=True, exist_ok=True)
    changed: list[str] = []

    def put(relative: str, text: str) -> None:
        target = site_dir / relative
        data = text.encode("utf-8")
        if linked:
            with contextlib.suppress(FileNotFoundError):
                if target.read_bytes() == data:
                    return
        # swapped in whole: a preview rewrites its index while it serves it, and a browser
        # reading a file written in place read it empty or cut short (CI: `JSONDecodeError`
        # at char 0); never written into, so a hard link to a published site's file stays
        write_atomically(target, data, served=True)
        changed.append(relative)

    put(KB_INDEX_PATH, _dump(pack_head(head, store)))  # fewer bytes, the same once unpacked
    (site_dir / PARTS_DIR).mkdir(exist_ok=True)
    for number, part in enumerate(parts):
        put(f"{PARTS_DIR}/{number}.json", _dump(part))
    (site_dir / TEXT_DIR).mkdir(exist_ok=True)
    chunks = range(0, len(texts), TEXT_CHUNK)
    dumped = [_dump(texts[start:start + TEXT_CHUNK]) for start in chunks]
    for chunk, text in enumerate(dumped):
        put(f"{TEXT_DIR}/{chunk}.json", text)
    pairs = data.get("pairs") or []
    (site_dir / PAIRS_DIR).mkdir(exist_ok=True)
    for number, bucket in enumerate(pairs):
        put(f"{PAIRS_DIR}/{number}.json", _dump(bucket))
    for folder, count in ((PARTS_DIR, len(parts)), (TEXT_DIR, len(chunks)),
                          (PAIRS_DIR, len(pairs))):
        names = {f"{number}.json" for number in range(count)}
        for entry in os.scandir(site_dir / folder):
            if entry.name not in names and not entry.name.startswith("."):  # another's
                os.unlink(entry.path)  # temporary (write_atomically) is not an old part
                changed.append(f"{folder}/{entry.name}")
    put(INDEX_PATH, _dump({"config": {**config, "kb_url": KB_INDEX_PATH}, "docs": []}))
    offline = site_dir / OFFLINE_PATH
    if offline.is_file():
        with_index = (_dump(config)[:-1]  # the whole index: no part is fetched from disk
                      + f',"kb":{_dump(data)},"kb_text":{_joined(dumped)}}}')
        whole = f'{{"config":{with_index},"docs":[]}}'
        put(OFFLINE_PATH, f"var __index = {whole}")
    return changed
