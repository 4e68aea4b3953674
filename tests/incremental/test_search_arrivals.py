"""A new or renamed article's document put into the last search index (kbgen.site.
search_arrivals) gives the index made whole of the same content, byte for byte: at the
start, middle or end of the source order, with the buckets of pairs of one count or of one
more (32 documents a bucket), team and contact documents after the articles."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from random import Random

import pytest

from kbgen.core.i18n import Translator
from kbgen.core.loader import load
from kbgen.core.model import KnowledgeBase
from kbgen.site.front_matter_build import without_documents
from kbgen.site.search_arrivals import ARRIVED
from kbgen.site.search_index import SiteIndex, index_text
from kbgen.site.urls import CONTACT, Urls, profile_uri
from tests.conftest import MINI_CATEGORIES, article
from tests.site.test_known_issues import CONTACT_YML

MEMBER = "name: Sam Lee\nrole: Support lead\nstatus: published\n"
WORDS = ("router", "hub", "invoice", "refund", "pairing", "firmware", "signal", "password",
         "reset", "timeout", "battery", "schedule")


def _write(content: Path, name: str, rng: Random) -> None:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30)))
    category = rng.choice(("billing", "wifi"))
    path = content / "articles" / category / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article(title=f"The {rng.choice(WORDS)} of {name}",
                            extra=f"tags: [{rng.choice(WORDS)}]\n",
                            body=f"## Symptoms\n\n{words}.\n\n## Fix\n\n{words[::-1]}.\n"),
                    encoding="utf-8")


def _index(content: Path, before: SiteIndex | None = None,
           changed: set[str] | None = None) -> tuple[SiteIndex, str]:
    """The index of the content (from `before`, its documents of `changed` re-keyed as a
    preview's catch-up gives them), and its data and texts as written."""
    kb, problems = load(content, gate=False)
    assert not [p for p in problems if p.level == "error"], problems
    index = index_text(kb, _urls(kb), Translator("en"),
                       before=without_documents(before, changed or set()))
    return index, json.dumps([index.data, index.texts], sort_keys=True)


def _urls(kb: KnowledgeBase) -> Urls:
    known = {a.origin.src_uri: a.origin.src_uri.replace(".md", ".html") for a in kb.articles}
    known.update({profile_uri(member): f"team/{member}.html" for member in kb.team})
    known[CONTACT] = "contact.html"
    return Urls(known)


@pytest.mark.parametrize(("articles", "seed"), [(30, 1), (33, 2)])
def test_a_new_or_renamed_article_put_into_the_last_index_is_the_index_made_whole(
        tmp_path: Path, articles: int, seed: int, caplog: pytest.LogCaptureFixture) -> None:
    """30 and 33 articles and two other documents (a member, the contact page): with 30 the
    first new one crosses to one more bucket of pairs (made whole); else the same count
    (patched)."""
    rng = Random(seed)
    content = tmp_path / "content"
    (content / "_data").mkdir(parents=True)
    (content / "_data" / "categories.yml").write_text(MINI_CATEGORIES, encoding="utf-8")
    (content / "_data" / "contact.yml").write_text(CONTACT_YML, encoding="utf-8")
    (content / "team").mkdir()
    (content / "team" / "sam.yml").write_text(MEMBER, encoding="utf-8")
    names = [f"problem-{number:03d}" for number in range(0, 2 * articles, 2)]
    for name in names:
        _write(content, name, rng)
    last, _ = _index(content)
    assert len(last.texts) == articles + 2  # the member's and the contact page's after
    for step, name in enumerate(["problem-000a", f"problem-{articles:03d}a", "problem-999",
                                 "renamed", "renamed-again"]):
        caplog.clear()
        if name.startswith("renamed"):
            old = rng.choice(sorted(content.glob("articles/*/*.md")))
            new = old.with_name(f"{name}-{step}.md" if step % 2 else f"a-{name}-{step}.md")
            old.rename(new)
            changed = {f"articles/{old.parent.name}/{old.name}",
                       f"articles/{new.parent.name}/{new.name}"}
        else:
            _write(content, name, rng)
            changed = {next(f"articles/{p.parent.name}/{p.name}"
                            for p in content.glob(f"articles/*/{name}.md"))}
        with caplog.at_level(logging.DEBUG, logger="kbgen.site.search_arrivals"):
            patched, written = _index(content, last, changed)
        whole, expected = _index(content)
        assert written == expected, (step, name)
        assert list(patched.documents or {}) == list(whole.documents or {})
        assert ARRIVED.split("{")[0] in caplog.text, (step, name)  # not made whole
        last = patched


def test_two_new_articles_at_once_are_not_put_in(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    rng = Random(5)
    content = tmp_path / "content"
    (content / "_data").mkdir(parents=True)
    (content / "_data" / "categories.yml").write_text(MINI_CATEGORIES, encoding="utf-8")
    for number in range(6):
        _write(content, f"problem-{number}", rng)
    last, _ = _index(content)
    _write(content, "new-1", rng)
    _write(content, "new-2", rng)
    with caplog.at_level(logging.DEBUG, logger="kbgen.site.search_arrivals"):
        _, written = _index(content, last, {"articles/billing/new-1.md"})
    assert written == _index(content)[1]
    assert caplog.text == ""
