"""No compiled pattern of kbgen.core or kbgen.importers backtracks polynomially (cubic or
worse) on some line: regexploit's static verdict on every `re.Pattern` the modules hold, so a
new slow pattern fails here before an article can stall the gate, or a file `kbgen import`,
with it (issue 19). The verdict counts the nested and adjacent repeats that can share
characters, not seconds; possessive runs and atomic groups, which never give characters back,
count as one pass of their body."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from types import ModuleType

import pytest
from regexploit.ast.sequence import Sequence
from regexploit.ast.sre import SreOpParser
from regexploit.redos import expand_branches, find_redos_in_branchless_sequence

import kbgen.core
import kbgen.importers

_CUBIC = 3
"""regexploit's starriness: 3 is cubic backtracking on one line (two is quadratic, which the
gate's per-line reading and its prefilters bound; bench/RESULTS.md, redos54)."""


class _Parser(SreOpParser):
    """regexploit's reading of Python's parsed patterns, with 3.11's possessive repeats and
    atomic groups (which regexploit 1.0 does not know)."""

    def from_POSSESSIVE_REPEAT(self, data: tuple[int, int, list]) -> object:  # noqa: N802
        return self.sequence_or_singleton(data[2])

    def from_ATOMIC_GROUP(self, data: list) -> object:  # noqa: N802
        return self.sequence_or_singleton(data)


def _held(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _held(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _held(item, depth + 1)
    elif depth < 3 and isinstance(value, type):
        for item in vars(value).values():
            yield from _held(item, depth + 1)


def held_patterns(*packages: ModuleType) -> dict[tuple[str, int], str]:
    """Each distinct compiled pattern the modules of `packages` hold (module globals, class
    attributes, and lists, tuples and dicts of them), with where it was first seen
    (bench/regex_pieces.py walks kbgen.core and kbgen.site alike)."""
    found: dict[tuple[str, int], str] = {}
    for package in packages:
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                for pattern in _held(value):
                    if isinstance(pattern.pattern, str):
                        found.setdefault((pattern.pattern, pattern.flags),
                                         f"{info.name}.{name}")
    return found


_BRANCHES = 3000
"""How many branch-free readings of one pattern are judged (regexploit expands every choice of
every alternation: set_passwords' long lists have millions, about 100 CPU s)."""

_TOO_BRANCHY = {"kbgen.core.privacy.set_passwords._BEFORE",
                "kbgen.core.privacy.set_passwords._AFTER",
                "kbgen.core.privacy.login_phrases._WITH_LOGIN"}
"""Patterns with more readings than _BRANCHES: their first _BRANCHES are judged;
bench/regex_growth.py times them on their own pieces, and test_slow_growth counts their work
on repeats of their pieces (login_phrases._WITH_LOGIN, gap61: its sign-in words in eleven
languages; linear on 40 KB of its pieces repeated, the lead's probe)."""

_KNOWN = {"kbgen.core.links._ATTR_ID"}
"""Cubic by the verdict and not by time (bench/regex_growth.py): links._ATTR_ID's look-ahead
fails a line without its closing brace at once (regexploit does not read look-aheads).
(api_examples._HEADING, named here before as matched from a line's start only, was cubic
there on blanks inside a heading: fixed by redos55; test_slow_growth sees that class.)"""


def _starriness(pattern: str, flags: int) -> tuple[int, bool]:
    """The worst starriness of the pattern's first _BRANCHES readings, and whether it has more."""
    parsed = _Parser().parse_sre(pattern, flags)
    whole = parsed if isinstance(parsed, Sequence) else Sequence([parsed])
    worst, readings = 0, expand_branches(whole)
    for _ in range(_BRANCHES):
        reading = next(readings, None)
        if reading is None:
            return worst, False
        worst = max([worst, *(redos.starriness
                                for redos in find_redos_in_branchless_sequence(reading))])
    return worst, next(readings, None) is not None


def test_the_walk_finds_the_gates_patterns() -> None:
    where = set(held_patterns(kbgen.core, kbgen.importers).values())
    assert len(where) > 800
    assert "kbgen.core.privacy.postal_addresses._PERSONAL" in where
    assert "kbgen.importers.anchors._OWN_ID" in where


@pytest.mark.parametrize("pattern", [
    r"\|[ \t]*(?:\*\*)?[ \t]*[:]?[ \t]*x",  # the shape split_passwords' cells had
    r"(?:kunde)[ \t]*(?:\*\*|__)?[ \t]*[:|]?[ \t]*(?:\*\*|__)?[ \t]*(?:[A-Z][a-z]+,?[ \t]+)?\d",
])
def test_the_verdict_flags_blank_runs_that_share_characters(pattern: str) -> None:
    assert _starriness(pattern, 0)[0] >= _CUBIC
    assert _starriness(pattern.replace("[ \\t]*", "[ \\t]*+"), 0)[0] < _CUBIC


def test_no_pattern_of_the_core_or_the_importers_backtracks_cubically() -> None:
    verdicts = {where: _starriness(pattern, flags)
                for (pattern, flags), where in held_patterns(kbgen.core, kbgen.importers).items()}
    assert {where for where, (stars, _) in verdicts.items() if stars >= _CUBIC} == _KNOWN
    assert {where for where, (_, more) in verdicts.items() if more} == _TOO_BRANCHY
