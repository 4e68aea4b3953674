"""What a page read of the articles' front matter, as kbgen.site.page_reads records it: an
article read directly, a lookup with its answer, and a value of the knowledge base's own cache
replayed to every page that takes it (else only its first page would depend on it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bench.generate import generate
from kbgen.core.loader import load
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.news import tagged
from kbgen.core.related import RelatedIndex
from kbgen.site.page_reads import Recorder, answer_now, installed, recording


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    project = tmp_path_factory.mktemp("reads") / "project"
    generate(project, 10, seed=3, as_of=dt.date(2026, 11, 1), team_size=3)
    loaded, _ = load(project / "content")
    return loaded


def _biggest(kb: KnowledgeBase) -> list[Article]:
    """The published articles of the category that has most."""
    return max((kb.in_category(c) for c in kb.categories), key=len)


def _now(kb: KnowledgeBase, call: tuple[object, ...]) -> str | None:
    articles = {a.origin.src_uri: a for a in kb.articles}
    return answer_now(call, kb, RelatedIndex(kb), articles)


def test_a_page_records_the_articles_and_lookups_it_read(kb: KnowledgeBase) -> None:
    first, second = _biggest(kb)[:2]
    recorder = Recorder()
    with recording(recorder):
        recorder.page("a.md")
        assert first.title  # read directly
        members = kb.in_category(first.category)  # a lookup: its own reading is not noted
        recorder.page("b.md")
        tagged(kb)
        recorder.page("c.md")
        tagged(kb)  # cached by the knowledge base now: replayed
        recorder.page(None)
        assert second.meta is not None  # outside any page: the site's share
    assert installed() is None
    reads = recorder.finish()
    call = ("in_category", first.category)
    assert reads.pages["a.md"].articles == {first.origin.src_uri}
    assert reads.pages["a.md"].lookups == {call}
    assert reads.answers[call] == _now(kb, call)
    assert len(members) > 1
    assert reads.pages["b.md"] == reads.pages["c.md"]
    assert ("tags",) in reads.pages["c.md"].lookups
    assert reads.shared.articles == {second.origin.src_uri}
    assert Article.__dict__.get("meta") is None  # the recorder left the model as it was


def test_an_answer_moves_when_a_title_changes_the_order(kb: KnowledgeBase) -> None:
    last = _biggest(kb)[-1]
    call = ("in_category", last.category)
    before = _now(kb, call)
    meta = last.meta.model_copy(update={"title": "Aaa first of all", "order": None})
    retitled = dataclasses.replace(last, meta=meta)
    now = KnowledgeBase(**{**{f.name: getattr(kb, f.name) for f in dataclasses.fields(kb)},
                           "articles": [retitled if a is last else a for a in kb.articles]})
    assert _now(now, call) != before
    assert _now(now, ("in_category", "no-such-category")) == _now(
        kb, ("in_category", "no-such-category"))
    assert _now(now, ("related", ("article", "gone.md"), 5)) is None
    assert Path(last.origin.src_uri).suffix == ".md"
