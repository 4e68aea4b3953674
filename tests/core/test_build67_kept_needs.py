"""kbgen.core.kept_needs: a need asked twice of one whole text searches it once (the gate asks
identity documents', national ids' and bank accounts' needs of a text among every detector's,
then again in their readers of its tables), with the same findings."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kbgen.core.kept_needs import KEPT, LONG, kept_for_long_texts
from kbgen.core.privacy import Allowed, identity_documents, scan


def _counted(answers: dict[str, bool]) -> tuple[Any, list[str]]:
    asked: list[str] = []

    def need(text: str) -> bool:
        asked.append(text)
        return answers.get(text, False)

    return kept_for_long_texts(need), asked


def test_a_long_text_is_searched_once_and_answers_stay() -> None:
    long_yes, long_no = "passport " + "x" * LONG, "y" * (LONG + 1)
    need, asked = _counted({long_yes: True})
    assert [need(long_yes), need(long_no), need(long_yes), need(long_no)] == [
        True, False, True, False]
    assert asked == [long_yes, long_no]


def test_short_texts_are_always_asked_and_keep_nothing() -> None:
    need, asked = _counted({"passport": True})
    assert [need("passport"), need("passport"), need("line")] == [True, True, False]
    assert asked == ["passport", "passport", "line"]


def test_only_the_last_texts_are_kept() -> None:
    texts = [f"{index} " + "z" * LONG for index in range(KEPT + 1)]
    need, asked = _counted({})
    for text in texts:
        need(text)
    need(texts[-1])  # kept
    need(texts[0])  # pushed out by the others: asked again
    assert asked == [*texts, texts[0]]


class _Counting:
    """A compiled expression that counts the texts it searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        self.searched.append(text)
        return self.pattern.search(text, *where)


ARTICLE = "\n".join([
    "# Verifying your identity",
    "",
    "Support keeps the documents a customer sent while the check runs; a long paragraph of"
    " prose before the table, so that the whole text is longer than a line ever is.",
    "",
    "| Name | Passport |",
    "|------|----------|",
    "| Mary Quinn | C01X00T47 |",
    "",
    "After the check the copy is deleted.",
])


@pytest.fixture(scope="module")
def main_findings() -> list[str]:
    return [str(finding) for finding in scan(ARTICLE, Allowed())]


def test_the_gate_searches_a_whole_text_for_documents_once(
        monkeypatch: pytest.MonkeyPatch, main_findings: list[str]) -> None:
    counting = _Counting(identity_documents._LED_NEEDS)
    monkeypatch.setattr(identity_documents, "_LED_NEEDS", counting)
    unique = ARTICLE.replace("Mary", "Maria")  # a text no earlier test asked (nothing kept)
    findings = [str(finding) for finding in scan(unique, Allowed())]
    assert len(unique) > LONG
    assert counting.searched.count(unique) == 1  # main: twice (needs, then the table reader)
    assert findings == [finding.replace("Mary", "Maria") for finding in main_findings]
    assert len(findings) == 1 and "passport C******47" in findings[0]  # found as on main
