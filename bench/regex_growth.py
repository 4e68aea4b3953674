"""How each compiled pattern of kbgen.core grows on its own worst line: for every pattern that
regexploit's verdict (tests/core/test_slow_patterns.py) finds repeats in that share characters,
the line regexploit builds for it (its prefix, the shared character n times, a character that
fails the match) is searched at n and 4n characters; prints the times and their ratio (4 is
linear, 16 quadratic, 64 cubic). Patterns with more branch readings than the test judges are
timed here too. Usage: `python bench/regex_growth.py [N]` (N = 200)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from regexploit.ast.sequence import Sequence  # noqa: E402
from regexploit.redos import expand_branches, find_redos_in_branchless_sequence  # noqa: E402

from tests.core.test_slow_patterns import _BRANCHES, _Parser, _patterns  # noqa: E402


def _lines(pattern: str, flags: int) -> set[tuple[str, str, str, int]]:
    parsed = _Parser().parse_sre(pattern, flags)
    whole = parsed if isinstance(parsed, Sequence) else Sequence([parsed])
    found = set()
    for index, reading in enumerate(expand_branches(whole)):
        if index >= 4 * _BRANCHES:
            break
        for redos in find_redos_in_branchless_sequence(reading):
            killer = redos.killer.example() if redos.killer else "\x00"
            found.add((redos.example_prefix, redos.repeated_character.example(), killer,
                       redos.starriness))
    return found


def main(size: int) -> None:
    import re
    rows = []
    for (pattern, flags), where in _patterns().items():
        compiled = re.compile(pattern, flags)
        worst = None
        for prefix, char, killer, stars in _lines(pattern, flags):
            times = []
            for n in (size, 4 * size):
                start = time.process_time()
                compiled.search(prefix + char * n + killer)
                times.append(time.process_time() - start)
                if times[0] > 2:
                    times.append(float("nan"))
                    break
            ratio = times[1] / times[0] if times[0] > 1e-5 else float("nan")
            if worst is None or times[-1] > worst[1]:
                worst = (times[0], times[-1], ratio, stars, prefix)
        if worst:
            rows.append((where, *worst))
    rows.sort(key=lambda row: -row[2] if row[2] == row[2] else 0)
    print(f"{len(_patterns())} patterns, {len(rows)} with shared repeats; n = {size}")
    print(f"{'pattern':60} {'t(n) s':>9} {'t(4n) s':>9} {'ratio':>7} stars")
    for where, small, large, ratio, stars, _ in sorted(rows, key=lambda row: -row[2]):
        print(f"{where:60} {small:9.5f} {large:9.5f} {ratio:7.1f} {stars}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
