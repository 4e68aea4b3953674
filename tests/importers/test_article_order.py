"""The order imported articles keep in their category (kbgen.importers.article_order): by
place, outer folders first, ties as the generator sorts file names; none when the old site
gave none or gave every page the same place."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from kbgen.importers.article_order import FIRST, UNPLACED, number_of, orders, position


@dataclass
class Page:
    origin: str
    place: tuple[float, ...]


CASES = [
    ("front matter positions", [("b.md", (2.0,)), ("a.md", (1.0,)), ("c.md", (UNPLACED,))],
     ["a.md", "b.md", "c.md"]),
    ("sub-folders at their place", [("z.md", (3.0,)), ("sub/b.md", (1.0, 2.0)),
                                    ("sub/a.md", (1.0, 1.0)), ("x.md", (2.0,))],
     ["sub/a.md", "sub/b.md", "x.md", "z.md"]),
    ("a folder's own page first", [("a.md", (1.0,)), ("index.md", (FIRST,))],
     ["index.md", "a.md"]),
    ("ties by file name", [("b.md", (1.0,)), ("a.md", (1.0,)), ("c.md", (0.0,))],
     ["c.md", "a.md", "b.md"]),
    ("no place at all", [("b.md", ()), ("a.md", (UNPLACED,))], []),
    ("everyone at one place (Zendesk's position 0)", [("b.md", (0.0,)), ("a.md", (0.0,))], []),
]


@pytest.mark.parametrize("pages, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_orders(pages: list[tuple[str, tuple[float, ...]]], expected: list[str]) -> None:
    found = [Page(origin, place) for origin, place in pages]
    ranks = orders(found)
    assert [p.origin for p in sorted(found, key=lambda p: ranks.get(id(p), 0))
            if id(p) in ranks] == expected
    assert sorted(ranks.values()) == [10 * n for n in range(1, len(expected) + 1)]


@pytest.mark.parametrize("meta, unset_zero, expected", [
    ({"sidebar_position": 3}, False, 3.0),
    ({"weight": 0}, True, None),  # Hugo: no weight
    ({"weight": 0, "nav_order": 2}, True, 2.0),
    ({"nav_order": True}, False, None),
    ({"order": "first"}, False, None),
    ({"sidebar_position": math.inf}, False, None),
])
def test_position(meta: dict[str, object], unset_zero: bool, expected: float | None) -> None:
    assert position(meta, unset_zero) == expected


def test_number_of_a_name() -> None:
    assert [number_of(n) for n in ("02-install", "1.intro", "2fa", "intro")] == [
        2.0, 1.0, None, None]
