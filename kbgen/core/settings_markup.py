"""Markup in mkdocs.yml's shown values that a reader's browser would act on.

Material writes `copyright` (where `extra.kb.brand.footer` goes), `site_name`, nav titles and
other settings into every page as they are, without escaping, and `site_name`,
`site_description` and `site_author` inside a double-quoted attribute. The pages' meta
Content-Security-Policy stops scripts, but not a `<meta http-equiv="refresh">`, a `<base>` or
a `<form>`: one line of mkdocs.yml would send every reader of every page elsewhere. A value may
hold what an article may (text, entities, links, emphasis: kbgen.core.sanitize's elements);
nothing the sanitiser reports as unsafe, no comment or declaration (a browser and a reviewer's
parser disagree on `<!-->`), no tag left open, and no `"` where it lands in an attribute.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Mapping
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from kbgen.core.sanitize import (
    ATTRIBUTES,
    GENERIC_PREFIXES,
    TAGS,
    URL_SCHEMES,
    is_remote,
    unsafe_constructs,
    url_scheme,
)
from kbgen.errors import Problem

IN_ATTRIBUTES = frozenset({"site_name", "site_description", "site_author"})
"""Settings Material writes inside a double-quoted attribute (`content="..."`,
`aria-label="..."`), unescaped."""
_ELEMENT_TEXT = re.compile(r"copyright|extra\.kb\.brand\.footer|nav(?:\[\d+\]|\.page)+\.title"
                           r"|extra\.consent\.(?:title|description)"
                           r"|extra\.analytics\.feedback\.ratings\[\d+\]\.note")
"""Shown settings written only between tags, where a `"` is text. Any other may land in an
attribute (`extra.social[].link` in an `href`, `extra.status` in a `title`, a palette toggle's
`name` in an `<input>`'s `aria-label`, a nav entry's address): a `"` there ends the attribute and
adds its own (a `class` laying the link over the whole page, `ping`, `autofocus`, `type`)."""
_VOID = frozenset({"br", "wbr", "hr", "img", "input", "col"})
"""Elements of `TAGS` that have no end tag."""
_WHOLE_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*>")
"""A tag to its first `>`, to tell a self-closed SVG element (`<path d="..."/>`)."""
_FOREIGN = frozenset({"svg", "path"})
"""Elements of `TAGS` that `/>` closes (SVG's; `<div/>` opens a `div`)."""
ESCAPED = ("extra.kb.messages", "extra.kb.team_groups")
"""Shown settings that kbgen's own templates write escaped: any text is shown as text."""
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
"""The start of a tag as a browser reads it (`<meta/http-equiv=...` is a `meta`)."""
_DECLARATION = re.compile(r"<[!?]")
"""A comment, a declaration or a processing instruction."""


SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data"})
"""Schemes a browser runs, or renders as a page of the address's own."""
_LINK_KEY = re.compile(r"nav(?:\[\d+\]|\.page)*\.page|site_url|repo_url|edit_uri(?:_template)?"
                       r"|extra\.homepage|.+\.link|extra_(?:css|javascript)\[\d+\]")
"""Settings Material writes as an address (`href`, `src`): a nav entry's target, the logo's
link, a social or language link, the repository, the site's own scripts and styles. Each may
be a page of the site or an address of a scheme a help site links to (URL_SCHEMES); any other
scheme hands the reader's click to another program (`ms-msdt:`, `search-ms:`, `intent:`,
`file:`) or to content of no site (`blob:`, `filesystem:`)."""


_LOADED_KEY = re.compile(r"theme\.(?:logo|favicon)|extra_(?:css|javascript)\[\d+\](?:\.path)?"
                         r"|extra\.polyfills\[\d+\](?:\.path)?")
"""Settings naming a file every page loads as it opens (Material's `<img src>` logo, `<link
rel="icon">`, a style sheet, a `<script src>`): a file of the site, by its path. An address
of another host would have every reader's browser ask that host on every page (the pages'
policy blocks it, so the page shows nothing in its place); any other scheme loads nothing."""
_SCRIPT_STRING = frozenset({"extra.scope"})
"""Settings Material writes inside a JavaScript string of every page's inline script (`new
URL("...", location)`): a `\\` there escapes the string's end, a line break ends it, and
every page's scripts stop with a syntax error."""
_ATTRIBUTE_ALSO = frozenset({"target"})
"""Attributes a shown value's elements may have besides an article's (ATTRIBUTES):
`target="_blank"` on a footer's link, as Material's documentation writes it."""
_CLOBBERING = frozenset({"id", "name"})
"""Attributes that make an element a property of `document` and a target of
`getElementById`: a setting's `id="__config"` on every page would stand in for the theme's
own element (an article's are prefixed, kbgen.core.sanitize.CONTENT_ID_PREFIX)."""


def address_scheme(value: str) -> str | None:
    """The scheme a browser reads in `value` written as it is into an attribute: entities
    decoded first (`&#106;avascript:`, `javascript&colon;`), then blanks and controls ignored
    (`java\tscript:`)."""
    return url_scheme(html.unescape(value))


def value_problem(key_path: str, value: str) -> str | None:
    """What in the shown setting `value` at `key_path` a browser would act on, or None."""
    in_attribute = key_path not in IN_ATTRIBUTES and not _ELEMENT_TEXT.fullmatch(key_path)
    scheme = address_scheme(value) if in_attribute else None
    if scheme in SCRIPT_SCHEMES:
        return ("is a javascript:, vbscript: or data: address, which Material writes into a"
                " link (a nav entry, a social or home link) on every page, so a click runs"
                " script or opens a page of the address's own; link to an https:// address or"
                " a page of the site")
    if _LOADED_KEY.fullmatch(key_path) and (url_scheme(html.unescape(value))
                                            or is_remote(value)):
        return ("is an address, not a file of the site: every page would load it from there as"
                " it opens, so another host sees every reader (and the pages' policy blocks it,"
                " so nothing shows in its place); put the file in content/ and give its path"
                " (assets/logo.svg)")
    if key_path in _SCRIPT_STRING and ("\\" in value or "\n" in value or "\r" in value):
        return ("has a '\\' or a line break, which Material writes inside a JavaScript string"
                " of every page, where it escapes or breaks the string and stops the page's"
                " scripts (search, navigation); write the path on one line, with '/'")
    if scheme and scheme not in URL_SCHEMES and _LINK_KEY.fullmatch(key_path):
        return (f"is a {scheme}: address, which Material writes into a link on every page,"
                " where a click hands the reader to another program or to no site's page;"
                " link to an https://, mailto: or tel: address, or a page of the site")
    if '"' in value and (key_path in IN_ATTRIBUTES or not _ELEMENT_TEXT.fullmatch(key_path)):
        return ("has a '\"', which ends the attribute Material writes it into on every page"
                " (so the rest becomes attributes or markup of its own: a refresh to another"
                " site, a link laid over the page); write typographic quotes (“ ”) instead")
    if _DECLARATION.search(value):
        return ("has an HTML comment or declaration ('<!' or '<?'), which a browser and a"
                " reviewer can read differently (`<!-->` ends a comment at once); remove it")
    tags = _TAG.findall(value)
    foreign = sorted({name.lower() for _, name in tags} - TAGS)
    if foreign:
        named = ", ".join(f"<{tag}>" for tag in foreign)
        return (f"has {named}, which every page would carry as it is ({_reason(foreign)});"
                " write it as text ('&lt;') or remove it")
    unsafe = unsafe_constructs(value)
    if unsafe.parsed < len(tags):
        return ("has a tag left open (no '>' a parser can find), which every page would close"
                " with the markup after it; close or remove it")
    if unsafe.found:
        return (f"has a {unsafe.found[0]}, which the sanitiser removes from articles but every"
                " page would carry as it is; remove it")
    attribute = _attribute_problem(value) if tags else None
    if attribute:
        return attribute
    unmatched = _unmatched(value)
    if unmatched:
        return (f"has {unmatched} with no match in the value, so on every page it would"
                " take in or close the markup around it (a link over the rest of the page);"
                " close each element the value opens, and only those")
    return None


class _Attributes(HTMLParser):
    """(element, attribute, value) of each start tag of `TAGS` in a text, as a browser
    reads them (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the element's attributes."""
        if tag in TAGS:
            self.found.extend((tag, name, value or "") for name, value in attrs)


def _attribute_problem(value: str) -> str | None:
    """What an attribute of a shown value's markup would do on every page that an article's
    may not, or None: an attribute the sanitiser removes (an allow-list: `srcset`,
    `background`, `ping` and `attributionsrc` fetch or report), an id or name, a picture
    from another site."""
    parser = _Attributes()
    parser.feed(value)
    parser.close()
    for tag, name, written in parser.found:
        if name in _CLOBBERING:
            return (f"has an {name}= attribute on <{tag}>, which on every page would stand in"
                    " for the theme's own element of that id (`__config`, `__search`) or be"
                    " a property of the page's `document`; remove it")
        allowed = {known.lower() for known in  # a parser reads names in lower case (viewBox)
                   ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set()) | _ATTRIBUTE_ALSO}
        if name not in allowed and not name.startswith(tuple(GENERIC_PREFIXES)):
            return (f"has a {name}= attribute on <{tag}>, which the sanitiser removes from"
                    " articles (some fetch or report to another address: srcset, background,"
                    " ping) but every page would carry as it is; remove it")
        if tag == "img" and name == "src" and is_remote(written):
            return ("has a picture from another site (<img src>), which every page would ask"
                    " that site for, with every reader's address (the pages' policy blocks it"
                    " and the page shows a broken picture); put the picture in content/ and"
                    " give its path")
    return None


