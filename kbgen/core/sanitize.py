"""HTML in Markdown: clean rendered article HTML with nh3 and say what was removed.

Agents paste HTML from tickets and e-mails. `sanitize_html` runs nh3 (the Rust `ammonia`
sanitiser) with an allow-list that keeps what Python-Markdown, pymdown-extensions and Material
produce. What was removed is found by counting elements, attributes and URL schemes with
`html.parser` before and after cleaning. `find_unsafe_html` points at the Markdown source lines
that would lose something, so `kbgen check` can report `path:line` without rendering.

Content never names an element the way the theme does (DOM clobbering): an `id` or `name` kept
from content is a lowercase slug outside the theme's namespaces (`content_id`), or it gets the
prefix `user-content-`, and links to it are rewritten the same way. Attributes the theme's
scripts select on (`data-md-*`, `data-kb-*`) are removed, and so is the class `mermaid` of a
`<pre>` (Material would load mermaid.js from a CDN for it).

No picture is loaded from another site: an `<img>` or Markdown image whose source is an
absolute or protocol-relative URL (`https://`, `//host`, `\\host`) would make every reader's
browser ask that site for it (a tracking pixel), and the site promises no third-party request.
The sanitiser drops such a `src`, and `find_remote_pictures` names the line for `kbgen check`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urlsplit

import nh3

from kbgen.core.markdown_code import code_map
from kbgen.core.theme_classes import content_classes, unhidden_in_code

# ---------------------------------------------------------------------------------------------
# Policy
# ---------------------------------------------------------------------------------------------

TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "section", "aside", "nav",
    "figure", "figcaption", "address", "time", "blockquote", "hr", "br", "wbr",
    "a", "img",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "ul", "ol", "li", "dl", "dt", "dd",
    "pre", "code", "kbd", "samp", "var",
    "em", "strong", "b", "i", "u", "s", "small", "sup", "sub", "mark", "del", "ins",
    "abbr", "cite", "q", "dfn",
    "details", "summary",
    "input", "label",  # task lists; every <input> leaves as <input type="checkbox">
    "svg", "path",  # icons Material inlines
})
"""Elements kept; all others are removed (their text is kept, except for CLEAN_CONTENT_TAGS)."""

CLEAN_CONTENT_TAGS = frozenset({"script", "style", "textarea", "select", "template", "noscript"})
"""Elements removed together with their content."""

ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "role", "lang", "dir"},
    "a": {"href", "rel", "name"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "td": {"align", "colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "details": {"open"},
    "time": {"datetime"},
    "del": {"datetime"},
    "ins": {"datetime"},
    "input": {"checked", "disabled"},
    "svg": {"viewBox", "xmlns", "width", "height", "fill"},
    "path": {"d", "fill"},
}
"""Attributes kept per element (`*`: on every element), besides `data-*` and `aria-*`."""

FORCED_ATTRIBUTES = {"input": {"type": "checkbox"}}
"""Set on every kept element whatever it said: an input can only be a checkbox.

