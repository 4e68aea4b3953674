"""Related articles: the explicit `related` list first, then the closest by content.

Closeness counts shared error codes, shared tags and the category. Each tag, error code and
category is a bitmask over the published articles (bit n: the article numbered n, in
tie-break order), and an article's scores against all others are added up bit-plane by
bit-plane: a few operations on whole masks, whatever the number of articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kbgen.core.model import Article, KnowledgeBase

SHARED_ERROR = 3
SHARED_TAG = 2
SAME_CATEGORY = 1


class RelatedIndex:
    """Who shares what among the published articles of a knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.public = sorted(kb.public_articles(), key=_tie_break)
        """Numbered in tie-break order: a smaller number wins a tie."""
        self.number = {id(article): n for n, article in enumerate(self.public)}
        self.members: dict[tuple[str, str], list[int]] = defaultdict(list)
        """(kind, key) -> numbers of the articles with that tag, error code or category."""
        for number, article in enumerate(self.public):
            for key in shared_keys(article):
                self.members[key].append(number)
        self.masks: dict[tuple[str, str], int] = {}

    def replace(self, before: Article, after: Article) -> None:
        """Put `after` in the place of `before`, whose body only changed (a preview's save)."""
        number = self.number.pop(id(before), None)
        if number is not None:
            self.public[number] = after
            self.number[id(after)] = number

    def related(self, article: Article, limit: int = 5) -> list[Article]:
        """Up to `limit` public articles related to `article`, best first."""
        chosen = [a for slug in article.meta.related
                  if (a := self.kb.article(slug)) is not None and a.is_public
                  and a is not article]
        if len(chosen) >= limit:
            return chosen[:limit]
        weighted = ([(self._mask("tag", t), SHARED_TAG)
                     for t in {t.casefold() for t in article.meta.tags}]
                    + [(self._mask("error", e), SHARED_ERROR)
                       for e in {e.casefold() for e in article.meta.errors}]
                    + [(self._mask("category", article.category), SAME_CATEGORY)])
        skip = 0
        for other in (*chosen, article):
            if (number := self.number.get(id(other))) is not None:
                skip |= 1 << number
        sharing = 0
        for mask, _ in weighted:
            sharing |= mask
        best = _best(_score_planes(weighted), sharing & ~skip, limit - len(chosen))
        return chosen + [self.public[n] for n in best]

    def _mask(self, kind: str, key: str) -> int:
        """The articles of one tag, error code or category, as a bitmask (made once)."""
        mask = self.masks.get((kind, key))
        if mask is None:
            bits = bytearray(len(self.public) // 8 + 1)
            for number in self.members.get((kind, key), ()):
                bits[number >> 3] |= 1 << (number & 7)
            mask = self.masks[(kind, key)] = int.from_bytes(bits, "little")
        return mask


def shared_keys(article: Article) -> set[tuple[str, str]]:
    """What `article` can share with another: its tags, error codes and category."""
    return {*(("tag", tag.casefold()) for tag in article.meta.tags),
            *(("error", error.casefold()) for error in article.meta.errors),
            ("category", article.category)}


def may_relate_otherwise(articles: Iterable[Article],
                         changed: Iterable[tuple[Article, Article]]) -> set[str]:
    """The source paths of `articles` whose `related` answer may differ once each changed
    article (before, after) is replaced: the changed ones, those naming one in `related`,
    and those sharing a tag, error code or category with one before or after. Any other's
    candidates are articles none of the changes touched, in the same relative order, with
    the same scores (the order numbers every public article, but a moved one shifts the
    others without reordering them)."""
    keys: set[tuple[str, str]] = set()
    slugs: set[str] = set()
    reach: set[str] = set()
    for before, after in changed:
        keys |= shared_keys(before) | shared_keys(after)
        slugs |= {before.slug, after.slug}
        reach |= {before.origin.src_uri, after.origin.src_uri}
    for article in articles:
        if (not keys.isdisjoint(shared_keys(article))
                or not slugs.isdisjoint(article.meta.related)):
            reach.add(article.origin.src_uri)
    return reach


def _score_planes(weighted: list[tuple[int, int]]) -> list[int]:
    """Every article's summed weight, as bit planes: bit n of plane i is bit i of the score of
    article n (binary addition of whole masks, carry by carry)."""
    planes: list[int] = []
    for mask, weight in weighted:
        plane = 0
        while weight:
            if weight & 1:
                carry, index = mask, plane
                while carry:
                    while len(planes) <= index:
                        planes.append(0)
                    planes[index], carry = planes[index] ^ carry, planes[index] & carry
                    index += 1
            weight >>= 1
            plane += 1
    return planes


def _best(planes: list[int], candidates: int, count: int) -> list[int]:
    """The `count` candidates with the highest scores, the lower number first in a tie."""
    best: list[int] = []
    while candidates and len(best) < count:
        top = candidates  # narrowed plane by plane, from the highest: the top score's articles
        for plane in reversed(planes):
            if top & plane:
                top &= plane
        while top and len(best) < count:
            lowest = top & -top
            best.append(lowest.bit_length() - 1)
            top ^= lowest
            candidates ^= lowest
        candidates &= ~top
    return best


def _tie_break(article: Article) -> tuple[int, str]:
    """Newer first, then by title."""
    return -article.last_change.toordinal(), article.title


def related_articles(kb: KnowledgeBase, article: Article, limit: int = 5) -> list[Article]:
    """Up to `limit` public articles related to `article` (builds a one-off index)."""
    return RelatedIndex(kb).related(article, limit)
