"""Stop a build whose theme computes personal data or a secret that no file the gate read holds.

The gate reads the theme's templates as text (kbgen.core.static_files), but a template
publishes what it computes: `{{ "jane.roe" ~ "@" ~ "gmail.com" }}`, `{{ config.extra.parts |
join("@") }}`, `{{ "...".replace(...) }}` or a filter put on every page a value that no source
holds (retry68), and may do so on some pages only (`{% if 'billing' in page.file.src_uri %}`)
or in a template that is not a page (sitemap.xml, rev68). So the chrome around each page's
content (`<head>`, header, navigation, footer, every block a template fills) and the output of
the site's other templates are scanned as rendered, with the page's content left out (the gate
read its source) and the geometry of inline icons blanked (Material's SVG paths read as card
numbers). Of each page only the lines no page before it showed are read, compared with the
page's own values (title, addresses, the front matter kbgen's header shows) taken out where
each stands alone between tags or quotes (chrome69): a 2,000-article build with a
`theme/main.html` of its own hands the gate 5.4 MB instead of 7.9 MB (its scan ~24 against
~41 CPU s, one probe each at load 8-20; bench/RESULTS.md, chrome69). Only a site with
templates of its own pays: kbgen's and Material's templates compute nothing of the site's.
Values the settings, the theme's files, the page or the site's titles hold are the gate's
business where they are written, and are left out as kbgen.core.included_text leaves out a
page's own.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

import markupsafe
from mkdocs.exceptions import PluginError

from kbgen.core.gate import allowed_values
from kbgen.core.included_text import included_findings
from kbgen.core.privacy import Allowed, Finding, scan
from kbgen.core.published_files import geometry_blanked

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState

class PageAddress(NamedTuple):
    """What a page's chrome shows of it besides its front matter."""

    title: str
    url: str
    canonical: str


MAX_TEMPLATES = 500
"""The theme's templates read for what they hold as written (a theme has tens)."""


class ThemeOutput:
    """The chrome one build has scanned, and what its sources already hold."""

    def __init__(self) -> None:
        self.chromes: set[int] = set()
        self.lines: set[str] = set()
        self.written: str | None = None
        self.titles: frozenset[str] | None = None
        self.overrides: bool | None = None

    def check(self, state: BuildState, config: MkDocsConfig, template: str, output: str,
              content: str = "", source: str = "", where: str = "",
              page: PageAddress | None = None) -> None:
        """Raise PluginError when `output` (the page `where` that `template` rendered, or a
        template of the theme's own: 404.html, sitemap.xml), without its `content`,
        publishes a value none of the sources (`source`: the page's own) holds. Every page
        is read, but only the lines of its chrome no page before it showed (with a line
        either side): a template may compute a value on some pages only (`{% if 'billing'
        in page.file.src_uri %}`, rev68). A line is compared with those before it with the
        `page`'s own values (its title, address, front matter: page_values) taken out where
        each stands alone (see _shapes)."""
        if self.overrides is None:
            self.overrides = _overrides(config)
        if not self.overrides:
            return  # kbgen's and Material's templates alone compute nothing of the site's
        chrome = output.replace(content, "\n", 1) if content else output
        chrome = title_joint_blanked(chrome, config.site_name)
        if (key := hash(chrome)) in self.chromes:
            return  # the same chrome as a page before (the theme's pages without a nav)
        self.chromes.add(key)
        if self.titles is None:
            self.titles = _titles(state)
        own = page_values(state, *page, where) if page is not None else ()
        unseen = geometry_blanked(_unseen_lines(chrome, self.lines, self.titles, own))
        if not unseen.strip():
            return
        allowed, region = allowed_values(state.kb, state.settings)
        if not scan(unseen, allowed, 1, region):
            return  # nearly always: what the sources hold is only read when needed
        if self.written is None:
            self.written = _written(state, config)
        found = included_findings(f"{self.written}\n{source}", unseen, allowed, region)
        if found:
            lines = [f"{config.theme.custom_dir or 'theme'}: error: {finding.kind}"
                     f" ({finding.excerpt}) would be published by what the theme's templates"
                     f" compute ({template}, on {where or template}; no file holds it as it"
                     f" is): {finding.advice}; fix the template" for finding in found]
            raise PluginError("\n".join(lines) + "\nFix these and build again; nothing was"
                              " published.")