A checkbox outside a form, with no event handler, can do nothing but show a tick. Only one
attribute is forced: nh3 adds forced attributes in hash order, which differs between runs.
"""

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
"""Schemes allowed in href and src; relative URLs are allowed too."""

GENERIC_PREFIXES = frozenset({"data-", "aria-"})
"""Attribute name prefixes allowed on every kept element."""

UNSAFE_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "input", "button", "textarea", "select", "link", "meta", "base",
})
"""Elements `find_unsafe_html` reports when written in Markdown (`input` unless a checkbox)."""

URL_ATTRIBUTES = frozenset({
    "href", "src", "cite", "action", "formaction", "poster", "background", "xlink:href",
})
"""Attributes holding a URL, whose scheme is checked."""


CONTENT_ID_PREFIX = "user-content-"
"""Put before an id or name from content that could be the theme's; it has a hyphen, so the
result is never a JavaScript identifier (no `window.<id>` a script could read)."""

THEME_ID_PREFIXES = ("md-", "md_", "kb-", "kb_")
"""Namespaces of the ids and names Material and kbgen use besides `__...` (Material's
`__config`, `__search`, `__drawer`, `__nav_1`, `__palette_0`, `__tabbed_1_1` ...)."""

THEME_DATA_PREFIXES = ("data-md-", "data-kb-", "data-clipboard", "data-copy", "data-preview",
                       "data-focus-visible", "data-js-focus-visible")
"""`data-*` attributes the theme's scripts look for (components, clipboard, opening hours).
Material's copy button copies the nearest `data-copy` around a code block instead of the code
a reader sees (a contributor's `curl ... | sh` under a harmless `ls`), and `data-preview` makes
a link fetch and show another page, the focus-visible polyfill's two hide focus rings;
`data-tabs`, which pymdownx.tabbed writes itself, is kept
(tests/hostile/test_hostile51.py reads the theme's scripts for every name)."""

_PAINT = re.compile(r"[#\w(),.%\s-]*")
"""An inline SVG's `fill` a browser draws without fetching anything from another site: a
colour, `none`, `currentColor`, `url(#gradient)`. Anything else (`url(https://...)`, a
protocol-relative or escaped address) is dropped: Chromium fetches an external paint server
(`fill="url(https://tracker.example/p.svg#g)"`), a request the reader did not ask for."""
_SLUG_ID = re.compile(r"[^\W_][\w:.-]*\Z")
_PREFIXED_ATTRIBUTES = frozenset({"id", "name"})


def content_id(value: str) -> str:
    """An id or name from content as published: kept if it is a lowercase slug (a letter or
    digit first, then letters, digits, `_ - : .`) outside the theme's namespaces, else with
    CONTENT_ID_PREFIX: `symptoms` and `fn:1` stay, `__config`, `Top` and `kb-x` do not."""
    if _SLUG_ID.match(value) and value == value.lower() and not value.startswith(
            THEME_ID_PREFIXES):
        return value
    return CONTENT_ID_PREFIX + value


def publish_toc_ids(items: Iterable[Any]) -> None:
    """Give a page's table of contents (items with `id` and `children`) the heading ids
    `clean_html` publishes, so its links keep working."""
    for item in items:
        item.id = content_id(item.id)
        publish_toc_ids(item.children)


def _content_fragment(url: str) -> str:
    """A link from content with its `#fragment` as `content_id` publishes it (same page or
    another page of the site; links to other sites are left alone)."""
    base, hash_, fragment = url.partition("#")
    if not hash_ or url_scheme(url) or base.startswith("//"):
        return url
    decoded = unquote(fragment)
    return url if content_id(decoded) == decoded else f"{base}#{CONTENT_ID_PREFIX}{fragment}"


def _filter_attribute(tag: str, name: str, value: str, own_host: str = "",
                      theme_classes: bool = False) -> str | None:
    """nh3's hook for each kept attribute: ids, names and links to them out of the theme's
    way; the theme's own `data-*` attributes dropped; no markup in a title (tooltips); the
    theme's classes dropped unless `theme_classes` (kbgen's own markup)."""
    if name in _PREFIXED_ATTRIBUTES:
        if not value:
            return None
        # An <img> id or name is also a property of `document` (document.body, .cookie...).
        return CONTENT_ID_PREFIX + value if tag == "img" else content_id(value)
    if name == "href":
        return _content_fragment(value)
    if name == "src" and is_remote(value, own_host):
        return None  # a picture from another site: a request the reader did not ask for
    if name == "fill" and not _PAINT.fullmatch(value):
        return None  # a paint fetched from elsewhere (_PAINT)
    if name.startswith(THEME_DATA_PREFIXES):
        return None
    if name == "title" and "<" in value:
        # Material's `content.tooltips` puts a title into innerHTML: keep `<` as text there.
        return value.replace("<", "&lt;")
    if name == "class" and tag == "pre" and "mermaid" in value.split():
        # Material would fetch mermaid.js from a CDN for it: no third-party script.
        value = " ".join(token for token in value.split() if token != "mermaid")
    if name == "class" and not theme_classes:
        return content_classes(value, tag)  # `md-tooltip` text is copied unseen (theme_classes)
    return value


@dataclass(frozen=True)
class Removal:
    """One kind of construct the sanitiser removed, and how often."""

    construct: str
    """What was removed, e.g. `<script> element`, `onerror= attribute`, `javascript: URL`."""
    count: int
    """How many times."""


def clean_html(html_text: str, own_host: str = "", theme_classes: bool = False) -> str:
    """Clean rendered article HTML with nh3 (no report: fast enough for every page); pictures
    from `own_host`, the site's own host, are kept; the theme's classes only with
    `theme_classes` (kbgen's own markup, such as an article's header, not an author's)."""
    return unhidden_in_code(_cleaner(own_host, theme_classes).clean(html_text))


@cache
def _cleaner(own_host: str = "", theme_classes: bool = False) -> nh3.Cleaner:
    """nh3's sanitiser with kbgen's rules, built once per site host and kind of markup (not
    converted again for each page)."""
    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes=ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        generic_attribute_prefixes=set(GENERIC_PREFIXES),
        set_tag_attribute_values=FORCED_ATTRIBUTES,
        link_rel=None,  # keep rel as written; no `target` is allowed, so no opener to protect
        strip_comments=True,
        attribute_filter=partial(_filter_attribute, own_host=own_host,
                                 theme_classes=theme_classes),
    )


def sanitize_html(html_text: str) -> tuple[str, list[Removal]]:
    """Clean rendered article HTML; report what was removed (to be shown as warnings)."""
    cleaned = clean_html(html_text)
    before = _census(html_text)
    removed = Counter(construct for _, construct in before) - Counter(
        construct for _, construct in _census(cleaned)
    )
    order = list(dict.fromkeys(construct for _, construct in before))
    return cleaned, [Removal(c, removed[c]) for c in order if removed[c] > 0]


def find_unsafe_html(markdown: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, construct) for each unsafe construct in Markdown: raw HTML, javascript:/data: URLs."""
    text = code_map(markdown).blanked()  # code is shown as written, never run
    found = [(line, c) for line, c in _census(text) if _is_unsafe(c)]
    found += list(_unsafe_link_targets(text))
    return sorted((line + first_line - 1, construct) for line, construct in found)


# ---------------------------------------------------------------------------------------------
# Counting constructs
# ---------------------------------------------------------------------------------------------


class _Census(HTMLParser):
    """Every element and attribute of an HTML text as (line, construct)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self.tags = 0
        """Start and end tags read (`<br/>` is one)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the element and, if it may be kept, each of its attributes."""
        self.tags += 1
        line = self.getpos()[0]
        self.found.append((line, _element(tag, attrs)))
        if tag in TAGS:
            self.found.extend((line, _attribute(name, value, tag)) for name, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """`<br/>`: one tag."""
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Count it."""
        self.tags += 1


def _census(text: str) -> list[tuple[int, str]]:
    return _parsed(text).found


def _parsed(text: str) -> _Census:
    parser = _Census()
    parser.feed(text)
    parser.close()
    return parser


@dataclass(frozen=True)
class Constructs:
    """What `unsafe_constructs` read in a text."""

    found: list[str]
    """The unsafe constructs, in order (as `find_unsafe_html` names them)."""
    parsed: int
    """How many start and end tags a parser read: fewer than the text's `<name`s means a tag
    left open, which a page would close with whatever markup comes after it."""


def unsafe_constructs(text: str) -> Constructs:
    """The unsafe constructs of an HTML text that is not Markdown (a setting), and its tags."""
    parser = _parsed(text)
    return Constructs([construct for _, construct in parser.found if _is_unsafe(construct)],
                      parser.tags)


def _element(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    if tag == "input" and (dict(attrs).get("type") or "").lower() == "checkbox":
        return "<input type=checkbox> element"
    return f"<{tag}> element"


def _attribute(name: str, value: str | None, tag: str = "") -> str:
    if name == "style":
        return "style attribute"
    if name == "class" and value and (removed := set(value.split()) - set(
            (content_classes(value, tag) or "").split())):
        return f"the theme's class {min(removed)}"  # theme_classes
    if name == "fill" and value and not _PAINT.fullmatch(value):
        return "fill= URL"  # a paint the browser would fetch (_PAINT): removed, and reported
    if name in URL_ATTRIBUTES and value:
        scheme = url_scheme(value)
        if scheme and scheme not in URL_SCHEMES:
            return f"{scheme}: URL"
    return f"{name}= attribute"


def is_remote(url: str, own_host: str = "") -> bool:
    """True when a browser would fetch `url` from another host: `http(s):` or
    protocol-relative (`//host`, and `\\\\host` or `/\\host`, which browsers read the same);
    never from `own_host`, the site's own (`site_host`)."""
    compact = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url)).replace("\\", "/")
    remote = compact.startswith("//") or url_scheme(compact) in ("http", "https", "ftp")
    return remote and not (own_host and site_host(compact) == own_host)


