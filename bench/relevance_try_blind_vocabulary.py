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
from pathlib import Path
from types import ModuleType


def _sibling(name: str) -> ModuleType:
    """The module `name` of bench/ (bench/ is not a package; exec'd tries know no __file__)."""
    here = Path(globals().get("__file__") or sys.argv[0]).resolve().parent
    spec = importlib.util.spec_from_file_location(f"kbgen_bench_{name}", here / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def support_pairs() -> tuple[tuple[str, str], ...]:
    """The blind list (bench/support_vocabulary.py)."""
    return tuple(_sibling("support_vocabulary").SUPPORT_PAIRS)


def install() -> None:
    """Make kbgen.core.concepts relate the blind pairs beside its files' pairs, as voc57's
    try relates its own (bench/relevance_try_support_pairs.py)."""
    _sibling("relevance_try_support_pairs").relate(support_pairs())


if __name__ == "kbgen_try":
    install()
