"""Why a tuning set's answer is not first: every such query by cause, with counts.

For each query of the tuning sets whose expected article is not first (`bench/relevance.py
--misses`), the first hit (the winner) is compared with the answer's own hit (searched deep,
so an answer below 10th is found too), by what the ranking reads:

- **vocabulary**: the answer matches fewer of the query's words than the winner, or none;
- **more words, still below**: the answer matches more of the query's words, and the
  winner's points (field weights, title matches) outweigh the coordination;
- **same words**, then by what sets them apart: the winner holds more of them in its title;
  the winner is a long page (a body over twice the answer's); the answer is a long page; or
  pages of comparable length (field weights and counts).

Each class is split into answers below 5th (recall) and ranked 2nd to 5th (MRR). Held-out
sets are refused: their misses are never read (bench/relevance.py, HELD_OUT).

Example:
    python bench/relevance_classes.py              # the table, then each query and its class
    python bench/relevance_classes.py --sets joplin
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(BENCH.parent))
import relevance  # noqa: E402

TUNING = ("sample", "real", "tor", "arduino", "mastodon", "ente", "joplin", "meshtastic", "ivpn",
          "retroarch", "photoprism", "rclone", "authelia", "pikvm", "plausible")
"""The sets ranking changes are tuned on (bench/relevance.py's others are held out)."""
DEEP = 1000
"""How deep an answer is looked for."""
LONG = 2
"""A page is long against another when its body has this many times the other's terms."""


def cause(winner: Any, answer: Any | None, winner_length: int, answer_length: int) -> str:
    """The class of a query whose `answer` hit (None: not matched at all) is below `winner`,
    the first hit; lengths are the two bodies' terms."""
    if answer is None or answer.matched_terms < winner.matched_terms:
        return "vocabulary: the answer matches fewer of the query's words"
    if answer.matched_terms > winner.matched_terms:
        return "more words, still below: the winner's field weights outweigh them"
    if len(winner.why.get("title", ())) > len(answer.why.get("title", ())):
        return "same words: the winner holds more of them in its title"
    if winner_length > LONG * answer_length:
        return "same words: the winner is a long page"
    if answer_length > LONG * winner_length:
        return "same words: the answer is a long page"
    return "same words: pages of comparable length"


def classify(work: Path, only: list[str]) -> list[dict[str, Any]]:
    """Every not-first query of the sets `only` with its rank, winner and class."""
    from kbgen.core import search as searching

    found = []
    for name, (config, queries, expected) in relevance.sets(work).items():
        if name not in only:
            continue
        articles, synonyms, places = relevance.corpus(config)
        documents = [searching.article_document(a, a.origin.display_path, place=place)
                     for a, place in zip(articles, places, strict=True)]
        index = searching.build_index(documents, synonyms)
        lengths = [len(searching._pipeline(str(doc["body"]))) for doc in documents]
        for query, want in zip(queries, expected, strict=True):
            hits = searching.search(index, query, DEEP)
            slugs = [articles[int(hit.ref)].slug for hit in hits]
            ranks = [slugs.index(slug) + 1 for slug in want if slug in slugs]
            rank = min(ranks) if ranks else None
            if rank == 1 or not hits:
                continue
            winner, answer = hits[0], hits[rank - 1] if rank else None
            found.append({
                "set": name, "query": query, "rank": rank, "winner": slugs[0],
                "class": cause(winner, answer, lengths[int(winner.ref)],
                               lengths[int(answer.ref)] if answer else 0)})
    return found


def table(found: list[dict[str, Any]]) -> str:
    """The classes with their counts, below 5th and 2nd to 5th, then each query."""
    below = Counter(f["class"] for f in found if not f["rank"] or f["rank"] > 5)
    near = Counter(f["class"] for f in found if f["rank"] and f["rank"] <= 5)
    lines = ["| why the answer is not first | below 5th | 2nd-5th |", "|---|---:|---:|"]
    for name in sorted(below.keys() | near.keys(), key=lambda c: -(below[c] + near[c])):
        lines.append(f"| {name} | {below[name]} | {near[name]} |")
    lines.append(f"| all | {sum(below.values())} | {sum(near.values())} |")
    lines.append("")
    lines += [f"{f['set']:<11}{f['rank'] or '-':>4}  {f['query']!r} (first: {f['winner']}): "
              f"{f['class']}" for f in found]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(TUNING), choices=TUNING,
                        help="Tuning sets to read (held-out sets are never read).")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kbgen-classes-") as work:
        print(table(classify(Path(work), args.sets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