def _unmatched(value: str) -> str | None:
    """The first start tag of `value` left open, or end tag closing nothing it opened, or
    None."""
    open_tags: list[str] = []
    for tag in _WHOLE_TAG.finditer(value):
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _VOID or (name in _FOREIGN and tag.group(0).endswith("/>")):
            continue
        if not closing:
            open_tags.append(name)
        elif not open_tags or open_tags.pop() != name:
            return f"</{name}>"
    return f"<{open_tags[-1]}>" if open_tags else None


def _reason(tags: list[str]) -> str:
    """Why the worst of `tags` must not reach a page."""
    if "meta" in tags:
        return "a <meta> refresh moves every reader to another address, past the site's policy"
    if {"base", "form", "link"} & set(tags):
        return "it points the page's links, forms or resources at another address"
    return "not an element an article may hold"


def markup_problems(where: str, shown: Mapping[str, Any],
                    line_of: Callable[[str], int]) -> list[Problem]:
    """One error per shown setting of mkdocs.yml (`shown`, by top-level key, as
    kbgen.core.published_settings gives them) whose markup a browser would act on."""
    return [Problem(where, line_of(key_path), "error",
                    f"{key_path}: {problem}; mkdocs.yml's shown values are written into every"
                    " page without escaping")
            for key_path, value in strings_by_key(shown, "")
            if not key_path.startswith(ESCAPED) and (problem := value_problem(key_path, value))]


def address_paths(shown: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(key path, path) of each shown setting Material writes as an address or a file every
    page loads, its path as the address publishes it (`assets/jane@gmail.com.png`: a file's
    name, which a text's reading does not take for a mailbox; kbgen.core.published_files
    reads it as a file's name)."""
    for key_path, value in strings_by_key(shown, ""):
        if _LOADED_KEY.fullmatch(key_path) or _LINK_KEY.fullmatch(key_path):
            try:
                path = urlsplit(html.unescape(value).strip()).path
            except ValueError:
                continue  # not an address: its text is read as text
            if path.strip("/"):
                yield key_path, path.strip("/")


def strings_by_key(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(key path, text) of each string in `value`: `extra.kb.team_groups[0]`, `nav[2].title`,
    `theme.icon.repo`."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from strings_by_key(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings_by_key(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value