def title_joint_blanked(chrome: str, site_name: str) -> str:
    """`chrome` with the title template's ` - <site name>` after a page's title taken out of
    each `<title>` (Material's `{{ page.title }} - {{ config.site_name }}`): that joint is
    no sentence (`<title>Tag: password - Help</title>` read as the password `Help`, rev69
    F6), and the name is the settings', read by the gate where it is written. Only the
    configured name, right before `</title>`, after a title: what the title holds besides
    is read as it is."""
    if not site_name or "<title>" not in chrome:
        return chrome
    names = "|".join(map(re.escape, sorted({site_name, escape(site_name),
                                            escape(site_name, quote=False)}, key=len,
                                           reverse=True)))
    return re.sub(f"(<title>[^<>\n]*[^<>\n ]) - (?:{names})(?=</title>)", r"\1", chrome)


_TEXT = re.compile(r">([^<>]+)<")
"""The text between two tags of a line."""


def _unseen_lines(chrome: str, seen: set[str], titles: frozenset[str],
                  own: tuple[str, ...] = ()) -> str:
    """The lines of `chrome` whose shape (_shapes: the page's `own` values taken out where
    each stands alone) is not in `seen`, each run with the line before and after it (a
    value a template splits over lines), runs apart by a blank line; the lines that are only
    a title of the site (the navigation: thousands on a big site, each read by the gate where
    it is written) left out, and so is a title's or a summary's text between two tags (a
    list of related articles: `...after a password change</a><span>The assistant is set to
    Fahrenheit;` read as a password). `seen` takes every line's shape. The lines read are
    the page's as rendered, never the shapes."""
    lines = ["" if line.strip() in titles else line for line in chrome.split("\n")]
    shapes = _shapes(lines, own)
    fresh = [bool(line) and shape not in seen for line, shape in zip(lines, shapes)]
    if not any(fresh):
        return ""
    seen.update(shapes)
    last = len(lines) - 1
    kept = [fresh[index] or (index > 0 and fresh[index - 1])
            or (index < last and fresh[index + 1]) for index in range(len(lines))]
    runs: list[str] = []
    for index, line in enumerate(lines):
        if kept[index]:
            runs.append(_TEXT.sub(lambda text: "><" if text[1].strip() in titles else text[0],
                                  line) if ">" in line else line)
        elif runs and runs[-1]:
            runs.append("")
    return "\n".join(runs)


_ALONE = (r"(?:^\s*|(?<=[<>\"'])|(?<=%22)|(?<=%28)|(?<=%3A%20))(?:{})"
          r"(?=\s*$|[<>\"']|&amp;|%22|%29)")
"""A page's own value standing alone: between the start or end of a line (blanks aside), a
tag's bracket or a quote, or in an address between %-escaped quotes or brackets, or after
an escaped `: `, and before its next parameter (`subject=Help%3A%20<title>&amp;`). A value
next to anything else (a blank, `@`, `.`, `-`, `:`, `/`, `&#64;`, a letter or a digit:
`{{ page.title ~ '@gmail.com' }}`, `Call {{ page.title }} 7911 123456`) is not taken out: a
line a template computes from the page's values stays that page's own, read on every page."""
PLACEHOLDER = "\x00"
"""What stands for a page's own value in a line's shape (never in a page's HTML)."""


