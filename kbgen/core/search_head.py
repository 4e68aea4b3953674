"""The index's head as the site writes it: the same data in fewer bytes, unpacked by the
browser's worker (`unpackHead` in kb-search.js) into exactly what it was, so the ranking and
what results show do not change.

The head is what the browser fetches before its first result; on 10,000 articles of real
words two thirds of it are the store (titles, locations, summaries). Packed:
- the store by columns (`titles`, `locations`, `summaries`: like strings side by side
  compress better than entries; `questions`, the places of the questions a page asks, by
  document number, for the pages that ask any), each location as its folder's number in
  `location_dirs`, how many of its first characters its title's slug (`slug`) gives, and
  the rest (the worker unpacks a location only when a result shows it);
- `idf`, a function of `df`, as one value for each number of documents (`idf_df`,
  `idf_values`);
- the fields' `lengths` field by field rather than document by document
  (`lengths_by_field`: like numbers side by side);
- `terms` front-coded (`terms_front`: each the number of first UTF-16 units it shares with the
  term before, one digit of DIGITS, then the rest);
- `related` terms as their numbers (`related_terms`: ascending, each written as the gap to
  the one before, in DIGITS), the keys staying words.
Each piece is packed only when unpacking gives it back exactly (the lengths: by how they are
moved, not checked); otherwise it stays as it was.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple

from kbgen.core.search import DIGITS, LAST_DIGITS, _numbers, _written

_UNESCAPE = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&amp;", "&"))
_UPPER = re.compile("[A-Z]")
_NOT_SLUG = re.compile("[^a-z0-9]+")


def slug(title: str) -> str:
    """A store title (HTML-escaped) as a slug: the worker's `slugPrefix` does the same, character
    for character (ASCII letters lowered, every run of other characters one "-")."""
    for escaped, char in _UNESCAPE:
        title = title.replace(escaped, char)
    return _NOT_SLUG.sub("-", _UPPER.sub(lambda m: m.group().lower(), title)).strip("-")


def _location(packed: str, title: str, dirs: list[str], slugs: Slugs | None = None) -> str:
    folder, common, rest = packed.split(":", 2)
    made = slugs[title] if slugs is not None else slug(title)
    return dirs[int(folder)] + made[:int(common)] + rest


class Slugs(dict[str, str]):
    """Each title's `slug`, made once: packing the store and checking it by unpacking need
    the same slugs (half of the head's packing time, at 10,000 articles)."""

    def __missing__(self, title: str) -> str:
        made = self[title] = slug(title)
        return made


def _pack_store(store: list[Any], slugs: Slugs | None = None) -> dict[str, Any] | None:
    if not all(isinstance(e, list) and (len(e) == 3 or len(e) == 4 and e[3])
               and all(isinstance(v, str) for v in e) for e in store):
        return None
    dirs: dict[str, int] = {}
    locations = []
    slugs = Slugs() if slugs is None else slugs
    for title, location, *_ in store:
        folder, sep, name = location.rpartition("/")
        common = len(os.path.commonprefix([name, slugs[title]]))
        locations.append(f"{dirs.setdefault(folder + sep, len(dirs))}:{common}:{name[common:]}")
    questions = {str(doc): e[3] for doc, e in enumerate(store) if len(e) == 4}
    return {"titles": [e[0] for e in store], "locations": locations,
            "location_dirs": list(dirs), "summaries": [e[2] for e in store],
            **({"questions": questions} if questions else {})}


def _unpack_store(packed: dict[str, Any], slugs: Slugs | None = None) -> list[list[str]]:
    dirs = packed["location_dirs"]
    slugs = Slugs() if slugs is None else slugs
    questions = packed.get("questions") or {}
    return [[title, _location(location, title, dirs, slugs), summary,
             *([questions[str(doc)]] if str(doc) in questions else [])]
            for doc, (title, location, summary)
            in enumerate(zip(packed["titles"], packed["locations"], packed["summaries"]))]


def _pack_idf(idf: list[float], df: str) -> dict[str, Any] | None:
    table: dict[int, float] = {}
    for documents, value in zip(_numbers(df), idf):
        if table.setdefault(documents, value) != value:
            return None
    keys = sorted(table)
    return {"idf_df": "".join(_written(b - a) for a, b in zip([0, *keys], keys)),
            "idf_values": [table[k] for k in keys]}


def _unpack_idf(packed: dict[str, Any], df: str) -> list[float]:
    keys, at = [], 0
    for gap in _numbers(packed["idf_df"]):
        at += gap
        keys.append(at)
    table = dict(zip(keys, packed["idf_values"]))
    return [table[documents] for documents in _numbers(df)]


def _pack_related(related: dict[str, list[str]], terms: list[str]) -> dict[str, str] | None:
    number = {term: n for n, term in enumerate(terms)}
    packed = {}
    for key, partners in related.items():
        if not all(p in number for p in partners):
            return None
        ordered = sorted(number[p] for p in partners)
        if [terms[n] for n in ordered] != partners:  # the order is the terms' order
            return None
        packed[key] = "".join(_written(b - a) for a, b in zip([0, *ordered], ordered))
    return packed


def _unpack_related(packed: dict[str, str], terms: list[str]) -> dict[str, list[str]]:
    found = {}
    for key, written in packed.items():
        at, partners = 0, []
        for gap in _numbers(written):
            at += gap
            partners.append(terms[at])
        found[key] = partners
    return found


_WRITTEN = re.compile(f"[{re.escape(DIGITS[LAST_DIGITS:])}]*[{re.escape(DIGITS[:LAST_DIGITS])}]")
"""One number as DIGITS write it (`kbgen.core.search._number`: one way only for each)."""


def _pack_lengths(lengths: str, fields: int) -> str | None:
    """`lengths` field by field: each number's written characters moved, none rewritten, so
    unpacking gives them back exactly when every document has `fields` numbers (None when
    not: the lengths then stay as they are). Regular expressions and slices, no number read."""
    written = _WRITTEN.findall(lengths)
    if not fields:
        return None if lengths else ""
    if len(written) % fields or "".join(written) != lengths:
        return None
    return "".join("".join(written[f::fields]) for f in range(fields))


def _unpack_lengths(packed: str, fields: int) -> str:
    written = _WRITTEN.findall(packed)
    documents = len(written) // fields if fields else 0
    return "".join(map("".join, zip(*(written[f * documents:(f + 1) * documents]
                                      for f in range(fields)))))


def _pack_terms(terms: list[str]) -> list[str]:
    packed, before = [], ""
    for term in terms:
        common = len(os.path.commonprefix([before, term]))
        while len(term[:common].encode("utf-16-le")) // 2 >= LAST_DIGITS:
            common -= 1
        packed.append(DIGITS[len(term[:common].encode("utf-16-le")) // 2] + term[common:])
        before = term
    return packed


def _unpack_terms(packed: list[str]) -> list[str]:
    terms, before = [], b""
    for written in packed:
        units = DIGITS.index(written[0])
        before = before[:2 * units] + written[1:].encode("utf-16-le", "surrogatepass")
        terms.append(before.decode("utf-16-le", "surrogatepass"))
    return terms


class PackedStore(NamedTuple):
    """A head's store and how `pack_head` writes it, for a later head with the same store
    (a quick build's: only bodies changed, so titles, locations and summaries did not)."""

    store: list[Any] | None
    packed: dict[str, Any] | None
    """None: the store cannot be packed exactly, and stays as it is."""


def packed_store(store: list[Any] | None) -> PackedStore:
    """`store` packed (`pack_head`'s columns), when unpacking gives it back exactly."""
    slugs = Slugs()
    packed = _pack_store(store or [], slugs)
    if packed is not None and _unpack_store(packed, slugs) != store:
        packed = None
    return PackedStore(store, packed)


def pack_head(head: dict[str, Any], known: PackedStore | None = None) -> dict[str, Any]:
    """`head` (kbgen.core.search.split_index) as the site writes it; `known`: a store packed
    before, taken when `head`'s store equals it (else the store is packed anew)."""
    packed = dict(head)
    if known is None or known.store != head.get("store"):
        known = packed_store(head.get("store"))
    if known.packed is not None:
        del packed["store"]
        packed.update(known.packed)
    idf = _pack_idf(head["idf"], head["df"])
    if idf is not None and _unpack_idf(idf, head["df"]) == head["idf"]:
        del packed["idf"]
        packed.update(idf)
    related = _pack_related(head.get("related") or {}, head["terms"])
    if related and _unpack_related(related, head["terms"]) == head["related"]:
        del packed["related"]
        packed["related_terms"] = related
    terms = _pack_terms(head["terms"])
    if _unpack_terms(terms) == head["terms"]:
        del packed["terms"]
        packed["terms_front"] = terms
    fields = len(head["fields"])
    lengths = _pack_lengths(head["lengths"], fields)  # exact by making: no check by unpacking
    if lengths is not None:
        del packed["lengths"]
        packed["lengths_by_field"] = lengths
    return packed


def unpack_head(packed: dict[str, Any]) -> dict[str, Any]:
    """The head again from `pack_head`'s."""
    head = {key: value for key, value in packed.items()
            if key not in ("titles", "locations", "location_dirs", "summaries", "questions",
                           "idf_df", "idf_values", "related_terms", "lengths_by_field",
                           "terms_front")}
    if "terms_front" in packed:
        head["terms"] = _unpack_terms(packed["terms_front"])
    if "titles" in packed:
        head["store"] = _unpack_store(packed)
    if "idf_df" in packed:
        head["idf"] = _unpack_idf(packed, packed["df"])
    if "related_terms" in packed:
        head["related"] = _unpack_related(packed["related_terms"], head["terms"])
    if "lengths_by_field" in packed:
        head["lengths"] = _unpack_lengths(packed["lengths_by_field"], len(packed["fields"]))
    return head
