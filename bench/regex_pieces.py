"""Growth of each compiled pattern of kbgen.core and kbgen.site on lines built from its own
pieces (the quadratic patterns regexploit does not report): for every unbounded repeat of a
pattern, a line of the pattern's literal pieces in order (first branch of each choice, a
repeat's body once) with that repeat's character n times, then the same line with a character
no piece has at its end, searched (`search`, which every call site's `match`/`finditer`
bounds) at n and 4n characters; prints the patterns whose time grows more than `--flag` times
(4 is linear, 16 quadratic). Usage: `python bench/regex_pieces.py [N] [--flag 8]`."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

try:
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import (  # type: ignore[import-not-found]
        ANY,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        IN,
        LITERAL,
        MAX_REPEAT,
        MAXREPEAT,
        MIN_REPEAT,
        NEGATE,
        NOT_LITERAL,
        POSSESSIVE_REPEAT,
        RANGE,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover
    raise SystemExit("Python 3.11+")

import kbgen.core  # noqa: E402
import kbgen.site  # noqa: E402
from tests.core.test_slow_patterns import held_patterns  # noqa: E402

_CATEGORY = {"CATEGORY_DIGIT": "7", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a",
             "CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_SPACE": "a", "CATEGORY_NOT_WORD": " "}


def _char(op: object, av: object) -> str:
    """A character the node matches (`a` when unsure)."""
    if op is LITERAL:
        return chr(av)  # type: ignore[arg-type]
    if op is NOT_LITERAL:
        return "a" if av != ord("a") else "b"
    if op is ANY:
        return "a"
    if op is IN:
        items = list(av)  # type: ignore[call-overload]
        if items and items[0][0] is NEGATE:
            banned = {chr(v) for o, v in items[1:] if o is LITERAL}
            return next(c for c in "a #x-1" if c not in banned)
        for o, v in items:
            if o is LITERAL:
                return chr(v)
            if o is RANGE:
                return chr(v[0])
            if o is CATEGORY:
                return _CATEGORY.get(str(v), "a")
    return "a"


def _pieces(parsed: object, repeat_at: int, n: int, counter: list[int]) -> str:
    """The line: literal pieces in order, repeat number `repeat_at` n times."""
    out = []
    for op, av in parsed:  # type: ignore[attr-defined]
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, body = av
            index = counter[0]
            if high == MAXREPEAT:
                counter[0] += 1
            once = _pieces(body, repeat_at, n, counter)
            out.append(once * (n if index == repeat_at and high == MAXREPEAT else max(low, 1)))
        elif op is SUBPATTERN:
            out.append(_pieces(av[-1], repeat_at, n, counter))
        elif op is ATOMIC_GROUP:
            out.append(_pieces(av, repeat_at, n, counter))
        elif op is BRANCH:
            out.append(_pieces(av[1][0], repeat_at, n, counter))
        elif op in (LITERAL, NOT_LITERAL, ANY, IN):
            out.append(_char(op, av))
    return "".join(out)


def probe_lines(compiled: re.Pattern[str], size: int) -> list[str]:
    """The probe's lines of one pattern at `size`: per unbounded repeat, its pieces' line with
    that repeat's character `size` times, as is and with a character no piece has at its end."""
    parsed = sre_parse.parse(compiled.pattern, compiled.flags)
    lines: list[str] = []
    for repeat in range(64):
        counter = [0]
        line = _pieces(parsed, repeat, size, counter)
        if repeat >= counter[0]:
            break
        lines += [line, line + "\x00"]
    return lines


def _time(compiled: re.Pattern[str], line: str) -> float:
    start = time.process_time()
    compiled.search(line)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", nargs="?", type=int, default=400)
    parser.add_argument("--flag", type=float, default=8.0)
    args = parser.parse_args()
    patterns = held_patterns(kbgen.core, kbgen.site)
    flagged, lines = [], 0
    for (pattern, flags), where in patterns.items():
        compiled = re.compile(pattern, flags)
        worst = (0.0, 0.0, 0.0, "")
        pairs = zip(probe_lines(compiled, args.size), probe_lines(compiled, 4 * args.size))
        for small, large in pairs:
            lines += 1
            before = _time(compiled, small)
            after = _time(compiled, large) if before < 0.5 else float("inf")
            ratio = after / before if before > 2e-4 else 0.0
            if ratio > worst[2] or after == float("inf"):
                worst = (before, after, ratio, small[:40])
        if worst[2] > args.flag:
            flagged.append((where, *worst))
    print(f"{len(patterns)} patterns of kbgen.core and kbgen.site, {lines} lines, n = {args.size}")
    print(f"{'pattern':58} {'t(n) s':>8} {'t(4n) s':>8} {'ratio':>6}  line starts")
    for where, before, after, ratio, start in sorted(flagged, key=lambda row: -row[3]):
        print(f"{where:58} {before:8.4f} {after:8.4f} {ratio:6.1f}  {start!r}")


if __name__ == "__main__":
    main()
