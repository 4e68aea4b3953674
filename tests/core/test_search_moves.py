"""A compact index with one document moved (`moved_index`, a retitled article in title
order) is the index made whole from the documents in their new order, field for field."""

from __future__ import annotations

from random import Random

import pytest

from kbgen.core.search import compact_index
from kbgen.core.search_fields import FIELD_BOOSTS
from kbgen.core.search_moves import moved_index, one_move
from kbgen.core.synonyms import Synonyms
from tests.core.test_search_patch import _document


@pytest.mark.parametrize("seed", range(8))
def test_an_index_with_a_document_moved_is_the_index_made_whole(seed: int) -> None:
    """Moves forwards and backwards, to and from either end, across rare words' long
    gaps (up to 160 documents) and pairs' buckets."""
    rng = Random(seed)
    synonyms = Synonyms([["hub", "bridge"]], concepts=True) if seed % 2 else None
    documents = [_document(rng, n) for n in range(rng.choice([2, 9, 70, 160]))]
    before = compact_index(documents, synonyms)
    old, new = rng.sample(range(len(documents)), 2)
    if seed == 2:
        old, new = 0, len(documents) - 1
    if seed == 3:
        old, new = len(documents) - 1, 0
    order = list(range(len(documents)))
    order.insert(new, order.pop(old))
    move = one_move(list(range(len(documents))), order)
    assert move is not None and move.order(list(range(len(documents)))) == order
    after = [documents[ref] for ref in order]
    assert moved_index(before, move, len(FIELD_BOOSTS)) == compact_index(after, synonyms)


def test_only_a_single_move_is_found() -> None:
    assert one_move([1, 2, 3], [1, 2, 3]) is None
    assert one_move([1, 2, 3, 4], [2, 1, 4, 3]) is None  # two moves: the index made whole
    assert one_move([1, 2, 3], [1, 2]) is None
    move = one_move([1, 2, 3, 4], [1, 3, 4, 2])
    assert move is not None and (move.old, move.new) == (1, 3)
