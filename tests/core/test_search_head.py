"""The head as the site writes it (kbgen.core.search_head): fewer bytes, the same data."""

from __future__ import annotations

import gzip
import json

from kbgen.core import search as searching
from kbgen.core.search_head import pack_head, packed_store, slug, unpack_head
from tests.core.test_search import generated_documents

AWKWARD = [
    {"title": 'Error "E42" & the <b> tag', "summary": "Fix it & go.",
     "location": "articles/errors/error-e42-the-b-tag.html"},
    {"title": "Überweisung schlägt fehl", "summary": "Zahlung",
     "location": "artikel/uberweisung-schlagt-fehl.html"},
    {"title": "Literal &amp; and &#x27; in a title", "summary": "",
     "location": "articles/literal-amp-and-x27-in-a-title/"},
    {"title": "No slug in common", "summary": "x", "location": "people/ada.html"},
    {"title": "At the root", "summary": "y", "location": "contact.html"},
    {"title": "A__proto__ B", "summary": "z", "location": ""},
]


def _gzipped(data: object) -> int:
    return len(gzip.compress(json.dumps(data, separators=(",", ":")).encode(), 6))


def test_a_packed_head_unpacks_to_exactly_the_head() -> None:
    documents = [{**d, "location": f"articles/{d['title'].lower().replace(' ', '-')}.html"}
                 for d in generated_documents(300)] + AWKWARD + [
                     {"title": "\U0001D400bcd \U0001D400bce \u00e9t\u00e9 \u00e9tage",
                      "summary": "", "location": "e.html"}]  # letters of two UTF-16 units
    head, _ = searching.split_index(searching.compact_index(documents))
    head["related"] = {"__proto__": [head["terms"][3], head["terms"][9]],
                       "zzz": [head["terms"][0]]}
    assert any(term.startswith("\U0001D400") for term in head["terms"])
    packed = pack_head(head)
    assert {"store", "idf", "related", "lengths", "terms"}.isdisjoint(packed)
    assert unpack_head(packed) == head
    assert _gzipped(packed) < 0.9 * _gzipped(head)


def test_what_cannot_be_packed_exactly_stays_as_it_was() -> None:
    head, _ = searching.split_index(searching.compact_index(generated_documents(20)))
    head["related"] = {"heat": ["not-a-term"]}  # a partner that is no term
    df = list(searching._numbers(head["df"]))
    common = max(set(df), key=df.count)
    second = [n for n, documents in enumerate(df) if documents == common][1]
    head["idf"][second] += 1.0  # two terms in as many documents, not the same idf
    packed = pack_head(head)
    assert packed["related"] == {"heat": ["not-a-term"]} and packed["idf"] == head["idf"]
    assert "titles" in packed  # the rest is packed all the same
    assert unpack_head(packed) == head


def test_slug_reads_a_stored_title_as_the_worker_does() -> None:
    assert slug("Error &quot;E42&quot; &amp; the &lt;b&gt; tag") == "error-e42-the-b-tag"
    assert slug("Überweisung schlägt fehl") == "berweisung-schl-gt-fehl"
    assert slug("&amp;amp; Caf\u00e9 -- OK!") == "amp-caf-ok"


def test_a_store_packed_before_is_taken_only_for_the_same_store() -> None:
    documents = [{**d, "location": f"articles/{d['title'].lower().replace(' ', '-')}.html"}
                 for d in generated_documents(40)] + AWKWARD
    head, _ = searching.split_index(searching.compact_index(documents))
    known = packed_store(head["store"])
    assert known.packed is not None
    assert pack_head(head, known) == pack_head(head)
    assert pack_head(head, known)["titles"] is known.packed["titles"]  # taken, not made

    renamed = {**head, "store": [list(entry) for entry in head["store"]]}
    renamed["store"][2][0] = "A title of today"  # a full build's: another title
    assert pack_head(renamed, known) == pack_head(renamed)
    assert unpack_head(pack_head(renamed, known)) == renamed

    odd = {**head, "store": [*head["store"], [1, "x.html", ""]]}  # cannot be packed
    assert packed_store(odd["store"]).packed is None
    assert unpack_head(pack_head(odd, packed_store(odd["store"]))) == odd
    assert unpack_head(pack_head(head, packed_store(odd["store"]))) == head


def test_lengths_are_packed_only_when_every_document_has_all_its_fields() -> None:
    head, _ = searching.split_index(searching.compact_index(generated_documents(30)))
    fields = len(head["fields"])
    big = searching._number(100_000)  # a number of several characters moves whole
    head["lengths"] = "".join(searching._written(n) for n in [100_000, *list(
        searching._numbers(head["lengths"]))[1:]])
    packed = pack_head(head)
    assert "lengths" not in packed and packed["lengths_by_field"].startswith(big)
    assert unpack_head(packed) == head

    for lengths in (head["lengths"] + "#",  # one number more than the documents' fields
                    head["lengths"] + big[:-1]):  # a number cut short
        odd = {**head, "lengths": lengths}
        assert pack_head(odd)["lengths"] == lengths and "lengths_by_field" not in pack_head(odd)
        assert unpack_head(pack_head(odd)) == odd
    assert len(list(searching._numbers(head["lengths"]))) == head["documents"] * fields
