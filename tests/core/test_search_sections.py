"""The query's words together in one section of a page (kbgen.core.search_sections): a long
page holding them in sections apart falls behind a page holding them in one place; the
browser's worker ranks the same (parity: tests/browser/test_search_behaviour.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from kbgen.core.search import (
    analyse,
    build_index,
    compact_index,
    load_compact,
    patch_index,
    search,
)
from kbgen.core.search_sections import best_section, section_masks, section_rank, sections
from kbgen.core.search_text import headings, plain_text
from kbgen.core.synonyms import Synonyms

FILLER = "The app keeps your notes in sync across tablets and computers. "


def page(title: str, markdown: str, summary: str = "") -> dict[str, Any]:
    """A search document as `article_document` makes it from a Markdown body."""
    return {"title": title, "summary": summary, "headings": headings(markdown),
            "body": plain_text(markdown), "sections": sections(markdown)}


FAQ = page("Frequently asked questions", "\n\n".join([
    "Answers to what people ask most.",
    "## Deleted notes\n\nYou can restore a note from the bin: restore it within 30 days. "
    + FILLER * 3,
    "## Copies\n\nA backup runs every night; one backup a day is kept. " + FILLER * 3,
    "## Mobile\n\nThe phone app is free on any phone. " + FILLER * 3]))
ANSWER = page("Moving to a new device", "Install the app, sign in, and the phone will "
              "restore your latest backup by itself. " + FILLER * 6)


def test_a_body_is_cut_at_its_headings_outside_code() -> None:
    markdown = ("Intro words.\n\n## First\n\nOne.\n\n```\n# not a heading\n```\n\n"
                "### Second ###\n\nTwo.")
    assert sections(markdown) == ["Intro words.", "First One. # not a heading",
                                  "Second Two."]
    assert sections("## Only\n\nText.") == ["Only Text."]


def test_a_long_page_with_the_words_in_sections_apart_falls_behind_one_with_them_together(
        ) -> None:
    """Both pages hold the three words; the FAQ more often, each in another question, and
    comes first without the rule."""
    hits = search(build_index([FAQ, ANSWER]), "restore backup phone")
    assert [hit.ref for hit in hits] == ["1", "0"]
    assert [hit.matched_terms for hit in hits] == [3, 3]


def test_words_of_the_title_or_summary_count_in_every_section() -> None:
    assert best_section([0b01, 0b10, 0], [False, False, True]) == (2, 3)
    assert best_section([0b01, 0b01, 0b10], [False, False, False]) == (2, 3)
    assert best_section([0, 0], [True, False]) == (1, 1)  # a page of one section: no masks


def test_only_pages_of_two_sections_or_more_have_masks() -> None:
    assert section_masks([["a", "b"]], {"a", "b"}) == {}
    masks = section_masks([["a", "b"], ["b", "z"], *[["c"]] * 60], {"a", "b", "c"})
    assert masks == {"a": 1, "b": 3, "c": (1 << 52) - 4}  # sections 52 to 61 share bit 51


def test_the_masks_travel_in_the_index_and_a_patched_index_is_the_one_made_whole() -> None:
    documents = [FAQ, ANSWER]
    data = compact_index(documents)
    index = load_compact(data)
    restore = index.numbers["restor"]
    assert index.masks[restore] == {0: 0b10}
    edited = [dict(FAQ), ANSWER]
    edited[0]["sections"] = [*FAQ["sections"][:2], FAQ["sections"][2] + " restore",
                             *FAQ["sections"][3:]]
    expand = Synonyms().expand
    old = {0: analyse(FAQ, expand)}
    new = {0: analyse(edited[0], expand)}
    assert patch_index(data, old, new, edited) == compact_index(edited)


WORKER_STEPS = """
const cases = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([value, best, total]) => {
  return String(value * (1 + best) / (1 + total));   /* kb-search.js, sectionRank() */
})));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_section_rank_is_the_workers_arithmetic_to_the_last_bit() -> None:
    cases = [(9_732_155_617_050_624.0, 2, 3), (123_456_789.0 * 35, 1, 7), (77.0, 3, 3),
             (2.0**60 + 2**9, 5, 6)]
    shown = subprocess.run(["node", "-e", WORKER_STEPS, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    assert [section_rank(*case) for case in cases] == [float(v) for v in json.loads(shown)]


def test_short_texts_read_once_give_each_document_the_same_terms() -> None:
    """`analyse` with `seen` (the terms of short texts kept across one index's documents)
    gives what it gives alone; a body or section over SEEN_LENGTH is not kept, and a page of
    one section gets no masks."""
    from kbgen.core.search import SEEN_LENGTH

    expand = Synonyms([["log in", "sign in"]], concepts=True).expand
    one = page("Sign in fails", "Turn off the VPN, then log in again.", "Log in again.")
    documents = [FAQ, ANSWER, one, {**one, "title": "Log in fails"}]
    seen: dict[str, list[str]] = {}
    assert [analyse(d, expand, seen=seen) for d in documents] == [
        analyse(d, expand) for d in documents]
    assert seen and all(len(text) <= SEEN_LENGTH for text in seen)
    assert max(map(len, FAQ["sections"])) > SEEN_LENGTH  # long sections were read, not kept
    assert "Log in again." in seen and analyse(one, expand)[-1] == {}
