"""Precision and recall of the publishing gate (issue 19).

Precision: real public help centres (`bench/gatecorpus/`, see `bench/gatecorpus.py`) must pass
clean; every finding there is a false one. They are scanned as a site would run: with the help
centre's own domains allowed (`extra.kb.privacy.allow_domains`, one line of configuration),
and also bare, with nothing allowed.

Recall: the hostile set must be caught: the gate's own test tables (tests/core/test_privacy.py,
tests/hostile/test_gate.py), the hostile files in tests/hostile/ that hold personal data or
secrets, and the new variants in `bench/gatecorpus/hostile.yml`. A case is caught when every
(line, kind) it expects is found (for the files and variants: at least one finding of the
kind).

Example:
    python bench/gate.py            # figures
    python bench/gate.py --show     # and every false finding, every miss
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from gatecorpus import CENTRES, load  # noqa: E402

from kbgen.core.privacy import Allowed, Finding, scan  # noqa: E402

OWN_DOMAINS = {"duckduckgo": ("duckduckgo.com", "duck.com"),
               "arduino": ("arduino.cc", "arduino.local")}
"""What each help centre would allow as its own (`arduino.local` is the name its boards
answer to on a customer's network, which the gate's advice says to allow-list)."""
HOSTILE_FILES = ("aws-key.md", "card-number.md", "pasted-ticket.md", "private-key.md")
"""The files of tests/hostile/ that hold personal data or secrets."""


@dataclass(frozen=True)
class Case:
    """A hostile text and what must be found in it."""

    name: str
    text: str
    expected: tuple[tuple[int | None, str], ...]
    """(line or None for any line, kind)."""
    region: str | None = None

    def caught(self, findings: list[Finding]) -> bool:
        """Every expected (line, kind) among the findings."""
        found = {(f.line, f.kind) for f in findings}
        kinds = {f.kind for f in findings}
        return all((line, kind) in found if line else kind in kinds
                   for line, kind in self.expected)


def hostile_cases() -> Iterator[Case]:
    """The gate's test tables, the hostile files and the new variants."""
    from tests.core.test_privacy import FOUND, PLUGIN_EXAMPLES
    from tests.hostile.test_gate import IN_ARTICLES

    for text, region, expected, _ in FOUND:
        yield Case(f"test_privacy: {text[:50]!r}", text, tuple(expected), region)
    for value, kind, _ in PLUGIN_EXAMPLES:
        yield Case(f"plugin example: {value[:40]!r}", value, ((1, kind),))
    for case, body, line, problem, _ in IN_ARTICLES:
        yield Case(f"test_gate: {case}", body, ((line, problem.split(" (")[0]),))
    for name in HOSTILE_FILES:
        text = (BENCH.parent / "tests/hostile" / name).read_text(encoding="utf-8")
        yield Case(f"hostile file: {name}", text, (None, ""))  # type: ignore[arg-type]
    variants = yaml.safe_load((BENCH / "gatecorpus/hostile.yml").read_text(encoding="utf-8"))
    for variant in variants:
        yield Case(f"variant: {variant['id']}", variant["text"], ((None, variant["kind"]),))


def _caught(case: Case, findings: list[Finding]) -> bool:
    if case.expected == (None, ""):
        return bool(findings)
    return case.caught(findings)


def main(argv: list[str] | None = None) -> int:
    """Print precision on the real help centres and recall on the hostile set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="List false findings and misses.")
    args = parser.parse_args(argv)
    total_articles = total_false = total_bare = 0
    print("clean real text (false findings; per 100 articles)")
    for centre in CENTRES:
        articles = load(centre)
        allowed = Allowed(domains=frozenset(OWN_DOMAINS[centre.name]))
        false = bare = 0
        for article in articles:
            bare += len(scan(article["body"]))
            findings = scan(article["body"], allowed)
            false += len(findings)
            if args.show:
                lines = article["body"].split("\n")
                for f in findings:
                    print(f"  {centre.name}/{article['source']}:{f.line}: {f.kind} ({f.excerpt})"
                          f" | {lines[f.line - 1].strip()[:160]}")
        total_articles += len(articles)
        total_false += false
        total_bare += bare
        print(f"  {centre.name:<11} {len(articles):>4} articles: {false:>3} false findings"
              f" ({100 * false / len(articles):.2f} per 100); bare {bare}"
              f" ({100 * bare / len(articles):.2f})")
    print(f"  {'all':<11} {total_articles:>4} articles: {total_false:>3} false findings"
          f" ({100 * total_false / total_articles:.2f} per 100); bare {total_bare}"
          f" ({100 * total_bare / total_articles:.2f})")
    groups: dict[str, list[bool]] = {}
    print("hostile set (caught / total)")
    for case in hostile_cases():
        caught = _caught(case, scan(case.text, default_region=case.region))
        groups.setdefault(case.name.split(":")[0], []).append(caught)
        if args.show and not caught:
            print(f"  missed: {case.name}")
    for group, results in groups.items():
        print(f"  {group:<15} {sum(results):>3} / {len(results)}")
    every = [r for results in groups.values() for r in results]
    print(f"  {'all':<15} {sum(every):>3} / {len(every)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