def site_host(url: str | None) -> str:
    """The host (and port, if given) a URL is fetched from, in lower case; empty for a URL
    with a user name (`https://help.acme.com@evil.example/`) or none."""
    if not url:
        return ""
    try:
        netloc = urlsplit(url if "//" in url else f"//{url}").netloc
    except ValueError:
        return ""
    return "" if "@" in netloc or "%" in netloc else netloc.lower()


def url_scheme(url: str) -> str | None:
    """The scheme of a URL as a browser reads it (whitespace and controls ignored), lowercase."""
    compact = re.sub(r"[\x00-\x20\x7f]", "", url)
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", compact)
    return match.group(1).lower() if match else None


def _is_unsafe(construct: str) -> bool:
    if construct.endswith(" element"):
        return construct[1:-len("> element")] in UNSAFE_TAGS
    if construct.endswith(" URL") or construct == "style attribute":
        return True
    if construct.startswith((*THEME_DATA_PREFIXES, "the theme's class ")):
        return True
    return construct.startswith("on") and construct.endswith("= attribute")


# ---------------------------------------------------------------------------------------------
# Markdown source
# ---------------------------------------------------------------------------------------------

_INLINE_TARGET_RE = re.compile(r"\]\(\s*<?([^)\s>]+)")
_REFERENCE_TARGET_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)")


