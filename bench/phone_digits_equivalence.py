"""Whether kbgen.core.privacy.phone_digits skips only texts phonenumbers' matcher finds nothing
in (issue 19): for every distinct line holding a digit of the seen gate corpora (the held-out
ones never read), of the hostile set's texts and of bench/gate_shapes.py's articles, the same
lines with their stamps and addresses blanked (phones' second reading), and seeded made-up
lines built to sit at the edge (digits split by the matcher's punctuation, `x`, `~`,
extensions, plus signs, other scripts' digits), read in no region and in regions whose
shortest numbers differ: where `may_hold_number` (or `may_hold_number_blanked`) says no, the
matcher (`Leniency.VALID`, as kbgen reads) must find nothing. Prints lines skipped and any
line where it found something (must be none), and the matcher's CPU on the lines skipped.

Example:
    python bench/phone_digits_equivalence.py                 # everything
    python bench/phone_digits_equivalence.py --only made-up shapes --made-up 20000
    python bench/phone_digits_equivalence.py --only seen --regions none GB US DE
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import phonenumbers  # noqa: E402

from kbgen.core.privacy.not_phones import not_phone_spans  # noqa: E402
from kbgen.core.privacy.phone_digits import (  # noqa: E402
    _LETTER_LABELS,
    _SEPARATORS,
    _needed,
    _run,
    may_hold_number,
    may_hold_number_blanked,
)

REGIONS = (None, "US", "GB", "DE", "AT", "FR", "RU", "CN", "JP", "IN", "BR", "AU", "AG", "GG",
           "NF", "SM", "AR", "CV", "WS", "NU", "us")
"""No region; the seen corpora's (GB); the shortest numbers (Austria, Germany, Niue: 4
digits), transform rules that add digits (Antigua, Guernsey, Norfolk Island, San Marino,
Argentina), one-digit international prefixes (Cape Verde, Samoa), a name the library does not
know (`us`)."""

_DIGIT = re.compile(r"\d")


def _lines(texts: Iterator[str]) -> set[str]:
    return {line for text in texts for line in text.split("\n") if _DIGIT.search(line)}


def seen_texts() -> Iterator[str]:
    import gate
    from gatecorpus import CENTRES, load
    for centre in CENTRES:
        if not centre.held_out:
            yield from (article["body"] for article in load(centre))
    for path in (gate.TOR, gate.ENTE):
        yield from (article["body"] for article in json.loads(gate.gzip.decompress(
            path.read_bytes())))


def hostile_texts() -> Iterator[str]:
    import gate
    yield from (case.text for case in gate.hostile_cases())


def shape_texts() -> Iterator[str]:
    import gate_shapes
    for shape in gate_shapes.SHAPES:
        yield gate_shapes.article_text(shape, 100_000)


_PIECES = ("0", "1", "2", "5", "7", "9", "12", "123", "4567", "20", "44", "7911", "+", "＋",
           "00", "011", " ", "  ", "      ", "-", ".", "/", "(", ")", "x", "X", "~", "～", "#",
           " ext ", " ext. ", "extension", " int ", "anexo", ";ext=", ",", "\t", "\u00a0",
           "a", "ab", "GB", " MiB ", "v1.2", "10.0.0.1", "12:34:56", "2026-12-01", "٣", "３",
           "٠١٢", "\u3000", "ー", "[", "]", "*", "%", "$", "ı", "İ", "K")


def made_up(count: int, seed: int = 65) -> set[str]:
    """Lines of pieces chosen to sit near a number's edge, each 2-14 pieces long."""
    rng = random.Random(seed)
    return {"".join(rng.choice(_PIECES) for _ in range(rng.randint(2, 14)))
            for _ in range(count)}


def _blanked(line: str) -> str:
    blanked = list(line)
    for start, end in not_phone_spans(line):
        blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def _found(line: str, region: str | None) -> list[str]:
    matcher = phonenumbers.PhoneNumberMatcher(line, region,
                                              leniency=phonenumbers.Leniency.VALID)
    return [match.raw_string for match in matcher]


def _longest_run(text: str) -> int:
    """The most digits, `x`, `~` in one run as may_hold_number counts them."""
    count, joined = 0, _SEPARATORS.sub(" ", text)
    while _run(count + 1).search(joined):
        count += 1
    return count


def check(lines: set[str], label: str, margins: bool = False,
          regions: tuple[str | None, ...] = REGIONS) -> int:
    """Print what was skipped and every line wrongly skipped; the count of those. With
    `margins`, the matcher reads every line, and the fewest members beyond the need of a line
    where it found a number is printed (0: the need is as tight as the library allows)."""
    wrong, skipped, read, cpu = 0, 0, 0, 0.0
    found_in, margin = 0, None
    for line in sorted(lines):
        blanked = _blanked(line)
        for region in regions:
            for text, holds in ((line, may_hold_number(line, region)),
                                (blanked, may_hold_number_blanked(line, region))):
                read += 1
                if holds and margins and text is line and not _LETTER_LABELS.search(text):
                    if _found(text, region):
                        found_in += 1
                        needed = _needed(text, region)
                        assert needed is not None
                        spare = _longest_run(text) - needed
                        margin = spare if margin is None else min(margin, spare)
                if holds:
                    continue
                skipped += 1
                start = time.process_time()
                found = _found(text, region)
                cpu += time.process_time() - start
                if found:
                    wrong += 1
                    print(f"WRONGLY SKIPPED {label} {region}: {text!r} holds {found}")
    figures = {"part": label, "lines": len(lines), "readings": read, "skipped": skipped,
               "wrongly_skipped": wrong, "matcher_cpu_s_on_skipped": round(cpu, 2)}
    if margins:
        figures |= {"lines_with_a_number": found_in, "least_spare_members": margin}
    print(json.dumps(figures), flush=True)
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=("seen", "hostile", "shapes", "made-up"))
    parser.add_argument("--made-up", type=int, default=100_000, help="made-up lines")
    parser.add_argument("--regions", nargs="+", help="only these regions (`none`: no region)")
    args = parser.parse_args()
    parts = args.only or ("made-up", "shapes", "hostile", "seen")
    sources = {"seen": lambda: _lines(seen_texts()), "hostile": lambda: _lines(hostile_texts()),
               "shapes": lambda: _lines(shape_texts()),
               "made-up": lambda: made_up(args.made_up)}
    regions = REGIONS if not args.regions else tuple(
        None if region == "none" else region for region in args.regions)
    wrong = sum(check(sources[part](), part, part == "made-up", regions) for part in parts)
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
