"""A try for `bench/relevance_tries.py --try`: developers' reference pages told by their headings.

An API reference page (Mastodon's `entities-account`: headings `id`, `username`, `acct`,
`display_name`, ...) outranks the user page a customer's question is about. What sets it apart
is structure, not words: most of its headings are one identifier (lowercase throughout, or
with `_`, `.`, `/`, `()` or a camelCase hump, or an HTTP method and path). Among the first
PHRASE_DEPTH results of a query of two words or more, a page of three headings or more has its
rank divided by (1 + WEIGHT x the share of such headings); a query holding a code-like token
(`arduino-cli`, `config.yml`, `foo()`) is a developer's and changes nothing.

Not shipped: measured on the tuning sets and the held-out sets once (bench/RESULTS.md, rel54).
Shipping needs each page's share in the index (one small number a page) and the worker ranking
alike.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_identifiers.py
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

from kbgen.core import search as searching

WEIGHT = 2.0
"""A page whose headings are all identifiers keeps a third of its rank (1: a half)."""
MIN_HEADINGS = 3
"""Pages of fewer headings are left alone."""
IDENTIFIER = re.compile(r"^(?:[a-z][a-z0-9_.]*|[A-Za-z0-9]+(?:[_.][\w.]+|[a-z]+[A-Z]\w*)"
                        r"|(?:GET|POST|PUT|PATCH|DELETE)\b.*|[\w./:-]*/[\w./:{}-]+)(?:\(\))?$")
"""A heading that is one identifier (`display_name`, `avatarStatic`, `GET /api/v1/accounts`);
a product name with a capital (`iOS`) is not one, but a camelCase one is (`macOS`)."""
CODE_LIKE = re.compile(r"[A-Za-z0-9][_./-][A-Za-z0-9]|\(\)")
"""A query token of code (`arduino-cli`, `config.yml`, `foo()`): the query is a developer's."""


def _headings_try() -> Any:
    """bench/relevance_try_headings.py, beside this file (run by `relevance_tries.py --try`,
    this file has no `__file__`: beside the script)."""
    here = Path(globals().get("__file__") or sys.argv[0])
    spec = importlib.util.spec_from_file_location(
        "kbgen_bench_relevance_try_headings", here.with_name("relevance_try_headings.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HEADINGS = _headings_try()


def identifier_share(document: dict[str, Any]) -> float:
    """The share of a document's headings that are one identifier (0 below MIN_HEADINGS)."""
    found = HEADINGS.heading_texts(document)
    if len(found) < MIN_HEADINGS:
        return 0.0
    return sum(1 for text in found if IDENTIFIER.match(text.strip())) / len(found)


def install() -> None:
    """Make kbgen's `build_index` keep each page's share and `search` rank with it."""
    build, plain_search = searching.build_index, searching.search
    plain = HEADINGS.ranked_hits(lambda run, top: {ref: 1.0 for ref in top})
    weighed = HEADINGS.ranked_hits(lambda run, top: {
        ref: 1 / (1 + WEIGHT * run.index.identifier_shares[ref]) for ref in top})

    def build_index(documents: list[dict[str, Any]], synonyms: Any = None,
                    language: Any = searching.ENGLISH) -> Any:
        index = build(documents, synonyms, language)
        index.identifier_shares = [identifier_share(doc) for doc in documents]
        return index

    def search(index: Any, query: str, limit: int = 10) -> Any:
        searching._Run.hits = plain if CODE_LIKE.search(query) else weighed  # type: ignore[method-assign]
        return plain_search(index, query, limit)

    searching.build_index = build_index  # type: ignore[assignment]
    searching.search = search  # type: ignore[assignment]


if __name__ == "kbgen_try":
    install()
