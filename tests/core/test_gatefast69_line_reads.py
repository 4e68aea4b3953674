"""A line's detectors read it once, kept as one entry by line (issue 13, branch gatefast69,
kbgen.core.privacy.line_alone): the same hits, in the same order, as each detector of a
line's wanted ones asked with the page's context; a detector that asks the context is asked
with it each time; one whose line need the line lacks is never asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from kbgen.core.privacy import detectors
from kbgen.core.privacy.context import Detector, _Context, _Hit
from kbgen.core.privacy.emails import _emails
from kbgen.core.privacy.line_alone import Order, _alone, line_hits
from kbgen.core.privacy.model import NOTHING_ALLOWED, Allowed
from kbgen.core.privacy.payments import _cards
from kbgen.core.privacy.phones import _phones

HOSTILE = Path(__file__).resolve().parents[2] / "bench" / "gatecorpus" / "hostile.yml"


class _Counted:
    """A detector counting its calls, and the contexts it was given."""

    def __init__(self, detector: object) -> None:
        self.detector = detector
        self.calls = 0

    def __call__(self, line: str, context: _Context) -> Iterator[_Hit]:
        self.calls += 1
        return self.detector(line, context)  # type: ignore[operator, no-any-return]


def _each(line: str, context: _Context, order: Order) -> list[tuple[object, tuple[_Hit, ...]]]:
    """line_hits as it was: each wanted detector asked with the context, those with hits."""
    found = [(detector, tuple(detector(line, context))) for detector in order.wanted(line)]
    return [(detector, hits) for detector, hits in found if hits]


def test_a_repeated_line_asks_a_settled_detector_once() -> None:
    _alone.cache_clear()
    cards = _Counted(_cards)
    order = Order((cards,), {cards: 1}, {})  # type: ignore[dict-item, arg-type]
    line = "Pay with 4111 1111 1111 1111 at the desk."
    read = [list(line_hits(line, _Context(allowed, None), order))
            for allowed in (NOTHING_ALLOWED, Allowed(), NOTHING_ALLOWED)]
    assert read[0] and read[0] == read[1] == read[2]
    assert cards.calls == 1


def test_a_detector_asking_the_context_is_asked_with_each_pages() -> None:
    """A national number is read in each page's region: never kept."""
    _alone.cache_clear()
    phones = _Counted(_phones)
    order = Order((phones,), {phones: 1}, {})  # type: ignore[dict-item, arg-type]
    line = "Ring 030 12345678 if the hub blinks red."
    german = [list(line_hits(line, _Context(NOTHING_ALLOWED, "DE"), order)) for _ in range(2)]
    nowhere = list(line_hits(line, _Context(NOTHING_ALLOWED, None), order))
    assert german[0] and german[0] == german[1]
    assert german[0] != nowhere
    assert phones.calls == 1 + 3  # read alone once (it asked the region), then each page


def test_a_line_lacking_a_detectors_line_need_never_asks_it() -> None:
    _alone.cache_clear()
    emails = _Counted(_emails)
    order = Order((emails,), {emails: 1}, {emails: lambda line, folded: "@" in line})  # type: ignore[dict-item, arg-type]
    for _ in range(3):
        assert list(line_hits("No address here.", _Context(NOTHING_ALLOWED, None), order)) == []
    assert emails.calls == 0


def test_hits_come_in_the_orders_order_not_the_bits() -> None:
    _alone.cache_clear()
    line = "Write to jane.doe@gmail.com or ring +49 30 12345678."
    context = _Context(NOTHING_ALLOWED, None)
    bits: dict[Detector, int] = {_emails: 1, _phones: 2}  # type: ignore[dict-item]
    forward = [d for d, _ in line_hits(line, context, Order((_emails, _phones), bits, {}))]
    backward = [d for d, _ in line_hits(line, context, Order((_phones, _emails), bits, {}))]
    assert forward == [_emails, _phones] and backward == [_phones, _emails]


def test_every_detector_reads_hostile_lines_as_asked_each_time() -> None:
    """The gate's own orders (all detectors, and a judge's few out of priority order) on lines
    of the hostile set: the kept reading gives what asking each detector gives, on a first
    read, on a second and with another page's context."""
    rows = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    lines = list(dict.fromkeys(line for row in rows[::60] for line in row["text"].split("\n")))
    assert len(lines) > 100
    orders = [detectors._order_of(detectors.DETECTORS),
              detectors._order_of(detectors._DEFINITION_JUDGES)]
    assert not orders[1].ascending
    _alone.cache_clear()
    wrong, found = [], 0
    for context in (_Context(NOTHING_ALLOWED, None), _Context(NOTHING_ALLOWED, "DE"),
                    _Context(NOTHING_ALLOWED, None)):
        for order in orders:
            for line in lines:
                expected = _each(line, context, order)
                found += bool(expected)
                if [(detector, hits) for detector, hits in line_hits(line, context, order)
                        if hits] != expected:  # (one asking the context may find nothing)
                    wrong.append(line)
    assert wrong == []
    assert found > 60  # most hostile lines hold something
