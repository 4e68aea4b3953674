"""Related articles: explicit ones first, then by shared errors, tags and category."""

from __future__ import annotations

import sys

import pytest

from kbgen.core.loader import load
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.related import SAME_CATEGORY, SHARED_ERROR, SHARED_TAG, RelatedIndex
from tests.conftest import REPO


def _brute_force(kb: KnowledgeBase, article: Article, limit: int) -> list[Article]:
    """The definition, computed pair by pair."""
    chosen = [a for slug in article.meta.related
              if (a := kb.article(slug)) is not None and a.is_public and a is not article]
    def score(other: Article) -> int:
        tags = {t.casefold() for t in article.meta.tags} & {t.casefold() for t in other.meta.tags}
        errors = ({e.casefold() for e in article.meta.errors}
                  & {e.casefold() for e in other.meta.errors})
        return (SHARED_TAG * len(tags) + SHARED_ERROR * len(errors)
                + SAME_CATEGORY * (other.category == article.category))
    others = [(score(a), a) for a in kb.public_articles() if a is not article and a not in chosen]
    ranked = sorted((pair for pair in others if pair[0] > 0),
                    key=lambda pair: (-pair[0], -pair[1].last_change.toordinal(), pair[1].title))
    return (chosen + [a for _, a in ranked])[:limit]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    root = tmp_path_factory.mktemp("generated")
    generate.generate(root, 300, 7)
    kb, _ = load(root / "content")
    return kb


@pytest.mark.parametrize("limit", [1, 5, 12, 60])
def test_same_as_the_definition(generated: KnowledgeBase, limit: int) -> None:
    index = RelatedIndex(generated)
    articles = generated.public_articles()
    assert len(articles) > 250
    for article in articles:
        expected = [a.slug for a in _brute_force(generated, article, limit)]
        assert [a.slug for a in index.related(article, limit)] == expected, article.slug


def test_sample_articles_have_related_articles() -> None:
    kb, _ = load(REPO / "content")
    index = RelatedIndex(kb)
    for article in kb.public_articles():
        related = index.related(article, 5)
        assert article not in related
        assert len(related) == len(set(map(id, related)))
    assert any(index.related(a, 5) for a in kb.public_articles())
