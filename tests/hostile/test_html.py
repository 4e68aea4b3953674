"""Hostile HTML: DOM clobbering, template escaping, the CSP's script hashes, fragment markers.

Each table row is one attack; each test builds a real project (or renders the real theme
templates) and inspects what would be published.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import re
import types
import typing
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal, Union

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from kbgen.cli import cli
from kbgen.core.model import CategoryInfo
from kbgen.core.sanitize import clean_html, url_scheme
from kbgen.core.schema import ArticleMeta, TeamProfile
from kbgen.site.contact import ContactView
from kbgen.site.feeds import FeedLink
from kbgen.site.hosting import read_headers
from kbgen.site.render import Renderer
from kbgen.site.status_page import IssueView, StatusView
from kbgen.site.theme import THEME_DIR
from kbgen.site.views import ArticleCard, CategoryCard, MemberCard, NewsCard
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

MARKER = "__pwned"
"""Every payload sets `window.__pwned`: finding it in a script or handler means it would run."""
TEXT = f'"><script>window.{MARKER}=1</script><img src=x onerror="window.{MARKER}=1">{{{{ 7*191 }}}}'
URL = f'javascript:window.{MARKER}=1//"><img src=x onerror=window.{MARKER}=1>'
PAYLOADS = [TEXT, URL]
EXTENSIONS = "markdown_extensions:\n  - attr_list\n  - toc\n"


class _Dangers(HTMLParser):
    """What in an HTML text would run a payload: a script or event handler with the marker,
    a `javascript:` URL, or a template expression evaluated (`{{ 7*191 }}` -> 1337)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = dict(attrs).get("type") or ""
        self._in_script = tag == "script" and "json" not in kind  # JSON data blocks never run
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and MARKER in value:
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and url_scheme(value) == "javascript":
                self.found.append(f"<{tag} {name}={value[:30]}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and MARKER in data:
            self.found.append(f"<script>{data[:40]}")
        if "1337" in data:
            self.found.append("{{ }} evaluated")


def dangers(html: str) -> list[str]:
    """The payloads of `html` that a browser would run."""
    parser = _Dangers()
    parser.feed(html)
    parser.close()
    return parser.found


def write_project(root: Path, files: dict[str, str | bytes], extra_config: str = "") -> Path:
    """A small real project below `root`; returns its mkdocs.yml."""
    write_files(root, {"mkdocs.yml": MINI_CONFIG + extra_config,
                       "content/index.md": "# Home\n\n<!-- kb:search -->\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **files})
    return root / "mkdocs.yml"


def build(root: Path, files: dict[str, str | bytes], extra_config: str = "") -> Path:
    """Build the project strictly off; returns the site folder."""
    from kbgen.commands.build import build as kb_build

    return kb_build(write_project(root, files, extra_config), root / "site", strict=False)


def article_html(page: str) -> str:
    """The `<article>` of a built page (what content can reach)."""
    start = page.index('<article class="md-content__inner')
    return page[start:page.index("</article>", start)]


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.values += [(name, value or "") for name, value in attrs]


def attributes(html: str) -> list[tuple[str, str]]:
    """Every (attribute, value) of an HTML text."""
    parser = _Attributes()
    parser.feed(html)
    return parser.values


# ------------------------------------------------------------------ 3. DOM clobbering

# (case, article body, attributes that must be published, attributes that must not be)
CLOBBERING = [
    ("material-config", '<div id="__config">{"search": "data:x"}</div>',
     [("id", "user-content-__config")], [("id", "__config")]),
    ("search-toggle", '<div id="__search">x</div>',
     [("id", "user-content-__search")], [("id", "__search")]),
    ("drawer-by-name", '<a name="__drawer">x</a>',
     [("name", "user-content-__drawer")], [("name", "__drawer")]),
    ("palette", '<p id="__palette_0">x</p>', [("id", "user-content-__palette_0")],
     [("id", "__palette_0")]),
    ("nav-item", '<p id="__nav_1_label">x</p>', [("id", "user-content-__nav_1_label")],
     [("id", "__nav_1_label")]),
    ("future-material-id", '<p id="__anything_new">x</p>',
     [("id", "user-content-__anything_new")], [("id", "__anything_new")]),
    ("kbgen-template-id", '<p id="kb-no-results">x</p>', [("id", "user-content-kb-no-results")],
     [("id", "kb-no-results")]),
    ("material-namespace", '<p id="md-content">x</p>', [("id", "user-content-md-content")],
     [("id", "md-content")]),
    ("heading-slug", "## __config\n\n[up](#__config)\n",
     [("id", "user-content-__config"), ("href", "#user-content-__config")],
     [("id", "__config"), ("href", "#__config")]),
    ("attr-list-id", "## Resolution {: #__search }\n\nText.\n",
     [("id", "user-content-__search")], [("id", "__search")]),
    ("window-global", '<p id="MathJax">x</p>', [("id", "user-content-MathJax")],
     [("id", "MathJax")]),
    ("document-property", '<img id="body" src="https://img.example/x.png">',
     [("id", "user-content-body")], [("id", "body")]),
    ("link-to-other-page", "[other](heading-slug.md#__config)\n",
     [("href", "heading-slug.html#user-content-__config")],
     [("href", "heading-slug.html#__config")]),
    ("material-component", '<span data-md-component="announce">x</span>', [],
     [("data-md-component", "announce")]),
    ("kbgen-script-data", '<p data-kb-hours="{}" data-kb-tz="UTC">x</p>', [],
     [("data-kb-hours", "{}"), ("data-kb-tz", "UTC")]),
    ("third-party-script", '<pre class="mermaid x"><code>graph TD; A-->B</code></pre>',
     [("class", "x")], [("class", "mermaid x"), ("class", "mermaid")]),
    # what stays as written: heading anchors and links to them
    ("heading-anchor-kept", "## Symptoms\n\n[see](#symptoms) [step](#step-2)\n\n"
     '<p id="step-2">x</p>\n',
     [("id", "symptoms"), ("href", "#symptoms"), ("id", "step-2"), ("href", "#step-2")], []),
]


@pytest.fixture(scope="module")
def clobbering_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One project with an article per case."""
    files: dict[str, str | bytes] = {
        f"content/articles/billing/{case}.md": article(f"Case {case}", body=f"{body}\n")
        for case, body, _, _ in CLOBBERING}
    return build(tmp_path_factory.mktemp("clobber"), files, EXTENSIONS)


TITLES = [  # (case, content HTML): Material's content.tooltips sets innerHTML from a title
    ("span title", '<span title="&lt;img src=x onerror=alert(1)&gt;">hover</span>'),
    ("link title", '<a href="https://e.example" title="<img src=x onerror=alert(2)>">a</a>'),
    ("abbreviation", '<abbr title="<svg onload=alert(3)>">HTML</abbr>'),
    ("numeric entity", '<span title="&#60;img src=x onerror=alert(4)&#62;">x</span>'),
]


class _Titles(HTMLParser):
    """The title attributes of a document, as the DOM holds them (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.titles += [value or "" for name, value in attrs if name == "title"]


@pytest.mark.parametrize("case, body", TITLES, ids=[row[0] for row in TITLES])
def test_no_title_from_content_holds_markup(case: str, body: str) -> None:
    parser = _Titles()
    parser.feed(clean_html(body))
    assert parser.titles and not [title for title in parser.titles if "<" in title]


def test_a_plain_title_is_kept() -> None:
    assert clean_html('<abbr title="Tom &amp; Jerry">TJ</abbr>') == \
        '<abbr title="Tom &amp; Jerry">TJ</abbr>'


@pytest.mark.parametrize("case, body, published, refused", CLOBBERING,
                         ids=[row[0] for row in CLOBBERING])
def test_content_never_carries_the_themes_ids(
        clobbering_site: Path, case: str, body: str, published: list[tuple[str, str]],
        refused: list[tuple[str, str]]) -> None:
    html = article_html((clobbering_site / f"articles/billing/{case}.html").read_text())
    found = attributes(html)
    assert [pair for pair in published if pair not in found] == []
    assert [pair for pair in refused if pair in found] == []


# (case, the link of its heading in the page's table of contents)
TOC_LINKS = [("heading-slug", "#user-content-__config"), ("attr-list-id", "#user-content-__search"),
             ("heading-anchor-kept", "#symptoms")]


@pytest.mark.parametrize("case, link", TOC_LINKS, ids=[row[0] for row in TOC_LINKS])
def test_the_table_of_contents_links_to_the_published_ids(
        clobbering_site: Path, case: str, link: str) -> None:
    page = (clobbering_site / f"articles/billing/{case}.html").read_text()
    toc = page[page.index('data-md-type="toc"'):page.index('<div class="md-content"')]
    assert f'href="{link}"' in toc
    assert ("id", link[1:]) in attributes(article_html(page))


THEME_IDS = {match for path in THEME_DIR.rglob("*.html")
             for match in re.findall(r'\bid="([\w-]+)"', path.read_text())}
"""The ids kbgen's templates write around an article (related articles, "Still need help?")."""


def test_no_content_id_can_be_a_theme_id(clobbering_site: Path) -> None:
    """Whatever the case, every id and name in articles is a lowercase slug outside `__`,
    `md-` and `kb-`, or carries the `user-content-` prefix (never a JavaScript name)."""
    for page in sorted((clobbering_site / "articles/billing").glob("*.html")):
        for name, value in attributes(article_html(page.read_text())):
            if name in ("id", "name") and not value.startswith("user-content-") and (
                    value not in THEME_IDS):
                assert re.fullmatch(r"[a-z0-9][a-z0-9_:.-]*", value), (page.name, value)
                assert not value.startswith(("md-", "md_", "kb-", "kb_")), (page.name, value)


# ------------------------------------------------------------------ 4. template escaping


def hostile(kind: Any, text: str) -> Any:
    """A value of type `kind` with `text` in every string field, however deep."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is str or kind is Any:
        return text
    if kind is bool:
        return True
    if kind is int:
        return 7
    if kind is dt.date:
        return dt.date(2026, 1, 2)
    if origin is typing.Annotated:
        return hostile(args[0], text)
    if origin is Literal:
        return args[0]
    if origin in (Union, types.UnionType):
        return hostile(next(a for a in args if a is not type(None)), text)
    if origin is list:
        return [hostile(args[0], text)]
    if origin is tuple:
        return tuple(hostile(a, text) for a in args)
    if origin is dict:
        return {hostile(args[0], text): hostile(args[1], text)}
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind, include_extras=True)
        return kind(**{f.name: hostile(hints[f.name], text) for f in dataclasses.fields(kind)})
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return kind.model_construct(**{name: hostile(info.annotation, text)
                                       for name, info in kind.model_fields.items()})
    raise TypeError(f"no hostile value for {kind!r}")


# fragment -> what kbgen passes it (the types of the real views)
FRAGMENTS: dict[str, dict[str, Any]] = {
    "article-header": {"article": ArticleMeta, "status": str, "serving": bool,
                       "internal": dict[str, str]},
    "article-list": {"articles": list[ArticleCard], "heading": str, "show_category": bool},
    "avatar": {"member": MemberCard, "size": str},
    "categories": {"categories": list[CategoryCard]},
    "category": {"category": CategoryInfo, "articles": list[ArticleCard], "feed": FeedLink,
                 "posts": list[NewsCard], "more_url": str},
    "contact": {"contact": ContactView, "issues": list[IssueView], "status_url": str},
    "feeds": {"feeds": list[FeedLink]},
    "issue": {"issue": IssueView, "level": int, "link": bool},
    "issue-notice": {"issues": list[IssueView]},
    "news": {"posts": list[NewsCard], "feed": FeedLink},
    "news-list": {"posts": list[NewsCard], "heading": str, "more_url": str},
    "status": {"status": StatusView, "contact_url": str, "feed": FeedLink},
    "subscribe": {"feed": FeedLink},
    "profile-details": {"member": MemberCard, "profile": TeamProfile,
                        "articles": list[ArticleCard], "contact_url": str},
    "profile-header": {"member": MemberCard, "profile": TeamProfile},
    "search-box": {"action": str, "topics": list[tuple[str, str]]},
    "search-off": {"topics": list[tuple[str, str]]},
    "still-need-help": {"contact": ContactView, "mailto": str, "contact_url": str},
    "tag": {"tag": str, "articles": list[ArticleCard], "posts": list[NewsCard], "index": str},
    "tags": {"tags": list[tuple[str, str, str, int]]},
    "team": {"groups": list[tuple[str, list[MemberCard]]]},
}


def test_every_fragment_kbgen_ships_is_in_the_table() -> None:
    shipped = {path.stem for path in (THEME_DIR / "fragments/kb").glob("*.html")}
    assert shipped == set(FRAGMENTS)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    """kbgen's renderer on the environment MkDocs gives the theme (kbgen's templates first)."""
    from mkdocs.theme import Theme

    theme = Theme(name="material")
    theme.dirs.insert(0, str(THEME_DIR))
    return Renderer(theme.get_env())


@pytest.mark.parametrize("name", sorted(FRAGMENTS))
@pytest.mark.parametrize("payload", PAYLOADS, ids=["text", "url"])
def test_every_fragment_escapes_every_field(renderer: Renderer, name: str, payload: str) -> None:
    context = {key: hostile(kind, payload) for key, kind in FRAGMENTS[name].items()}
    html = renderer.render(name, **context)
    assert MARKER in html or name in ("search-box", "subscribe")  # the payload was printed...
    assert dangers(html) == []  # ...and cannot run


@pytest.mark.parametrize("member", ["avatar-included", "avatar-on-its-own"])
def test_the_avatar_escapes_when_included(renderer: Renderer, member: str) -> None:
    """Jinja does not carry `{% autoescape %}` into an include: the byline's avatar must
    escape on its own."""
    card = hostile(MemberCard, TEXT)
    source = ('{% autoescape true %}{% with size = 32 %}{% include "fragments/kb/avatar.html" %}'
              '{% endwith %}{% endautoescape %}')
    template = (renderer.env.from_string(source) if member == "avatar-included"
                else renderer.env.get_template("fragments/kb/avatar.html"))
    assert dangers(template.render(member=card, size=32)) == []


UNESCAPED = {
    # HTML that Material's blocks, kbgen's renders or MkDocs' Markdown made (cleaned content)
    "article.html": ["hidden", "super()", "page.content", *(
        f'kb_once("{part} " ~ page.url.rsplit("/", 1)[0], super)'
        for part in ("config", "styles", "libs", "fonts", "analytics", "scripts", "footer")),
        'kb_once("nav " ~ page.url.rsplit("/", 1)[0] ~ " " ~ (page.meta.hide or []) | join(","),'
        " self.kb_primary_sidebar)",
        'kb_once("toc " ~ page.toc | kb_toc_key, self.kb_toc)',
        'kb_once("no-results " ~ page.url.rsplit("/", 1)[0], self.kb_no_results)',
        # the title is front matter, escaped by kbgen.site.safety before any template
        'kb_once("header " ~ page.url.rsplit("/", 1)[0], self.kb_header_without_title) | replace('
        '"\\x00kb-page-title\\x00", page.meta.title if page.meta and page.meta.title else'
        ' page.title) | replace("\\x00kb-languages\\x00", kb_switcher)'],
    # a literal mark that article.html replaces with the switcher (escaped values inside)
    "partials/kb-languages.html": ['"\\x00kb-languages\\x00"'],
    "main.html": ["super()", "super() | kb_worker", "kb_jsonld",  # JSON-LD escapes < > &
                  "'assets/stylesheets/kb.css' | url", "'assets/javascripts/kb.js' | url",
                  "'assets/javascripts/kb-early.js' | url",
                  "'assets/javascripts/workers/kb-search.js' | url",
                  "'search/kb-index.json' | url"],
    # Material's partial as copied; titles are escaped front matter or MkDocs' escaped heading
    # `_()` escapes the message and each argument (kbgen.site.i18n.install_translator)
    "partials/header.html": ["class", "lang.t('header')",
                             "_('Call %(line)s: %(number)s', line=kb_contact.main.label,"
                             " number=kb_contact.main.shown)",
                             "config.extra.homepage | d(nav.homepage.url, true) | url",
                             "kb_header_title", "page.meta.title", "page.title"],
    # Material's partial as copied, its dialog named: Material's own words, no page data
    "partials/search.html": ["lang.t('search.placeholder')", "lang.t('search')",
                             "lang.t('search.share')", "lang.t('search.reset')",
                             'lang.t("search.result.initializer")'],
    # the title is front matter, escaped by kbgen.site.safety before any template; `_()`
    # escapes the message and each argument (kbgen.site.i18n.install_translator)
    "news-post.html": ["kb_news_url | url", "page.meta.title", "page.content", '_("News")',
                       "_('Breadcrumb')"],
}
"""Every `{{ }}` of kbgen's templates printed outside `{% autoescape true %}` and without `| e`:
each was reviewed; a new one fails `test_no_template_prints_unescaped_values_unreviewed`."""


def unescaped_outputs(source: str) -> list[str]:
    """The `{{ }}` expressions of a template printed outside autoescape blocks, unfiltered."""
    source = re.sub(r"\{#.*?#\}", "", source, flags=re.S)
    source = re.sub(r"\{%-?\s*autoescape true\s*-?%\}.*?\{%-?\s*endautoescape\s*-?%\}", "",
                    source, flags=re.S)
    found = [" ".join(m.group(1).split()) for m in re.finditer(r"\{\{-?(.*?)-?\}\}", source, re.S)]
    return [e for e in found if not re.search(r"\|\s*(?:e|kb_tooltip)\s*$", e)]


@pytest.mark.parametrize("template", sorted(
    str(p.relative_to(THEME_DIR)) for p in THEME_DIR.rglob("*") if p.suffix in (".html", ".xml")))
def test_no_template_prints_unescaped_values_unreviewed(template: str) -> None:
    found = set(unescaped_outputs((THEME_DIR / template).read_text()))
    assert found - set(UNESCAPED.get(template, [])) == set()


PHOTO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
"""A 1x1 PNG."""
HOSTILE_PEOPLE: dict[str, str | bytes] = {
    "content/team/sam.yml": f"""\
        name: '{TEXT}'
        role: '{TEXT}'
        team: '{TEXT}'
        pronouns: '{TEXT}'
        expertise: ['{TEXT}']
        languages: [en]  # codes only: hostile text there is refused (tests/site/test_languages.py)
        location: '{TEXT}'
        photo: sam.png
        bio: |
          A bio.
        links:
          - label: '{TEXT}'
            url: https://sam.example/
        """,
    "content/team/sam.png": PHOTO,
    "content/_data/contact.yml": f"""\
        company: '{TEXT}'
        email: help@shop.example
        email_subject: '{TEXT}'
        lines:
          - label: '{TEXT}'
            number: +44 20 7946 0958
            serves: ['{TEXT}']
            languages: [en]
            note: '{TEXT}'
            timezone: Europe/London
            hours:
              monday: 08:00-20:00
        postal_address: |
          {TEXT}
        social:
          - label: '{TEXT}'
            url: https://social.example/@shop
        have_ready:
          - '{TEXT}'
        """,
    "content/articles/billing/by-sam.md": article("Written by Sam", extra="author: sam\n"),
    "content/index.md": "# Home\n\n<!-- kb:search -->\n\n<!-- kb:recent -->\n",
}


def test_the_byline_shows_the_hostile_photo_and_name_escaped(tmp_path: Path) -> None:
    site = build(tmp_path, HOSTILE_PEOPLE)
    byline = (site / "articles/billing/by-sam.html").read_text()
    assert 'class="kb-avatar" src="../../team/sam.png" alt="Photo of &#34;&gt;&lt;script' in byline


def yaml_quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# (case, files of a real build whose every page is checked)
HOSTILE_BUILDS: list[tuple[str, dict[str, str | bytes]]] = [
    ("people-and-contact", HOSTILE_PEOPLE),
    ("extra-page-front-matter", {"content/faq.md": "---\n" + "".join(
        f"{key}: {yaml_quoted(TEXT)}\n" for key in ("title", "description", "summary"))
        + "---\n\n# FAQ\n"}),
    ("article-fields", {"content/articles/billing/all.md": (
        "---\n" + "".join(f"{key}: {yaml_quoted(TEXT)}\n" for key in ("title", "summary"))
        + "".join(f"{key}: [{yaml_quoted(TEXT)}]\n"
                  for key in ("symptoms", "errors", "applies_to", "tags"))
        + "status: published\nrelated: [ok]\n---\n\n## Symptoms\n\nText.\n"),
        "content/articles/wifi/ok.md": article("Fine", extra="related: [all]\n")}),
    ("category", {"content/_data/categories.yml": (
        f"billing:\n  title: {yaml_quoted(TEXT)}\n  description: {yaml_quoted(TEXT)}\n"
        f"wifi:\n  title: {yaml_quoted(URL)}\n  description: {yaml_quoted(URL)}\n"),
        "content/articles/billing/b.md": article("In billing"),
        "content/index.md": "# Home\n\n<!-- kb:search -->\n\n<!-- kb:categories -->\n"}),
]
# A page with `template: redirect.html` and a `location` is refused before the build (pages take
# only known keys: tests/hostile/test_outside_files.py); escape_meta still checks `location`.


@pytest.mark.parametrize("case, files", HOSTILE_BUILDS, ids=[row[0] for row in HOSTILE_BUILDS])
def test_a_real_build_publishes_no_runnable_payload(tmp_path: Path, case: str,
                                                    files: dict[str, str | bytes]) -> None:
    site = build(tmp_path, {"content/articles/wifi/ok.md": article("Fine"), **files})
    for page in sorted(site.rglob("*.html")):
        assert dangers(page.read_text()) == [], page.relative_to(site)


# ------------------------------------------------------------------ 5. CSP hashes


def sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


INJECTED = f"window.{MARKER}=1"
LOOKALIKE = ('__md_scope=new URL("x\\",alert(1),\\"",location),__md_hash=e=>0,'
             '__md_get=(e,_=localStorage,t=__md_scope)=>0,__md_set=(e,_)=>0')
REDIRECT = ('window.location.replace(["https://evil.example/",window.location.search,'
            'window.location.hash].join(""))')
"""Material's redirect.html script, with a value that came from a page's front matter."""
# (case, files, script body that must not be hashed)
CSP_CASES: list[tuple[str, dict[str, str | bytes], str, str]] = [
    ("home-page", {"content/index.md": f"# Home\n\n<script>{INJECTED}</script>\n"}, INJECTED, ""),
    ("extra-page", {"content/faq.md": f"# FAQ\n\n<script>{INJECTED}</script>\n"}, INJECTED, ""),
    ("theme-lookalike", {"content/index.md": f"# Home\n\n<script>{LOOKALIKE}</script>\n"},
     LOOKALIKE, ""),
    ("redirect-lookalike", {"content/faq.md": f"# FAQ\n\n<script>{REDIRECT}</script>\n"},
     REDIRECT, ""),
    ("with-workers", {"content/index.md": f"# Home\n\n<script>{INJECTED}</script>\n",
                      **{f"content/articles/billing/a{i}.md": article(f"Article {i}")
                         for i in range(4)}},
     INJECTED, "extra:\n  kb:\n    build_workers: 2\n"),
]


def inline_scripts(html: str) -> Iterator[str]:
    for attributes_, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html,
                                        re.S):
        if "json" not in attributes_:
            yield body


@pytest.mark.parametrize("case, files, injected, config", CSP_CASES,
                         ids=[row[0] for row in CSP_CASES])
def test_the_csp_hashes_the_themes_scripts_never_contents(
        tmp_path: Path, case: str, files: dict[str, str | bytes], injected: str,
        config: str) -> None:
    site = build(tmp_path, {"content/articles/wifi/ok.md": article("Fine"), **files}, config)
    policy = read_headers(site)["Content-Security-Policy"]
    assert sha256(injected) not in policy
    theme_scripts = {body for page in site.rglob("*.html")
                     for body in inline_scripts(page.read_text()) if body != injected}
    assert theme_scripts, "the theme writes inline scripts"
    assert [body[:60] for body in theme_scripts if sha256(body) not in policy] == []


# ------------------------------------------------------------------ fragment markers

# (case, page text, search boxes expected on the page)
MARKERS = [
    ("out-of-range", "# Home\n\n<!-- kb:search -->\n\n<!--kbgen-fragment-5-->\n", 1),
    ("copy-of-the-first", "# Home\n\n<!-- kb:search -->\n\n<!--kbgen-fragment-0-->\n", 1),
    ("alone", "# Home\n\n<!--kbgen-fragment-0-->\n", 0),
    ("huge-number", "# Home\n\n<!-- kb:search -->\n\n<!--kbgen-fragment-99999999999999999-->\n",
     1),
]


@pytest.mark.parametrize("case, text, boxes", MARKERS, ids=[row[0] for row in MARKERS])
def test_a_literal_fragment_marker_is_only_a_comment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, text: str,
        boxes: int) -> None:
    write_project(tmp_path, {"content/index.md": text,
                             "content/articles/wifi/ok.md": article("Fine")})
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "site/index.html").read_text().count('class="kb-hero-search"') == boxes
