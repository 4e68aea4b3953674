"""A try for `bench/relevance_tries.py --try`: voc58's support vocabulary written blind
(bench/support_vocabulary.py, 187 pairs of what customers say and what articles say, written
and committed before any set's queries or misses were read), related as
kbgen.core.concepts relates WordNet's pairs: only where the site uses both words, a word
reached only through its partner counting a third (the reading of voc57's
bench/relevance_try_support_pairs.py, with the blind list instead of voc57's 36 pairs).

Not shipped: on the ten tuning sets it lowers both sums (MRR 8.532 -> 8.525, recall@5 9.438 ->
9.416) and both fresh sets' recall@5 (bench/RESULTS.md, voc58), as two other readings of the
same list did (for a customer's word the site never uses only; related one way only).

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl \
        --try bench/relevance_try_blind_vocabulary.py
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path

from kbgen.core import concepts


def support_pairs() -> tuple[tuple[str, str], ...]:
    """The blind list (bench/support_vocabulary.py; bench/ is not a package)."""
    here = Path(globals().get("__file__") or sys.argv[0]).resolve().parent  # exec'd: argv
    path = here / "support_vocabulary.py"
    spec = importlib.util.spec_from_file_location("kbgen_bench_support_vocabulary", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.SUPPORT_PAIRS)


def install() -> None:
    """Make kbgen.core.concepts relate the blind pairs beside its files' pairs."""
    pairs = support_pairs()
    extended = tuple(dict.fromkeys((*concepts.pairs(), *pairs)))
    support_words = frozenset(word for pair in pairs for word in pair)

    def words_of(texts: Iterable[str]) -> set[str]:
        return concepts.words_in(texts) & (concepts.pair_words() | support_words)

    concepts.pairs = lambda: extended  # type: ignore[assignment]
    concepts.words_of = words_of


if __name__ == "kbgen_try":
    install()
