"""A passage repeats a summary when it holds most of the summary's index terms, or is mostly
made of them, in the summary's order (kbgen.core.summary_echo); search results then show
another passage (tests/browser/test_search_summary_echo.py, in the browser too)."""

from __future__ import annotations

import pytest

from kbgen.core import search as searching
from kbgen.core.search import build_index
from kbgen.core.summary_echo import echoes


@pytest.mark.parametrize(("passage", "summary", "echo"), [
    ("a b c d e", "a b c d e", True),
    ("x a b y c d", "a b c d e f", True),  # 4 of 6, in order
    ("a b c d", "a b c d e f g h i j", True),  # a long summary cut short: the passage is it
    ("w a b x c y d z", "a b c d e f g h i j", True),  # half of the passage is the summary
    ("w a b x c y d z v", "a b c d e f g h i j", False),
    ("d c b a", "a b c d", False),  # other order: not the same sentence
    ("a b c", "a b c", False),  # a short summary's words are the words of any explanation
    ("a b x y z w v u", "a b p q r s t", False),
    ("", "a b c d", False),
])
def test_a_passage_echoes_most_of_a_summary_in_order(passage: str, summary: str,
                                                     echo: bool) -> None:
    assert echoes(passage.split(), summary.split()) is echo


def test_the_excerpt_passes_over_the_summary_the_body_opens_with() -> None:
    summary = "Obsidian Sync offers a headless client to sync vaults from any server."
    body = (f"{summary} Useful for pipelines and scheduled jobs. Install the headless client"
            " with npm, then sync once to sign in.")
    index = build_index([{"title": "Headless Sync", "summary": summary, "body": body}])
    before = searching.excerpt(body, index, "headless sync")
    assert before[0] == ("Obsidian ", False)
    after = searching.excerpt(body, index, "headless sync", summary)
    assert "".join(text for text, _ in after).startswith("… jobs. Install the headless")
    assert searching.excerpt(body, index, "offers", summary) == []  # said only there
    assert searching.excerpt(body, index, "headless sync", "Sync without a desktop.") == before
