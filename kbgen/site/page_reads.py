"""What each page read of the articles' front matter while it was rendered: the record that
lets `kbgen build` render, after a front-matter change, only the pages that showed it
(kbgen.site.front_matter_build).

Recorded as the page is made, not listed by hand: while a `Recorder` is installed, reading
an article's `meta`, `front_matter` or `internal` notes the article for the page being
rendered, and each call of a knowledge-base lookup (`in_category`, `tags`, `related`, ...)
notes the call with a digest of its answer (which articles, in which order). A lookup's own
reading is not noted article by article: its answer is computed again on the new model and
compared. Caches that outlive one page (`kb_once`, article cards by folder, frames) keep
what was read while they were filled and replay it to every page that takes from them.
What is read outside any page (the navigation, template globals such as the known-issue
banners) is the site's share: a change there is a change for every page.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kbgen.core.model import Article, Category, KnowledgeBase, TeamMember
from kbgen.core.news import Tagged
from kbgen.core.related import RelatedIndex, may_relate_otherwise

Lookup = tuple[Any, ...]
"""A lookup call: its name, then its arguments (an article as `("article", src_uri)`)."""
WATCHED_FIELDS = ("meta", "front_matter", "internal")
"""What an article holds of its front matter."""
KB_LOOKUPS = ("public_articles", "article", "known_issues", "published_categories",
              "in_category", "by_author", "recently_updated", "tags", "tag_list", "tag_group",
              "tag_group_at")
"""The knowledge base's lookups over its articles (computed once per build, shared)."""
RELATED = "related"


@dataclass(frozen=True)
class PageRead:
    """What one page read: articles' front matter (source paths) and lookup calls."""

    articles: frozenset[str] = frozenset()
    lookups: frozenset[Lookup] = frozenset()

    def __or__(self, other: PageRead) -> PageRead:
        return PageRead(self.articles | other.articles, self.lookups | other.lookups)


@dataclass
class SiteReads:
    """A build's record: each page's reads, the site's share, each lookup's answer."""

    pages: dict[str, PageRead] = field(default_factory=dict)
    """By the page's source path."""
    shared: PageRead = field(default_factory=PageRead)
    """Read outside any page: every page depends on it."""
    answers: dict[Lookup, str] = field(default_factory=dict)
    """A digest of each lookup's answer."""
    base: str = ""
    """The site's signature without the articles' front matter (kbgen.site.incremental)."""
    complete: bool = True
    """False when a page's reads are unknown (rendered by a build that did not record)."""


class Recorder:
    """Notes reads for the page being rendered (see the module's docstring); one is
    installed at a time per process (`recording`)."""

    def __init__(self) -> None:
        self.reads = SiteReads()
        self._page: str | None = None
        self._articles: set[str] = set()
        self._lookups: set[Lookup] = set()
        self._shared_articles: set[str] = set()
        self._shared_lookups: set[Lookup] = set()
        self._depth = 0
        self._pages: dict[str, tuple[set[str], set[Lookup]]] = {}
        self._cached: dict[tuple[int, Any], PageRead] = {}
        """What each value of a knowledge base's own cache (`_cached`) read when made."""

    def page(self, src_uri: str | None) -> None:
        """Note reads for page `src_uri` from now on (None: for the site's share)."""
        self._page = src_uri
        if src_uri is None:
            self._articles, self._lookups = self._shared_articles, self._shared_lookups
        else:
            self._articles, self._lookups = self._pages.setdefault(src_uri, (set(), set()))

    def article_read(self, article: Article) -> None:
        """An article's front matter was read."""
        if not self._depth:
            self._articles.add(article.origin.src_uri)

    def lookup(self, call: Lookup, answer: Any) -> None:
        """A lookup was called and gave `answer`."""
        self._lookups.add(call)
        if call not in self.reads.answers:
            with self.paused():
                self.reads.answers[call] = answer_digest(answer)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Nothing read inside is noted (a lookup's own reading, the cache's signature)."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    @property
    def quiet(self) -> bool:
        """Inside a lookup or a pause."""
        return bool(self._depth)

    def captured(self, make: Callable[[], Any]) -> tuple[Any, PageRead]:
        """`make()` and what it read (also noted for the current page)."""
        articles, lookups = self._articles, self._lookups
        self._articles, self._lookups = set(), set()
        try:
            value = make()
            read = PageRead(frozenset(self._articles), frozenset(self._lookups))
        finally:
            self._articles, self._lookups = articles, lookups
        self.replay(read)
        return value, read

    def replay(self, read: PageRead) -> None:
        """Note `read` (what a cached value was made from) for the current page."""
        if not self._depth:
            self._articles.update(read.articles)
            self._lookups.update(read.lookups)

    def cached(self, kb: KnowledgeBase, key: Any, compute: Callable[[], Any],
               take: Callable[[], Any]) -> Any:
        """`take()`, a value of `kb`'s own cache (`_cached`) under `key` made by `compute`:
        what making it reads (made once more, on its first use while recording: the cache
        may hold it from before) is replayed for the current page each time it is taken."""
        if not self._depth:
            made = self._cached.get((id(kb), key))
            if made is None:
                _, made = self.captured(compute)
                self._cached[(id(kb), key)] = made
            else:
                self.replay(made)
        return take()

    def take_page(self, src_uri: str) -> tuple[PageRead, dict[Lookup, str]]:
        """What page `src_uri` read, with its lookups' answers (a worker's, to send back);
        the site's share is noted from then on."""
        articles, lookups = self._pages.pop(src_uri, (set(), set()))
        self.page(None)
        return (PageRead(frozenset(articles), frozenset(lookups)),
                {call: self.reads.answers[call] for call in lookups})

    def add_page(self, src_uri: str, made: tuple[PageRead, dict[Lookup, str]] | None) -> None:
        """Take a page's reads made elsewhere (a worker, the build cache; None: not
        recorded there, and the record is then incomplete)."""
        if made is None:
            self.reads.complete = False
            return
        read, answers = made
        self.reads.pages[src_uri] = read
        for call, digest in answers.items():
            self.reads.answers.setdefault(call, digest)

    def finish(self) -> SiteReads:
        """The record: the pages read here and those added, and the site's share."""
        for src_uri in list(self._pages):
            read, _ = self.take_page(src_uri)
            self.reads.pages[src_uri] = self.reads.pages.get(src_uri, PageRead()) | read
        self.reads.shared = PageRead(frozenset(self._shared_articles),
                                     frozenset(self._shared_lookups))
        return self.reads


