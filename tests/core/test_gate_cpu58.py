"""The gate's fixed work per text cut without changing what it finds (issue 13, gcpu58): the
page-reading rules are not asked about a text where nothing was found (most texts: front
matter values, page names), and a split key's end is searched for only after a line's last
character that no run, quote, mark or space can be (a page name's `slug.md` backtracked at
every character of the slug)."""

from __future__ import annotations

import random

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import INTERNAL_IP, PASSWORD, scan, scanner
from kbgen.core.privacy.split import _BEFORE_A_TAIL, _RUN_AT_END


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many hits each page-reading rule was asked about, in order (a rule that keeps
    every hit is added first)."""
    counts: list[int] = []

    def counting(found, lines, context):  # type: ignore[no-untyped-def]
        counts.append(len(found))
        return found

    monkeypatch.setattr(scanner, "_PAGE_RULES", (counting, *scanner._PAGE_RULES))
    return counts


@pytest.mark.parametrize("text", ["Reset your password from the Settings page.",
                                  "articles\nbilling\nreset-your-password.md",
                                  ""])
def test_a_text_with_nothing_found_asks_no_page_rule(asked: list[int], text: str) -> None:
    assert scan(text) == []
    assert asked == []


def test_a_text_with_a_finding_asks_the_page_rules(asked: list[int]) -> None:
    findings = scan("The admin password is Kq8vTz2mWx9pLr4s.")
    assert [finding.kind for finding in findings] == [PASSWORD]
    assert asked == [1]


def test_each_text_is_judged_alone(asked: list[int]) -> None:
    """What one scan accepted is not carried into the next: no state outlives a text."""
    explained: list[Acceptance] = []
    assert scan("For example, a printer at 192.168.1.10 answers on port 631.",
                explain=explained) == []
    assert [acceptance.kind for acceptance in explained] == [INTERNAL_IP]
    leaked = scan("Our printer is at 192.168.1.10.")
    assert [finding.kind for finding in leaked] == [INTERNAL_IP]
    assert scan("Reset it from the Settings page.") == []


def _tail(line: str, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    match = _RUN_AT_END.search(line, offset)
    return (match.span(), match.span(1)) if match else None


def _tail_after_bound(line: str, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if before := _BEFORE_A_TAIL.search(line, offset):
        offset = before.start() + 1
    return _tail(line, offset)


@pytest.mark.parametrize("line", [
    "account-deletion-cant-be-turned-off-after-adding-a-second-home.md",
    "AKIAIOSFOD\\", "key = 'abcDEF123456' + ", "x\u00a0ab", "a.b\u3000", "ab\"\r", "#ab&",
    "value: `c2VjcmV0` \\ ", "", "a", "..", "privacy-security"])
def test_the_split_tail_is_the_same_searched_after_the_bound(line: str) -> None:
    assert _tail_after_bound(line, 0) == _tail(line, 0)


def test_the_split_tail_is_the_same_on_random_lines() -> None:
    pieces = list("aZ09+/_=-\"'`\\& \t.:#é\r") + ["\u00a0", "\u3000", "\u2028", "ab-cd", ".md"]
    rnd = random.Random(58)
    for _ in range(20_000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 24)))
        offset = rnd.randint(0, 4)
        assert _tail_after_bound(line, offset) == _tail(line, offset), (line, offset)


def test_the_secret_words_needs_are_the_same_as_their_expressions() -> None:
    """secret_lists' and secret_parents' needs ask their words of the folded text, where their
    `(?i)` expressions searched it: the same answer on random texts of the words' letters, the
    letters re.I matches with ASCII ones (`İ ı ſ K`) and upper case."""
    from kbgen.core.privacy import secret_lists, secret_parents
    from kbgen.core.privacy.context import _fold

    pieces = [*"passwordkeytokenauthcredsgrimPWDSECRETKEYS&!,;[(", "İ", "ı", "ſ", "\u212a",
              "stringdata", "ß", " "]
    rnd = random.Random(5858)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        folded = _fold(text)
        assert secret_lists.needs(text, folded) == bool(
            secret_lists._HINT.search(folded) and any(mark in text for mark in "[(,;")), text
        assert secret_parents.needs(text, folded) == bool(secret_parents._HINT.search(text)), text
