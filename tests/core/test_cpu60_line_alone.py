"""A detector's hits of a line kept by the line where the line alone decided them (issue 13,
branch cpu60, kbgen.core.privacy.line_alone): the same hits as the detector's own call, with
every context, whatever was kept before; a detector that asks its context is read with it.
Since gatefast69 a line is kept once for every detector (`line_hits(line, context, order)`, an
`Order` giving each detector its bit): asked of all detectors at once and of each alone."""

from __future__ import annotations

import ipaddress
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from kbgen.core.privacy import Allowed
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.detectors import DETECTORS, _order_of
from kbgen.core.privacy.line_alone import LINES_KEPT, Order, _alone, _Unsettled, line_hits

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from gate import hostile_cases  # noqa: E402

CONTEXTS = [
    _Context(Allowed(), None),
    _Context(Allowed(domains=frozenset({"example-shop.de", "gmail.com"}),
                     emails=frozenset({"jane.doe@example-shop.de"}),
                     phones_e164=frozenset({"+493012345678"}),
                     patterns=(r"Tr0ub4dor&3", r"\d{4} \d{4} \d{4} \d{4}"),
                     networks=(ipaddress.ip_network("10.0.0.0/8"),),
                     national_regions=("DE", "FR")), "DE"),
    _Context(Allowed(organisations=frozenset({"ico.org.uk"})), "GB"),
]
"""Nothing allowed; a site's own domains, address, number, patterns and network (region DE);
a regulator's domain (region GB)."""


def _lines() -> list[str]:
    """A seeded sample of the hostile set's lines (every kind of value the gate finds), each
    also with its words shuffled."""
    rng = random.Random(60)
    lines = sorted({line for case in hostile_cases() for line in case.text.splitlines()
                    if line.strip()})
    sample = rng.sample(lines, 300)
    shuffled = []
    for line in sample[:100]:
        words = line.split(" ")
        rng.shuffle(words)
        shuffled.append(" ".join(words))
    return sample + shuffled


def test_kept_hits_are_the_detectors_own_in_every_context() -> None:
    """Each line read by every detector in each context, the cache emptied once only: a hit
    kept from one context's call is what the detector finds in the others too, whether the
    line is asked of all detectors at once or of each alone (its bit shared by both)."""
    lines = _lines()  # here, not at import: every xdist worker imports this module
    everyone = _order_of(DETECTORS)
    alone = {detector: _order_of((detector,)) for detector in DETECTORS}
    _alone.cache_clear()
    differ = []
    for number, context in enumerate([*CONTEXTS, *reversed(CONTEXTS)]):
        for line in lines:
            together = dict(line_hits(line, context, everyone))
            for detector in DETECTORS:
                own = tuple(detector(line, context))
                single = dict(line_hits(line, context, alone[detector])).get(detector, ())
                if together.get(detector, ()) != own or single != own:
                    differ.append((number, detector.__name__, line))
    assert not differ, differ[:5]
    assert _alone.cache_info().hits > 0  # lines were kept and taken again


def test_the_hostile_set_scans_the_same_with_lines_kept() -> None:
    """Findings and accepted values of 300 hostile texts, scanned with nothing kept, then
    again after every other text (in another order) filled the cache."""
    from kbgen.core.phone_regions import national_regions
    from kbgen.core.privacy import scan

    cases = random.Random(61).sample(list(hostile_cases()), 300)

    def scanned(case_order: list[int]) -> dict[int, tuple[object, ...]]:
        out = {}
        for at in case_order:
            case = cases[at]
            allowed = Allowed(national_regions=national_regions(case.languages, (), case.region),
                              domains=frozenset(case.allow_domains))
            explained: list[object] = []
            findings = scan(case.text, allowed, default_region=case.region, explain=explained)
            out[at] = (tuple(findings), tuple(explained))
        return out

    order = list(range(len(cases)))
    _alone.cache_clear()
    cold = {}
    for at in order:  # each text alone: the cache emptied before it
        _alone.cache_clear()
        cold.update(scanned([at]))
    warm = scanned(order[::-1])
    assert [at for at in order if cold[at] != warm[at]] == []


def _asks_its_context(line: str, context: _Context) -> Iterator[_Hit]:
    """A detector that asks its context inside `except Exception` (as a rule may)."""
    try:
        region = context.default_region
    except Exception:  # noqa: BLE001  (what line_alone's signal must get through)
        region = "nowhere"
    yield _Hit(0, len(line), "test", f"{region}")


def test_a_detector_asking_its_context_is_read_with_it() -> None:
    """The signal of a context asked is no Exception: a rule's `except Exception` does not
    swallow it, and no hits are kept for the line: only that it asks its context, so it is
    asked with each page's."""
    assert not issubclass(_Unsettled, Exception)
    order = Order((_asks_its_context,), {_asks_its_context: 1}, {})
    line = "a line whose detector asks its context"
    _alone.cache_clear()
    for region in ("DE", "FR", None, "DE"):
        hits = dict(line_hits(line, _Context(Allowed(), region), order))
        assert [hit.excerpt for hit in hits[_asks_its_context]] == [f"{region}"]
    assert _alone(line).state == (1, 1, {})  # asked; read with its context; no hits kept


def test_the_cache_is_bounded() -> None:
    assert _alone.cache_info().maxsize == LINES_KEPT
    _alone.cache_clear()
    context = CONTEXTS[0]
    order = _order_of(DETECTORS[:1])
    for number in range(50):
        list(line_hits(f"line {number}", context, order))
    assert _alone.cache_info().currsize == 50


def test_a_long_line_is_not_kept() -> None:
    from kbgen.core.privacy.line_alone import LONGEST_KEPT

    _alone.cache_clear()
    context = CONTEXTS[0]
    line = "word " * (LONGEST_KEPT // 5) + "x"
    assert len(line) > LONGEST_KEPT
    for detector in DETECTORS:
        found = dict(line_hits(line, context, _order_of((detector,))))
        assert found.get(detector, ()) == tuple(detector(line, context))
    assert _alone.cache_info().currsize == 0