def _unsafe_link_targets(text: str) -> Iterator[tuple[int, str]]:
    """Markdown links, images and reference definitions to a disallowed scheme."""
    for number, line in enumerate(text.split("\n"), start=1):
        targets = [m.group(1) for m in _INLINE_TARGET_RE.finditer(line)]
        targets += [m.group(1) for m in _REFERENCE_TARGET_RE.finditer(line)]
        for target in targets:
            scheme = url_scheme(html.unescape(target))
            if scheme and scheme not in URL_SCHEMES:
                yield number, f"{scheme}: URL"


_IMAGE_INLINE = re.compile(r"!\[(?:[^\]\n]|\][^(\[\n]){0,500}?\]\(\s*<?([^)\s>]+)")
_IMAGE_REFERENCE = re.compile(r"!\[([^\]\n]{0,500})\](?:\[([^\]\n]{0,500})\])?(?![(\[])")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]{1,500})\]:[ \t]*<?([^\s>]+)")


class _Pictures(HTMLParser):
    """The `src` of every `<img>` of an HTML text, with its line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record an image's source."""
        if tag == "img":
            self.found.extend((self.getpos()[0], value) for name, value in attrs
                              if name == "src" and value)


def find_remote_pictures(markdown: str, first_line: int = 1, own_host: str = ""
                         ) -> list[tuple[int, str]]:
    """(line, URL) of each picture in Markdown (`![alt](url)`, `![alt][ref]`, `<img src>`)
    that would be loaded from another site; code is left out (it is shown, not loaded)."""
    text = code_map(markdown).blanked()
    lines = text.split("\n")
    definitions: dict[str, str] = {}
    for match in (_DEFINITION.match(line) for line in lines):
        if match:
            definitions.setdefault(match.group(1).strip().casefold(), match.group(2))
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if "![" not in line:
            continue
        found += [(number, m.group(1)) for m in _IMAGE_INLINE.finditer(line)]
        for m in _IMAGE_REFERENCE.finditer(line):
            label = (m.group(2) or m.group(1)).strip().casefold()
            if label in definitions:
                found.append((number, definitions[label]))
    if "<" in text:
        parser = _Pictures()
        parser.feed(text)
        parser.close()
        found += parser.found
    return sorted((number + first_line - 1, url) for number, url in set(found)
                  if is_remote(url, own_host))
