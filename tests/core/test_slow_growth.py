"""No compiled pattern of kbgen.core or kbgen.site does cubic work on its own pieces (issue 19,
redos55): the shapes regexploit's verdict misses (test_slow_patterns: a run followed by an
optional run that shares its characters, blanks inside a heading, runs of `*` after a word).
Each pattern is searched on bench/regex_pieces.py's growth probe, a line of its literal pieces
with one repeat's character n times, by an interpreter that backtracks as `re` does and
counts its steps (tests/core/regex_steps.py): the count's growth from n to 4n is 4 for linear
work, about 16 for quadratic and 64 for cubic, on any machine at any load. No clock."""

from __future__ import annotations

import importlib
import re

import pytest

import kbgen.core
import kbgen.site
from bench.pattern_identity import CASES, Case
from bench.regex_pieces import probe_lines
from tests.core.regex_steps import Steps, TooMuchWork, growth
from tests.core.test_slow_patterns import held_patterns

_SIZE = 16
"""The probe's n (and 4n = 64): cubic work grows 30-74 times there, quadratic 16-21."""
_CUBIC = 24.0
"""Growth from n to 4n above which the work is cubic or worse."""
_BUDGET = 400_000
"""Steps on the long line past which the pattern counts as cubic without finishing."""

_LEFT: set[str] = set()
"""Patterns known to grow cubically on their probe and not fixed yet (none)."""


def _worst(pattern: re.Pattern[str]) -> float:
    """The largest growth of the pattern's work over its probe's lines, or infinity from the
    first line on which it passes _CUBIC: the long line's count stops there (past _CUBIC times
    the short line's steps, or past _BUDGET), since only the verdict against _CUBIC is used."""
    worst, counter = 0.0, Steps(pattern)
    for small, large in zip(probe_lines(pattern, _SIZE), probe_lines(pattern, 4 * _SIZE)):
        counter.budget = _BUDGET
        before = max(counter.count(small), 1)
        counter.budget = min(_BUDGET, int(_CUBIC * before) + 1)
        try:
            worst = max(worst, counter.count(large) / before)
        except TooMuchWork:
            return float("inf")
        if worst > _CUBIC:
            return worst
    return worst


def test_the_step_count_backtracks_as_re_does() -> None:
    pattern = re.compile(r"(?i)^ {0,3}(?=\S)(?:\*\*|__)*(?P<v>[^\W\d_]{2,}?)(?<!x)\b(?:\*\*)*+$")
    for text in ["**Ab**", "  __abc__", "**abx**", "**a1**", "a\n", "ab*"]:
        counter = Steps(pattern, _BUDGET)
        counter.count(text)
        assert counter.found == bool(pattern.search(text)), text


_CUBIC_FIXED = {"core.links._HEADING", "core.made_up_records._HEADING",
                "core.privacy.world_passwords._ALONE", "core.privacy.split_passwords._ALONE_WORD",
                "core.privacy.passwords._DEFINITION", "core.api_examples._HEADING",
                "core.privacy.tabbed_examples._TAB_FENCE", "core.ids._LABEL_WORDS",
                "core.privacy.joined_items._BLOCK_ITEM"}
"""The patterns of the core fixed for cubic work on their probe (bench/pattern_identity.py holds
their old text); regexploit's verdict saw none of them."""


@pytest.mark.parametrize("case", [case for case in CASES if case.name in _CUBIC_FIXED],
                         ids=lambda case: case.name)
def test_the_growth_flags_each_pattern_fixed_on_its_old_text_and_not_on_its_new(
        case: Case) -> None:
    assert _worst(case.old) > _CUBIC
    assert _worst(case.new) < _CUBIC


def test_no_pattern_of_the_core_or_the_site_does_cubic_work_on_its_pieces() -> None:
    cubic = {where for (pattern, flags), where in held_patterns(kbgen.core, kbgen.site).items()
             if _worst(re.compile(pattern, flags)) > _CUBIC}
    assert cubic == _LEFT


_QUADRATIC = 10.0
"""Growth from n to 4n above which the work is quadratic (linear is about 4, quadratic 16)."""
_LONG_LINES = {
    "use admin and Pass1234! ": "core.privacy.login_phrases._USE_LOGIN",
    "Steps: use email and password, then open Settings > Account and save. ":
        "core.privacy.login_phrases._USE_LOGIN",
}
"""A sentence repeated on one line (a one-line HTML or JSON body), with the pattern that read
the rest of the line for each of its candidates (fix61: `_USE_LOGIN` took 10 s on 10 KB)."""


@pytest.mark.parametrize("unit", sorted(_LONG_LINES))
def test_a_sentence_repeated_on_one_line_costs_linear_work(unit: str) -> None:
    module, name = _LONG_LINES[unit].removeprefix("core.").rsplit(".", 1)
    pattern = getattr(importlib.import_module(f"kbgen.core.{module}"), name)
    before, after = growth(pattern, unit * 8, unit * 32, 20_000_000)
    assert after is not None and after / before < _QUADRATIC
