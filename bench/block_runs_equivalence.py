"""Whether kbgen.core.privacy.block_findings' linear reading of block runs finds the runs the
reading before it found (every line a start: main 427d2707, kept as the oracle in
tests/core/test_cpu65_block_runs.py), on every article of the seen gate corpora (the held-out
ones never read), every text of the hostile set and every article of bench/gate_shapes.py at
100 kB; prints texts, runs found and any text whose runs differ (must be none).

Example:
    python bench/block_runs_equivalence.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH), str(BENCH.parent / "tests" / "core")]

from phone_digits_equivalence import hostile_texts, seen_texts, shape_texts  # noqa: E402
from test_cpu65_block_runs import _runs_before  # noqa: E402

from kbgen.core.privacy.block_findings import _runs  # noqa: E402


def main() -> None:
    differ = 0
    for label, texts in (("seen", seen_texts()), ("hostile", hostile_texts()),
                         ("shapes", shape_texts())):
        count = runs = 0
        for text in texts:
            lines = text.split("\n")
            now = _runs(lines)
            if now != _runs_before(lines):
                differ += 1
                print(f"DIFFERENT {label}: {text[:200]!r}")
            count, runs = count + 1, runs + len(now)
        print(json.dumps({"part": label, "texts": count, "runs": runs}), flush=True)
    print(json.dumps({"different": differ}))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
