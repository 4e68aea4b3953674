"""A new or renamed article's document put into the last search index instead of the index
made whole (at 10,000 articles ~3.5 CPU s of a preview's catch-up).

Documents are numbered by source path (kbgen.site.search_index), so an article that comes
takes a place among the others, and a renamed one leaves its place for another. Both are
turned into what `index_text` already patches exactly, the same documents with one moved
and changed (`moved_index`, then `patch_index`):

- a new article: an empty document appended to the last index, its terms none, its text
  empty; it then moves to the new article's place and gets its terms;
- a renamed article: its document in the last index takes the new source path and
  address; it moves to its new place and gets its terms again (its address is in what
  results show).

Anything else (two articles new at once, one gone) is left to the index made whole.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from kbgen.core.search import _written, store_entry
from kbgen.core.search_fields import FIELD_BOOSTS

if TYPE_CHECKING:
    from kbgen.site.search_index import DocumentKey, SiteIndex

log = logging.getLogger(__name__)
ARRIVING = "an article arriving"
"""In place of a body's digest in a document's key: no document has it, so the document is
patched (its terms and what results show written again)."""
ARRIVED = "The search index: {what} {uri} put into the last index"
"""Logged (debug) when an article's document was put into the last index."""


def arrived(before: SiteIndex, keys: list[DocumentKey]) -> SiteIndex:
    """`before` (documents kept) made ready to be patched into the index of the documents
    `keys` (in the index's order) when one article came or one was renamed: then of as many
    documents as `keys`, the same sources and addresses but in place of one, as far as the
    whole order goes; else `before` as it is."""
    assert before.documents is not None
    kept = [key[:2] for key in before.documents]
    now = [key[:2] for key in keys]
    came = set(now) - set(kept)
    if len(came) != 1:
        return before
    (source, address), = came
    gone = set(kept) - set(now)
    if not source or len(gone) > 1 or len(now) - len(kept) != (0 if gone else 1):
        return before
    arriving = (source, address, ARRIVING)
    if gone:
        log.debug(ARRIVED.format(what="renamed article", uri=source))
        return before._replace(documents={
            (arriving if key[:2] in gone else key): made
            for key, made in before.documents.items()})
    log.debug(ARRIVED.format(what="new article", uri=source))
    return _appended(before, arriving)


def _appended(before: SiteIndex, key: DocumentKey) -> SiteIndex:
    """`before` with an empty document last under `key`: no terms, no text, every field of
    length 0; what results show of it is written when it is patched."""
    assert before.documents is not None
    width = len(FIELD_BOOSTS)
    empty = [Counter[str]() for _ in range(width + 1)]  # the fields, then the sections
    data = {**before.data, "documents": before.data["documents"] + 1,
            "lengths": before.data["lengths"] + _written(0) * width,
            "store": [*before.data["store"], store_entry({})]}
    return before._replace(data=data, texts=[*before.texts, ""],
                           documents={**before.documents, key: ({}, empty, frozenset())})
