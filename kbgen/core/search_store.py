"""The index's store (what a result shows: title, location, summary) cut into chunks of
documents, so that the head a reader fetches before its first result does not carry it.

The browser's worker fetches only the chunks of the documents it ranks first (the results it
lists and those the phrase bonus reads), beside nothing else; `kbgen search` and a page
opened from disk read the whole store as before."""

from __future__ import annotations

from typing import Any

STORE_CHUNK = 8
"""Documents a chunk: small, since the first 50 results usually fall in 50 different chunks
(8: about 18 kB gzip for them on 10,000 articles of real words, against 244 kB for the whole
store)."""


def split_store(head: dict[str, Any], chunk: int = STORE_CHUNK
                ) -> tuple[dict[str, Any], list[list[Any]]]:
    """`head` without its `store`, naming the documents a chunk (`store_chunk`), and the
    store's chunks in document order."""
    store = head.get("store") or []
    rest = {key: value for key, value in head.items() if key != "store"}
    return ({**rest, "store_chunk": chunk},
            [store[start:start + chunk] for start in range(0, len(store), chunk)])


def join_store(head: dict[str, Any], chunks: list[list[Any]]) -> dict[str, Any]:
    """The head with its store again (`split_store`)."""
    rest = {key: value for key, value in head.items() if key != "store_chunk"}
    return {**rest, "store": [entry for chunk in chunks for entry in chunk]}
