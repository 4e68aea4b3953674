"""Try a ranking change on the tuning sets in a minute: the sets' documents read once, then
each try ranks them again.

`bench/relevance.py` moves every help centre in and reads it with the loader before ranking
(three minutes a run on a loaded machine, most of it not ranking). Here the tuning sets'
search documents, synonyms and queries are kept in a pickle (`--keep`); a try is a Python
file executed before ranking that changes kbgen's search in place (a constant, a function),
and the figures are printed beside the unchanged code's, with every query that moved. Held-out
sets are never read (bench/relevance.py, HELD_OUT). A try that helps is then written into
kbgen (and the browser's worker) and measured with `bench/relevance.py`.

Example:
    python bench/relevance_tries.py --keep /tmp/sets.pkl              # once
    echo 'from kbgen.core import search; search.PHRASE_BASE = 3' > /tmp/pb3.py
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try /tmp/pb3.py
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(BENCH.parent))
import relevance  # noqa: E402
from relevance_classes import TUNING  # noqa: E402

FRESH = ("ivpn", "retroarch")
"""The two tuning sets set56 wrote blind: a try is kept only if neither falls."""
NEW = ("photoprism",)
"""The tuning set rel59 wrote blind (the PhotoPrism docs): kept and summed with the others."""


def keep(path: Path) -> None:
    """Write the tuning sets' search documents, synonyms, queries and slugs to `path`."""
    from kbgen.core import search as searching

    kept: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="kbgen-tries-") as work:
        for name, (config, queries, expected) in relevance.sets(Path(work)).items():
            if name not in TUNING + FRESH + NEW:
                continue
            articles, synonyms, places = relevance.corpus(config)
            kept[name] = {
                "documents": [searching.article_document(a, a.origin.display_path, place=p)
                              for a, p in zip(articles, places, strict=True)],
                "synonyms": synonyms, "queries": queries, "expected": expected,
                "slugs": [a.slug for a in articles]}
    path.write_bytes(pickle.dumps(kept))


def ranks(kept: dict[str, dict[str, Any]]) -> dict[str, list[int | None]]:
    """Each set's expected answer's rank (None: not in the first 10), query by query, with
    kbgen's search as it is now."""
    from kbgen.core import search as searching

    found: dict[str, list[int | None]] = {}
    for name, kept_set in kept.items():
        index = searching.build_index(kept_set["documents"], kept_set["synonyms"])
        found[name] = []
        for query, want in zip(kept_set["queries"], kept_set["expected"], strict=True):
            slugs = [kept_set["slugs"][int(hit.ref)] for hit in searching.search(index, query)]
            at = [slugs.index(slug) + 1 for slug in want if slug in slugs]
            found[name].append(min(at) if at else None)
    return found


def figures(found: list[int | None]) -> tuple[float, float]:
    """recall@5 and MRR of one set's ranks."""
    count = len(found) or 1
    return (sum(1 for rank in found if rank and rank <= 5) / count,
            sum(1 / rank for rank in found if rank) / count)


def report(kept: dict[str, dict[str, Any]], before: dict[str, list[int | None]],
           after: dict[str, list[int | None]]) -> str:
    """The sets' figures after a try, the change of MRR, its sum, and the queries that
    moved."""
    lines, total, change, recalls, recall_change = [], 0.0, 0.0, 0.0, 0.0
    for name, found in after.items():
        recall, mrr = figures(found)
        was_recall, was = figures(before[name])
        total, change = total + mrr, change + mrr - was
        recalls, recall_change = recalls + recall, recall_change + recall - was_recall
        lines.append(f"{name:<11} {recall:.3f} / {mrr:.3f} "
                     f"({recall - was_recall:+.3f} / {mrr - was:+.3f})")
    lines.append(f"sum of MRR {total:.3f} ({change:+.3f}), "
                 f"of recall@5 {recalls:.3f} ({recall_change:+.3f})")
    for name, found in after.items():
        for query, was, now in zip(kept[name]["queries"], before[name], found, strict=True):
            if was != now:
                lines.append(f"  {name}: {query!r} {was or '-'} -> {now or '-'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="Read the tuning sets into this pickle.")
    parser.add_argument("--kept", type=Path, help="The pickle --keep wrote.")
    parser.add_argument("--try", dest="change", type=Path,
                        help="A Python file that changes kbgen's search in place.")
    parser.add_argument("--json", type=Path,
                        help="Also write each set's ranks after the try (for relevance_loso.py).")
    args = parser.parse_args(argv)
    if args.keep:
        keep(args.keep)
        return 0
    if not args.kept:
        parser.error("give --keep PATH or --kept PATH")
    kept = pickle.loads(args.kept.read_bytes())
    before = ranks(kept)
    if args.change:
        exec(compile(args.change.read_text(encoding="utf-8"), str(args.change), "exec"),
             {"__name__": "kbgen_try"})
    after = ranks(kept)
    print(report(kept, before, after))
    if args.json:
        args.json.write_text(json.dumps(after) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