def page_values(state: BuildState, title: str, url: str, canonical: str, src_uri: str
                ) -> tuple[str, ...]:
    """A page's own values as its chrome shows them (HTML-escaped as Jinja and kbgen escape,
    %-escaped in an address), the longest first; values under 4 characters left out. Of an
    article, also what its front matter says that kbgen's header shows (summary, products,
    tags, dates as written and as shown, the author's name and role): all read by the gate
    where they are written."""
    values = [title, url, canonical, src_uri]
    if (article := state.articles.get(src_uri)) is not None:
        meta = article.meta
        values += [meta.summary or "", *meta.applies_to, *meta.tags]
        for date in (meta.created, meta.updated, meta.reviewed):
            if date is not None:
                values += [date.isoformat(), state.translator.date(date)]
        if (author := state.kb.team.get(meta.author or "")) is not None:
            values += [author.profile.name, author.profile.role or ""]
    forms: set[str] = set()
    for value in values:
        if len(value) < 4:
            continue
        forms |= {value, escape(value), escape(value, quote=False), str(markupsafe.escape(value)),
                  quote(value, safe=""), quote(value), quote(value, safe="/:")}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def _shapes(lines: list[str], own: tuple[str, ...]) -> list[str]:
    """Each line's shape: `lines` with the page's `own` values taken out where they stand
    alone (_ALONE). A line that differs from another page's only in these values (the title
    in a heading, its address in the canonical link) is read once; every value the template
    computes from them (lower-cased, joined to a domain, cut) is read on every page."""
    if not own:
        return lines
    alone = re.compile(_ALONE.format("|".join(map(re.escape, own))))
    return [alone.sub(PLACEHOLDER, line) if line else line for line in lines]


def chrome_findings(written: str, output: str, content: str, allowed: Allowed,
                    region: str | None, titles: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings in a rendered page (`output`) outside its `content` whose value the text
    `written` (what the sources hold) does not hold."""
    return included_findings(written, _chrome(output, content, titles), allowed, region)


def _chrome(output: str, content: str, titles: frozenset[str]) -> str:
    """`output` without the page's `content`, with inline icons' geometry blanked and the
    lines that are only a title of the site (the navigation: thousands on a big site, each
    read by the gate where it is written) left out."""
    chrome = output.replace(content, "\n", 1) if content else output
    if titles:
        chrome = "\n".join("" if line.strip() in titles else line
                           for line in chrome.split("\n"))
    return geometry_blanked(chrome)


def _overrides(config: MkDocsConfig) -> bool:
    """True when the site has templates of its own (the scaffold's theme folder holds a
    stylesheet only; kbgen's and Material's templates compute nothing of the site's)."""
    return bool(_templates(config))


def _templates(config: MkDocsConfig) -> list[Path]:
    """The site's own templates: its theme folder's HTML and its theme's other templates
    (sitemap.xml, a feed, robots.txt as `static_templates` names them), and the content's
    `extra_templates`."""
    found: list[Path] = []
    if (theme := config.theme.custom_dir) and Path(theme).is_dir():
        named = {str(name) for name in getattr(config.theme, "static_templates", ())}
        found += [path for path in sorted(Path(theme).rglob("*"))[:MAX_TEMPLATES * 10]
                  if path.is_file() and (path.suffix == ".html"
                                         or path.relative_to(theme).as_posix() in named)]
    found += [Path(config.docs_dir) / str(name) for name in config.extra_templates or ()]
    return found[:MAX_TEMPLATES]


def _titles(state: BuildState) -> frozenset[str]:
    """The site's titles and summaries as a page's HTML shows them (escaped)."""
    found = [article.title for article in state.articles.values()]
    found += [article.meta.summary or "" for article in state.articles.values()]
    found += [str(getattr(page, "title", "") or "") for page in state.kb.pages.values()]
    return frozenset(escape(title, quote=False) for title in found if title)


def _written(state: BuildState, config: MkDocsConfig) -> str:
    """What the sources the gate read hold that a page's chrome shows: the settings and
    the theme's templates as written, and every article's and page's title and summary."""
    texts = [_read(Path(config.config_file_path)) if config.config_file_path else ""]
    texts += [_read(path) for path in _templates(config)]
    for article in state.articles.values():
        texts += [article.title, article.meta.summary or ""]
    texts += [getattr(page, "title", "") or "" for page in state.kb.pages.values()]
    return "\n".join(texts)


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8", "replace")
    except OSError:
        return ""
