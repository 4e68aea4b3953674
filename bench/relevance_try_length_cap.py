"""A try for `bench/relevance_tries.py --try`: a field's length counts in BM25's length
normalisation up to LENGTH_CAP times the field's average, no further.

An FAQ or troubleshooting page of many sections answers a customer's question in one of them,
in as many words as a short page would; BM25 divides its weight by its whole length (b 0.75),
so a page ten times the average is read as if it said each word a tenth as often. Capping the
length read (the weights are computed from each field's length when the index is loaded, in
Python and in the worker alike) leaves every page up to LENGTH_CAP times the average as it is.

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_length_cap.py
"""

from __future__ import annotations

from kbgen.core import search as searching

LENGTH_CAP = 12.0
"""A field's length is read as at most this many times the field's average (12 and 14 pass
the eleven tuning sets, 10 and 16 do not: bench/RESULTS.md, rel59)."""


def install() -> None:
    """Make kbgen's index read every field's length capped at LENGTH_CAP times its average
    (the weights are computed when an index is built or loaded)."""
    uncapped = searching.weight

    def capped(idf: float, tf: int, length: int, average: float, boost: float) -> int:
        return uncapped(idf, tf, min(length, LENGTH_CAP * average),  # type: ignore[arg-type]
                        average, boost)

    searching.weight = capped


if __name__ == "kbgen_try":
    install()
