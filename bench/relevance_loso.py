"""Leave one set out: would a ranking change chosen on the other tuning sets help the one left
out?

Each try's ranks come from `bench/relevance_tries.py --kept PICKLE --try FILE --json OUT`
(`main`: no `--try`). For each tuning set in turn, the try with the highest sum of MRR over
the other sets (then of recall@5) is chosen, and its figures on the set left out are kept; the
sums of those are what the choice is worth on sets it was not chosen on. A change that wins
only on the sets it was found on shows here as a set left out that falls.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --json /tmp/main.json
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_rarity.py \\
        --json /tmp/rarity.json
    python bench/relevance_loso.py main=/tmp/main.json rarity=/tmp/rarity.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from relevance_tries import figures  # noqa: E402

Figures = dict[str, dict[str, tuple[float, float]]]
"""Try -> set -> (recall@5, MRR)."""


def left_out(tries: Figures, baseline: str) -> list[tuple[str, str, tuple[float, float]]]:
    """For each set: the try the other sets choose and its figures on the set (`baseline`'s
    sets, in order)."""
    sets = list(tries[baseline])
    chosen = []
    for name in sets:
        def worth(try_name: str, left: str = name) -> tuple[float, float]:
            others = [tries[try_name][other] for other in sets if other != left]
            return (round(sum(mrr for _, mrr in others), 9),
                    round(sum(recall for recall, _ in others), 9))
        best = max(tries, key=lambda try_name: (worth(try_name), try_name == baseline))
        chosen.append((name, best, tries[best][name]))
    return chosen


def table(tries: Figures, baseline: str) -> str:
    """Each set's baseline figures, the try the other sets choose and its figures, and sums."""
    lines = ["| set | baseline R@5 / MRR | chosen on the others | left out R@5 / MRR |",
             "|---|---|---|---|"]
    sums = [0.0, 0.0, 0.0, 0.0]
    for name, best, (recall, mrr) in left_out(tries, baseline):
        was_recall, was = tries[baseline][name]
        sums = [sums[0] + was_recall, sums[1] + was, sums[2] + recall, sums[3] + mrr]
        lines.append(f"| {name} | {was_recall:.3f} / {was:.3f} | {best} | {recall:.3f} / "
                     f"{mrr:.3f} ({mrr - was:+.3f}) |")
    lines.append(f"| sum | {sums[0]:.3f} / {sums[1]:.3f} | | {sums[2]:.3f} / {sums[3]:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tries", nargs="+", metavar="NAME=JSON",
                        help="A try's name and the ranks relevance_tries.py --json wrote; the "
                             "first is the baseline.")
    args = parser.parse_args(argv)
    tries: Figures = {}
    for given in args.tries:
        name, _, path = given.partition("=")
        if not path:
            parser.error(f"{given!r}: write NAME=JSON")
        ranks = json.loads(Path(path).read_text(encoding="utf-8"))
        tries[name] = {set_name: figures(found) for set_name, found in ranks.items()}
    print(table(tries, args.tries[0].partition("=")[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
