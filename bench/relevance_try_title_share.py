"""A try for `bench/relevance_tries.py --try`: the title as the article's claim.

An article whose title holds the query's words claims to answer it; one that mentions them
across a long body does not. kbgen rewards the title through its weight (20 against the
body's 2) and pairs of query words next to each other in it (PHRASE_BASE); here, among the
first PHRASE_DEPTH results of a query of two words or more, a rank is also multiplied by
(1 + STRENGTH x the share of the query's words the title holds), a word held when a term its
clauses reach is one of the title's index terms.

Not shipped: measured on the tuning sets (bench/RESULTS.md, rel55), 0.15 and 0.2 pass the
rule by two queries each (+0.008, +0.010) and 0.3 does not; weighting the words by idf, or
leaving out the site's everywhere-words (`tor`), does worse. It shipped in rel55 and was taken
out in rel55b: with soft coordination (kbgen.core.search_coordination) it lowered the sum of
MRR (6.926 against 6.938 without it).

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_title_share.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from kbgen.core import search as searching


def _headings_try() -> Any:
    """bench/relevance_try_headings.py (its copy of kbgen's `_Run.hits` with a factor), beside
    this file (run by `relevance_tries.py --try`, this file has no `__file__`: beside the
    script)."""
    here = Path(globals().get("__file__") or sys.argv[0])
    spec = importlib.util.spec_from_file_location(
        "kbgen_bench_relevance_try_headings", here.with_name("relevance_try_headings.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HEADINGS = _headings_try()

STRENGTH = 0.2
"""What a title holding every query word multiplies a rank by, less 1."""


def title_share(run: Any, ref: int) -> float:
    """The share of the query's words (the terms each word's clauses reach) that document
    `ref`'s title holds."""
    title = {run.index.numbers.get(term) for term in run.index.phrases(ref)[0]}
    return sum(1 for word in run.words if title & word) / (len(run.words) or 1)


def title_factor(run: Any, top: list[int]) -> dict[int, float]:
    """(1 + STRENGTH x the title's share) for each page of `top`."""
    return {ref: 1 + STRENGTH * title_share(run, ref) for ref in top}


def install() -> None:
    """Make kbgen's `search` rank with the title factor."""
    searching._Run.hits = HEADINGS.ranked_hits(title_factor)  # type: ignore[method-assign]


if __name__ == "kbgen_try":
    install()
