"""After a front-matter change, a quick build asks `related` again only for the articles whose
answer may differ (kbgen.core.related.may_relate_otherwise, used by
kbgen.site.page_reads.Answers): every article whose answer does differ, found by asking all,
is among them, over seeded changes of titles, dates, tags, error codes and `related` lists;
the calls as pages record them (with their limit) are asked again for those alone, and
`by_author` for the authors of the changed articles, before and after, alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from random import Random
from typing import Any

import pytest

from bench.generate import generate
from kbgen.core.loader import load
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.related import RelatedIndex, may_relate_otherwise
from kbgen.site.page_reads import Answers, Recorder, answer_digest, recording

Change = Callable[[Random, KnowledgeBase, Article], dict[str, Any]]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    project = tmp_path_factory.mktemp("related-reach") / "project"
    generate(project, 60, seed=48, as_of=dt.date(2026, 11, 1), team_size=2)
    loaded, _ = load(project / "content", gate=False)
    return loaded


def _tags(kb: KnowledgeBase) -> list[str]:
    return sorted({tag for article in kb.articles for tag in article.meta.tags})


def _errors(kb: KnowledgeBase) -> list[str]:
    return sorted({error for article in kb.articles for error in article.meta.errors}
                  | {"E17", "E42"})


CHANGES: dict[str, Change] = {
    "author": lambda rng, kb, _: {"author": rng.choice(sorted(kb.team))},
    "title": lambda rng, kb, a: {  # with another's date: the title breaks the tie
        "title": rng.choice(["Aa first", "Zz last", "Mm middle"]),
        "updated": rng.choice([b for b in kb.articles if b.category == a.category]).last_change},
    "updated": lambda rng, kb, a: {"updated": (a.meta.created or dt.date(2026, 1, 1))
                                   + dt.timedelta(days=rng.randint(0, 300))},
    "tags": lambda rng, kb, _: {"tags": rng.sample(_tags(kb), rng.randint(0, 3))},
    "errors": lambda rng, kb, _: {"errors": rng.sample(_errors(kb), rng.randint(0, 2))},
    "related": lambda rng, kb, _: {"related": [a.slug for a in rng.sample(kb.articles, 2)]},
}


BARE = {"tags": [], "errors": []}
"""Before the change "alone": the changed articles' categories hold no tag or error code, so
that only the category relates them."""
CHANGES["alone"] = CHANGES["title"]


def _with(kb: KnowledgeBase, changes: dict[int, Article]) -> KnowledgeBase:
    return dataclasses.replace(kb, articles=[changes.get(id(a), a) for a in kb.articles])


def _meta(article: Article, update: dict[str, Any]) -> Article:
    return dataclasses.replace(article, meta=article.meta.model_copy(update=update))


def _answers(kb: KnowledgeBase) -> dict[str, list[str]]:
    index = RelatedIndex(kb)
    return {article.origin.src_uri: [a.origin.src_uri for a in index.related(article)]
            for article in kb.articles if article.is_public}


@pytest.mark.parametrize("kind", sorted(set(CHANGES) - {"author"}))  # not read by related
def test_every_related_answer_that_differs_is_asked_again(kb: KnowledgeBase, kind: str
                                                          ) -> None:
    differing_elsewhere, reached = 0, []
    for seed in range(12):
        rng = Random(f"{kind}-{seed}")
        changed = rng.sample([a for a in kb.articles if a.is_public], rng.choice([1, 2]))
        base = kb
        if kind == "alone":  # the changed articles' categories share nothing else
            bare = {id(a): _meta(a, BARE) for a in kb.articles
                    if a.category in {was.category for was in changed}}
            base = _with(kb, bare)
            changed = [bare[id(was)] for was in changed]
        before = _answers(base)
        pairs = [(was, _meta(was, CHANGES[kind](rng, base, was))) for was in changed]
        model = _with(base, {id(was): after for was, after in pairs})
        after = _answers(model)
        differ = {uri for uri in before if before[uri] != after[uri]}
        reach = may_relate_otherwise(model.articles, pairs)
        assert differ <= reach, f"{kind}, seed {seed}: not asked again: {differ - reach}"
        differing_elsewhere += len(differ - {was.origin.src_uri for was in changed})
        reached.append(len(reach))
    assert differing_elsewhere or kind == "related"  # the changes reach others' answers
    assert min(reached) < len(before)  # and not every article is asked again


@pytest.mark.parametrize("kind", ["author", "tags", "updated"])
def test_recorded_calls_are_asked_again_where_they_can_change(kb: KnowledgeBase, kind: str
                                                             ) -> None:
    recorder = Recorder()
    with recording(recorder):
        index = RelatedIndex(kb)
        for article in kb.articles:
            if article.is_public:
                recorder.page(article.origin.src_uri)
                index.related(article, 5)  # as the page template asks
        for member in kb.team:
            recorder.page(f"team/{member}.md")
            kb.by_author(member)
    reads = recorder.finish()
    calls = sorted(call for call in reads.answers if call[0] in ("related", "by_author"))
    assert {call[2:] for call in calls if call[0] == "related"} == {(5,)}
    asked, moved = 0, 0
    for seed in range(6):
        rng = Random(f"{kind}-{seed}")
        was = rng.choice([a for a in kb.articles if a.is_public and a.meta.author])
        after = _meta(was, CHANGES[kind](rng, kb, was))
        model = _with(kb, {id(was): after})
        articles = {a.origin.src_uri: a for a in model.articles}
        answers = Answers(reads, model, RelatedIndex(model), articles,
                          {after.origin.src_uri: (was, after)})
        index = RelatedIndex(model)
        now = {call: answer_digest(index.related(articles[call[1][1]], 5)
                                   if call[0] == "related" else model.by_author(call[1]))
               for call in calls}
        differ = {call for call in calls if now[call] != reads.answers[call]}
        assert {call for call in calls if answers.moved(call)} == differ, seed  # as asking all
        reach = may_relate_otherwise(model.articles, [(was, after)])
        assert {call for call in answers.now} == {
            call for call in calls if call[1][1] in reach if call[0] == "related"} | {
            call for call in calls if call[0] == "by_author"
            and call[1] in {was.meta.author, after.meta.author}}, seed  # asked again: those
        asked, moved = asked + len(answers.now), moved + len(differ)
    assert moved and asked < 6 * len(calls) / 2
