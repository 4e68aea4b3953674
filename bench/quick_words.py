"""One-change `kbgen build` at scale, before and after a change of kbgen: nothing changed, a
line of words the site has, a line with a word new to the site (issue 14).

Two copies of one project (`bench/generate.py`), each fully built (its cache filled) by its
own code first: `--before` with the kbgen of checkout `--code` (e.g. a `git archive` of
main), `--after` with this checkout's. Then, round after round, interleaved (before, after,
then after, before...): a no-change build of each; the same line of known words appended to
the same article of both, each built; a line with a word new to the site (one per round),
each built. Each build is `bench.incremental.timed_build` (a subprocess: wall and CPU
seconds of the build and its workers, the load average as it started), SETTLE_S after the
edit.

Example:
    python bench/quick_words.py --after mine10k --before main10k --code /tmp/main --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path
from random import Random
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
from bench.incremental import timed_build  # noqa: E402

KNOWN = "\nCheck the invoice date under **Billing > History** before you contact us.\n"
"""A line of words a generated help site has (bench/generate.py's billing articles)."""
KINDS = ("no_change", "known_words", "new_word")
SETTLE_S = 2.5
"""Seconds between an edit and the builds: an input changed less than 2 s before a build is
not vouched for (no record: the next build is a full one)."""


def new_word_line(rng: Random) -> str:
    """A line with a word no generated site has (and no pair of words of one sense)."""
    word = "zq" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
    return f"\nQuote the reference {word} when you write to us.\n"


def _append(projects: list[Path], article: str, line: str) -> None:
    for project in projects:
        path = project / article
        path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
    time.sleep(SETTLE_S)


def paired(after: Path, before: Path, code: Path, rounds: int, article: str, seed: int
           ) -> dict[str, Any]:
    """The three kinds of build of both copies, `rounds` times, interleaved."""
    sides = {"before": (before, code), "after": (after, REPO)}
    figures: dict[str, Any] = {name: {kind: [] for kind in KINDS} for name in sides}
    rng = Random(seed)
    for round_ in range(rounds):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for kind in KINDS:
            if kind != "no_change":
                _append([before, after], article,
                         KNOWN if kind == "known_words" else new_word_line(rng))
            for name in order:
                run = timed_build(*sides[name])
                figures[name][kind].append(run)
                print(json.dumps({"round": round_ + 1, "side": name, "kind": kind, **run}),
                      file=sys.stderr)
    for runs in figures.values():
        for kind in KINDS:
            runs[f"{kind}_median"] = {
                key: round(statistics.median(run[key] for run in runs[kind]), 2)
                for key in ("wall_s", "cpu_s")}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--after", type=Path, required=True, help="The copy built by this"
                        " checkout.")
    parser.add_argument("--before", type=Path, required=True, help="The copy built by --code.")
    parser.add_argument("--code", type=Path, required=True, help="The checkout to compare"
                        " with (e.g. a `git archive` of main).")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--article", default="content/articles/billing/energy-insights-add-on"
                        "-charged-twice-after-a-password-change.md",
                        help="The article edited (a path in both copies).")
    parser.add_argument("--seed", type=int, default=37)
    parser.add_argument("--out", type=Path, default=None, help="Write the figures as JSON.")
    args = parser.parse_args(argv)
    after, before, code = args.after.resolve(), args.before.resolve(), args.code.resolve()
    out = args.out.resolve() if args.out is not None else None
    os.chdir(tempfile.gettempdir())  # `python -m kbgen` imports a kbgen folder of the current
    # folder before PYTHONPATH's: from a checkout, both sides would run its code
    figures = paired(after, before, code, args.rounds, args.article, args.seed)
    text = json.dumps(figures, indent=1)
    if out is not None:
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
