"""The knowledge base as loaded: frozen records and the lookups pages need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import StringConstraints

from kbgen.core.allow_markers import strip_markers
from kbgen.core.contact import ContactData
from kbgen.core.internal import split_internal
from kbgen.core.schema import (
    ArticleMeta,
    CategoryInfo,
    Line,
    OldPaths,
    Status,
    StrictModel,
    TeamProfile,
    TemplateName,
)
from kbgen.core.strictyaml import line_for
from kbgen.core.synonyms import Synonyms


@dataclass(frozen=True)
class Located:
    """Where a record came from, to point messages at the right line."""

    src_uri: str
    """Path relative to the content folder."""
    display_path: str
    """Path shown in messages."""
    key_lines: Mapping[str, int]
    """1-based file line of each top-level key."""
    first_line: int = 1
    """1-based line of the record itself (for entries inside a data file)."""

    def line_of(self, key: str | None) -> int:
        """The line of a key path such as `lines[0].hours`, or of its closest parent."""
        return line_for(self.key_lines, key or "") or self.first_line


@dataclass(frozen=True)
class Category:
    """A folder of articles, described in `_data/categories.yml`."""

    slug: str
    info: CategoryInfo
    origin: Located


@dataclass(frozen=True)
class Article:
    """A solved problem: front matter plus Markdown body."""

    slug: str
    category: str
    meta: ArticleMeta
    body: str
    body_line: int
    """1-based file line where the body starts."""
    origin: Located
    internal: Mapping[str, object] = field(default_factory=dict)
    """Front matter keys the team marked internal (`extra.kb.internal_keys`): never published."""
    front_matter: Mapping[str, Any] = field(default_factory=dict)
    """The front matter as read, without the internal keys (what `meta` was validated from)."""

    @property
    def public_body(self) -> str:
        """The body without `!!! internal` notes and `kb:allow` markers (line numbers hold)."""
        return strip_markers(split_internal(self.body, self.body_line)[0])

    @property
    def title(self) -> str:
        """The article title."""
        return self.meta.title

    @property
    def is_public(self) -> bool:
        """True when the article goes to the public site."""
        return self.meta.status == "published"

    @property
    def last_change(self) -> dt.date:
        """`updated`, else `created`, else a date far in the past."""
        return self.meta.updated or self.meta.created or dt.date.min


class PageMeta(StrictModel):
    """Front matter of a page outside `articles/` (`index.md`, `faq.md`, `about/x.md`)."""

    title: Annotated[Line, StringConstraints(max_length=120)] | None = None
    """Page title (default: the first heading)."""
    description: Line | None = None
    """Meta description."""
    summary: Line | None = None
    """One sentence about the page."""
    status: Status = "published"
    """`draft` or `internal` keeps the page out of the site, as for articles."""
    hide: list[Line] = []
    """Parts of the page the theme hides (the site layer checks the names)."""
    template: TemplateName | None = None
    """MkDocs: a template of the theme, e.g. `home.html`."""
    search: dict[Literal["exclude", "boost"], bool | float] | None = None
    """Material: search options for the page (`boost`, `exclude`)."""
    icon: Line | None = None
    """Material: page icon."""
    redirect_from: OldPaths = []
    """Old addresses of the page (an imported blog's `/blog/` on `news/index.md`): the build
    redirects them, as an article's."""


@dataclass(frozen=True)
class Page:
    """A Markdown page of the content folder that is not an article: checked like one."""

    meta: PageMeta
    body: str
    body_line: int
    """1-based file line where the body starts."""
    origin: Located

    @property
    def public_body(self) -> str:
        """The body without `!!! internal` notes and `kb:allow` markers (line numbers hold)."""
        return strip_markers(split_internal(self.body, self.body_line)[0])

    @property
    def is_public(self) -> bool:
        """True when the page goes to the public site."""
        return self.meta.status == "published"


@dataclass(frozen=True)
class TeamMember:
    """A person of the support team."""

    id: str
    profile: TeamProfile
    origin: Located


@dataclass
class KnowledgeBase:
    """Every record loaded from the content folder, with lookups."""

    categories: dict[str, Category] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    team: dict[str, TeamMember] = field(default_factory=dict)
    """Published team members, by id."""
    draft_team: dict[str, TeamMember] = field(default_factory=dict)
    """Profiles with `status: draft`: valid authors, never published."""
    has_team: bool = False
    """True when `content/team/` exists: then article authors must be members."""
    contact: ContactData | None = None
    """How to reach support (`_data/contact.yml`), when the file exists."""
    contact_origin: Located | None = None
    """Where the contact data came from."""
    synonyms: Synonyms = field(default_factory=Synonyms)
    """Phrases that mean the same to search (`_data/synonyms.yml`)."""
    pages: dict[str, Page] = field(default_factory=dict)
    """Markdown pages outside `articles/` (home, FAQ, ...), by source path."""

    def public_pages(self) -> list[Page]:
        """Pages that are published, by source path."""
        return [page for _, page in sorted(self.pages.items()) if page.is_public]

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        """Lookups computed once per state of `articles` (which only grows while loading)."""
        key = (name, len(self.articles))
        cache = self.__dict__.setdefault("_lookups", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def public_articles(self) -> list[Article]:
        """Published articles, in title order."""
        return list(self._cached("public", lambda: sorted(
            (a for a in self.articles if a.is_public), key=_title_key)))

    def article(self, slug: str) -> Article | None:
        """The article with this slug, whatever its status (the first, if repeated)."""
        by_slug = self._cached("by_slug", lambda: {
            a.slug: a for a in reversed(self.articles)})
        return by_slug.get(slug)

    def known_issues(self) -> list[Article]:
        """Published articles with a `known_issue` block, in title order."""
        return list(self._cached("issues", lambda: [
            a for a in self.public_articles() if a.meta.known_issue is not None]))

    def ordered_categories(self) -> list[Category]:
        """Categories by `order`, then title."""
        return sorted(self.categories.values(), key=lambda c: (c.info.order, c.info.title))

    def published_categories(self) -> list[Category]:
        """Categories holding a published article, in order: only these get a page and are
        named on the site (a folder of internal or draft articles may have a private name)."""
        return [c for c in self.ordered_categories() if self.in_category(c.slug)]

    def in_category(self, slug: str) -> list[Article]:
        """Published articles of a category: by `order` (lowest first), then those without
        one, each by title."""
        def group() -> dict[str, list[Article]]:
            found: dict[str, list[Article]] = {}
            for article in sorted(self.public_articles(), key=_order_key):
                found.setdefault(article.category, []).append(article)
            return found
        return list(self._cached("by_category", group).get(slug, []))

    def by_author(self, member_id: str) -> list[Article]:
        """Published articles written by a member, newest first."""
        mine = [a for a in self.public_articles() if a.meta.author == member_id]
        return sorted(mine, key=lambda a: a.last_change, reverse=True)

    def recently_updated(self, limit: int) -> list[Article]:
        """The `limit` most recently changed published articles."""
        return sorted(self.public_articles(), key=lambda a: a.last_change, reverse=True)[:limit]

    def tags(self) -> dict[str, list[Article]]:
        """Each tag of a published article, sorted, with its articles in title order. Tags
        that differ only in case or punctuation (`Wi-Fi`, `wi fi`) are one, named as first
        written."""
        return dict(self._cached("tags", self._group_tags))

    def tag_list(self) -> list[tuple[str, int]]:
        """Every tag of a published article or news post, sorted, with how many carry it
        (kbgen.core.news.tagged): what a page listing the tags reads, a lookup of its own
        (kbgen.site.page_reads), which a retitled article leaves as it was."""
        from kbgen.core.news import tagged

        return [(name, len(group.articles) + len(group.posts))
                for name, group in tagged(self).items()]

    def tag_group(self, name: str) -> Any:
        """What carries the tag `name` as `tag_list` names it (kbgen.core.news.Tagged; None:
        no such tag): what one tag's page reads, a lookup of its own."""
        from kbgen.core.news import tagged

        return tagged(self).get(name)

    def tag_group_at(self, key: str) -> Any:
        """What carries the tag whose key (`tag_key`) is `key`, as `tag_group` (None: no such
        tag): one tag's page finds its tag by address, not by reading the whole list (an
        article of 3,200 tags made 3,200 pages that each read 3,200 tags)."""
        from kbgen.core.build_day import build_day
        from kbgen.core.news import tagged

        by_key = self._cached(f"tags by key {build_day()}", lambda: {
            tag_key(name): group for name, group in tagged(self).items()})
        return by_key.get(key)

    def _group_tags(self) -> dict[str, list[Article]]:
        groups: dict[str, tuple[str, list[Article]]] = {}
        for article in self.public_articles():
            seen = set()
            for tag in article.meta.tags:
                key = tag_key(tag)
                if key not in seen:
                    seen.add(key)
                    groups.setdefault(key, (tag, []))[1].append(article)
        return dict(sorted(groups.values(), key=lambda item: item[0].casefold()))


@lru_cache(maxsize=4096)  # a site has few tags, each on many articles
def tag_key(tag: str) -> str:
    """`Wi-Fi` -> `wi-fi`: what tells tags apart (letters and digits, in any case)."""
    return "".join(ch if ch.isalnum() else "-" for ch in tag.casefold()).strip("-") or "tag"


def _order_key(article: Article) -> tuple[bool, int]:
    """An article's place by `order` (a stable sort keeps title order within it)."""
    order = article.meta.order
    return (order is None, order or 0)


def _title_key(article: Article) -> tuple[str, str]:
    return (article.title.casefold(), article.slug)
