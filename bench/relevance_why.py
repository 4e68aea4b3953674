"""Why the pages above an answer come first: each miss of the named sets, with every hit down to
the answer, its `why` (the query's terms it matched, field by field), its share of body words
that are Markdown link text, and the query's terms it holds only in link text.

Read the tuning sets only (bench/relevance.py's HELD_OUT are refused: a change made from their
misses overfits).

Example:
    python bench/relevance_why.py joplin meshtastic
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(BENCH.parent))
import relevance  # noqa: E402

from kbgen.core import search  # noqa: E402

LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
"""A Markdown link (inline or by reference), not an image: its text."""


def link_share(body: str) -> float:
    """The share of a Markdown body's words that are link text."""
    words = len(search.tokens(search.plain_text(body))) or 1
    return sum(len(search.tokens(link.group(1))) for link in LINK.finditer(body)) / words


def link_only(body: str, query: str) -> list[str]:
    """The query's terms that a body holds in link text and nowhere else."""
    linked = set(search._pipeline(" ".join(m.group(1) for m in LINK.finditer(body))))
    rest = set(search._pipeline(search.plain_text(LINK.sub(" ", body))))
    return sorted({term.stem for term in search.query_terms(query)} & (linked - rest))


def main(names: list[str]) -> None:
    """Print the misses of each named set, with the hits down to the answer (5 when lost)."""
    if refused := set(names) & set(relevance.HELD_OUT):
        sys.exit(f"held-out sets are not read: {', '.join(sorted(refused))}")
    every = relevance.sets(Path(tempfile.mkdtemp()))
    for name in names:
        config, queries, expected = every[name]
        articles, synonyms, places = relevance.corpus(config)
        index = search.build_index([search.article_document(a, a.origin.display_path, place=p)
                                    for a, p in zip(articles, places, strict=True)], synonyms)
        for query, wanted in zip(queries, expected, strict=True):
            hits = search.search(index, query, 10)
            slugs = [articles[int(hit.ref)].slug for hit in hits]
            rank = next((n for n, slug in enumerate(slugs) if slug in wanted), None)
            if rank == 0:
                continue
            print(f"\n[{name}] {query!r} want {wanted} rank {None if rank is None else rank + 1}")
            for n, hit in enumerate(hits[:5 if rank is None else rank + 1]):
                body = articles[int(hit.ref)].public_body
                print(f"  {n + 1}. {slugs[n]} share={link_share(body):.2f} "
                      f"link-only={link_only(body, query)} why={hit.why}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["sample"])