class _Watched:
    """An article's front-matter field, read through the installed recorder."""

    recorder: Recorder | None = None
    """The one installed in this process (a forked worker inherits it)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, article: Any, owner: type | None = None) -> Any:
        if article is None:
            return self
        recorder = _Watched.recorder
        if recorder is not None:
            recorder.article_read(article)
        return article.__dict__[self.name]

    def __set__(self, article: Any, value: Any) -> None:
        article.__dict__[self.name] = value


def _recorded(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    def lookup(owner: Any, *args: Any, **kwargs: Any) -> Any:
        recorder = _Watched.recorder
        if recorder is None or recorder.quiet:
            return method(owner, *args, **kwargs)
        with recorder.paused():
            answer = method(owner, *args, **kwargs)
        recorder.lookup((name, *map(_argument, args),
                         *(("=", key, value) for key, value in sorted(kwargs.items()))), answer)
        return answer
    lookup.__wrapped__ = method  # type: ignore[attr-defined]
    return lookup


def _argument(value: Any) -> Any:
    return ("article", value.origin.src_uri) if isinstance(value, Article) else value


@contextlib.contextmanager
def recording(recorder: Recorder) -> Iterator[Recorder]:
    """Install `recorder` in this process for the duration (the site's share noted first)."""
    if _Watched.recorder is not None:
        raise RuntimeError("a page-reads recorder is already installed")
    recorder.page(None)
    originals = {name: KnowledgeBase.__dict__[name] for name in KB_LOOKUPS}
    related = RelatedIndex.__dict__[RELATED]
    cache = KnowledgeBase.__dict__["_cached"]

    def cached(kb: KnowledgeBase, name: str, compute: Callable[[], Any]) -> Any:
        return recorder.cached(kb, (name, len(kb.articles)), compute,
                               lambda: cache(kb, name, compute))

    setattr(KnowledgeBase, "_cached", cached)  # noqa: B010
    for name in WATCHED_FIELDS:
        setattr(Article, name, _Watched(name))
    for name, method in originals.items():
        setattr(KnowledgeBase, name, _recorded(name, method))
    setattr(RelatedIndex, RELATED, _recorded(RELATED, related))
    _Watched.recorder = recorder
    try:
        yield recorder
    finally:
        _Watched.recorder = None
        for name in WATCHED_FIELDS:
            delattr(Article, name)
        for name, method in originals.items():
            setattr(KnowledgeBase, name, method)
        setattr(RelatedIndex, RELATED, related)
        setattr(KnowledgeBase, "_cached", cache)  # noqa: B010


def installed() -> Recorder | None:
    """The recorder installed in this process, if any."""
    return _Watched.recorder


def answer_digest(answer: Any) -> str:
    """A lookup's answer as a digest: which articles, categories and members, in order, and
    any other value as it is."""
    return hashlib.blake2b(repr(_shape(answer)).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def _shape(value: Any) -> Any:
    if isinstance(value, Article):
        return ("article", value.origin.src_uri)
    if isinstance(value, Category):
        return ("category", value.slug)
    if isinstance(value, TeamMember):
        return ("member", value.id)
    if isinstance(value, Tagged):  # its news posts change only in a full build
        return ("tagged", value.name, _shape(value.articles),
                tuple((uri, meta) for uri, _, meta in value.posts))
    if isinstance(value, (list, tuple)):
        return tuple(_shape(item) for item in value)
    if isinstance(value, dict):
        return tuple((_shape(key), _shape(item)) for key, item in value.items())
    return value


def answer_now(call: Lookup, kb: KnowledgeBase, related: RelatedIndex,
               articles: dict[str, Article]) -> str | None:
    """The digest of `call`'s answer in the model `kb` (None: it cannot be asked there, an
    article it names is gone)."""
    name, *args = call
    positional, keywords = [], {}
    for arg in args:
        if isinstance(arg, tuple) and len(arg) == 2 and arg[0] == "article":
            article = articles.get(arg[1])
            if article is None:
                return None
            positional.append(article)
        elif isinstance(arg, tuple) and len(arg) == 3 and arg[0] == "=":
            keywords[arg[1]] = arg[2]
        else:
            positional.append(arg)
    owner: Any = related if name == RELATED else kb
    method = getattr(type(owner), name)
    method = getattr(method, "__wrapped__", method)
    return answer_digest(method(owner, *positional, **keywords))


class Answers:
    """Each recorded lookup's answer in a new model where the articles `changed` (source path:
    (before, after)) were replaced: asked again once, but a call whose answer cannot differ
    is the recorded one, unasked: `related` of an article no change can reach
    (kbgen.core.related.may_relate_otherwise), `by_author` of a member who wrote none of
    the changed articles before or after (the others' articles, and so their order, hold)."""

    def __init__(self, reads: SiteReads, kb: KnowledgeBase, related: RelatedIndex,
                 articles: dict[str, Article], changed: dict[str, tuple[Article, Article]]
                 ) -> None:
        self.reads, self.kb, self.related, self.articles = reads, kb, related, articles
        self.now: dict[Lookup, str] = {}
        """The answers asked again."""
        self._unmoved = Unmoved(articles, changed.values())

    def moved(self, call: Lookup) -> bool | None:
        """Whether `call` answers otherwise now (None: it cannot be asked now)."""
        if call not in self.now:
            if call in self.reads.answers and self._unmoved(call):
                return False
            now = answer_now(call, self.kb, self.related, self.articles)
            if now is None:
                return None
            self.now[call] = now
        return self.now[call] != self.reads.answers.get(call)


class Unmoved:
    """Which lookups' answers cannot differ once the articles `changed` (before, after; one
    that came or went: itself twice) are replaced in `articles` (see `Answers`)."""

    def __init__(self, articles: dict[str, Article],
                 changed: Iterable[tuple[Article, Article]]) -> None:
        pairs = list(changed)
        self.articles = articles
        self._related_reach = may_relate_otherwise(articles.values(), pairs)
        self._authors = {article.meta.author for pair in pairs for article in pair}

    def __call__(self, call: Lookup) -> bool:
        """Whether `call`'s answer cannot differ."""
        if call[0] == RELATED and len(call) > 1:  # whatever the limit
            uri = _argument_uri(call[1])
            return uri in self.articles and uri not in self._related_reach
        if call[0] == "by_author" and len(call) == 2:
            return isinstance(call[1], str) and call[1] not in self._authors
        return False


def _argument_uri(argument: Any) -> str | None:
    """The source path an article argument of a lookup names (`_argument`), else None."""
    if isinstance(argument, tuple) and len(argument) == 2 and argument[0] == "article":
        return str(argument[1])
    return None


class PageReads:
    """A build's recording of what its pages read: installed from the navigation until the
    pages are written (`finish`), or dropped when the build fails (`close`)."""

    def __init__(self) -> None:
        self.recorder: Recorder | None = None
        self.record: SiteReads | None = None
        """The finished record (None until then, or when not recorded)."""
        self._stack: contextlib.ExitStack | None = None

    def start(self, recorder: Recorder | None = None) -> None:
        """Install `recorder` (None: a new `Recorder`) unless one is running: this build's, or
        another build's in this process, which it then leaves alone and records nothing."""
        if self._stack is not None or installed() is not None:
            return
        self.record = None
        self.recorder = recorder or Recorder()
        stack = contextlib.ExitStack()
        stack.enter_context(recording(self.recorder))
        self._stack = stack

    def page(self, src_uri: str | None) -> None:
        """Reads go to page `src_uri` from now on (None: the site's share)."""
        if self._stack is not None and self.recorder is not None:
            self.recorder.page(src_uri)

    def finish(self) -> None:
        """Keep the record and uninstall the recorder (nothing when none runs)."""
        if self._stack is None or self.recorder is None:
            return
        self.record = self.recorder.finish()
        self.close()

    def close(self) -> None:
        """Uninstall the recorder, if any."""
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.close()
