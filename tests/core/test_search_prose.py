"""A reference page gives way to the prose guide (kbgen.core.search_prose): the share of a
page's body and headings that are identifiers joined by `_` lowers its rank among the first
results; the browser's worker ranks the same (parity: tests/browser/test_search_prose.py,
tests/browser/test_search_behaviour.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from typing import Any

import pytest

from kbgen.core import search_prose
from kbgen.core.search import (
    analyse,
    build_index,
    compact_index,
    load_compact,
    patch_index,
    search,
)
from kbgen.core.search_prose import code_level, prose_rank
from kbgen.core.search_sections import sections
from kbgen.core.search_text import headings, plain_text
from kbgen.core.synonyms import Synonyms

FILLER = "Your server shares it with other servers in the network. "
QUERY = "how many characters can a post have"


def page(title: str, markdown: str) -> dict[str, Any]:
    """A search document as `article_document` makes it from a Markdown body."""
    return {"title": title, "summary": "", "headings": headings(markdown),
            "body": plain_text(markdown), "sections": sections(markdown)}


GUIDE = page("Publishing", "Type what you want to say and press Publish. A post can have as "
             "many as 500 characters on most servers; a link counts as 23 characters. "
             + FILLER * 4)
REFERENCE = page("Instance", "\n\n".join([
    "Represents the server and its limits for a post.",
    "## statuses\n\n`max_characters`: how many characters a post can have. "
    "`characters_reserved_per_url`: characters each link in a post takes.",
    "## media_attachments\n\n`max_media_attachments`: attachments a post can have. "
    "`image_size_limit`: the largest image in bytes. `video_size_limit`: the largest video.",
    "## polls\n\n`max_options`: options a poll can have. `max_characters_per_option`: characters "
    "of each option. `min_expiration`: the shortest poll."]))


def test_the_level_is_the_share_of_words_joined_by_underscores_in_whole_percent() -> None:
    assert code_level([Counter({"max_charact": 1, "post": 2}), Counter({"statu": 1})]) == 25
    assert code_level([Counter({"a_b": 1, "word": 199})]) == 1  # 0.5% rounds up
    assert code_level([Counter({"u.s.": 3, "9.99": 2, "_private": 1, "word": 4})]) == 0
    assert code_level([Counter()]) == 0


def test_a_reference_page_naming_the_querys_words_in_identifiers_falls_behind_the_guide(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both pages hold the query's words; the reference more often (in its identifiers and
    their descriptions) and comes first without the rule."""
    hits = search(build_index([GUIDE, REFERENCE]), QUERY)
    assert [hit.ref for hit in hits] == ["0", "1"]
    assert hits[0].matched_terms == hits[1].matched_terms
    assert search(build_index([GUIDE, REFERENCE]), "max_characters")[0].ref == "1"
    monkeypatch.setattr(search_prose, "PROSE_BASE", 10**15)  # the rule all but gone
    assert [hit.ref for hit in search(build_index([GUIDE, REFERENCE]), QUERY)] == ["1", "0"]


def test_the_levels_travel_in_the_index_and_a_patched_index_is_the_one_made_whole() -> None:
    data = compact_index([GUIDE, REFERENCE])
    assert load_compact(data).code == [0, 15]
    edited = dict(GUIDE)
    edited["body"] += " Set max_toot_chars in your server's settings."
    expand = Synonyms().expand
    patched = patch_index(data, {0: analyse(GUIDE, expand)}, {0: analyse(edited, expand)},
                          [edited, REFERENCE])
    assert patched == compact_index([edited, REFERENCE])
    assert load_compact(patched).code[0] > 0
    before = {key: value for key, value in data.items() if key != "code"}  # an older index
    assert load_compact(before).code == [0, 0]


WORKER_STEPS = """
const [base, cases] = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([value, level]) => {
  return String(value * base / (base + level));   /* kb-search.js, proseRank() */
})));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_prose_rank_is_the_workers_arithmetic_to_the_last_bit() -> None:
    cases = [(9_732_155_617_050_624.0, 3), (123_456_789.0 * 35, 7), (77.0, 0),
             (2.0**60 + 2**9, 13), (1e-3, 100)]
    shown = subprocess.run(["node", "-e", WORKER_STEPS,
                            json.dumps([search_prose.PROSE_BASE, cases])],
                           check=True, capture_output=True, text=True).stdout
    assert [prose_rank(*case) for case in cases] == [float(v) for v in json.loads(shown)]


def test_the_worker_reads_the_same_base() -> None:
    from pathlib import Path

    import kbgen
    worker = (Path(kbgen.__file__).parent / "theme/assets/javascripts/workers/kb-search.js")
    assert f"var PROSE_BASE = {search_prose.PROSE_BASE};" in worker.read_text(encoding="utf-8")
