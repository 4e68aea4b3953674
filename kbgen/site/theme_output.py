"""Stop a build whose theme computes personal data or a secret that no file the gate read holds.

The gate reads the theme's templates as text (kbgen.core.static_files), but a template
publishes what it computes: `{{ "jane.roe" ~ "@" ~ "gmail.com" }}`, `{{ config.extra.parts |
join("@") }}`, `{{ "...".replace(...) }}` or a filter put on every page a value that no source
holds (retry68), and may do so on some pages only (`{% if 'billing' in page.file.src_uri %}`)
or in a template that is not a page (sitemap.xml, rev68). So the chrome around each page's
content (`<head>`, header, navigation, footer, every block a template fills) and the output of
the site's other templates are scanned as rendered, with the page's content left out (the gate
read its source) and the geometry of inline icons blanked (Material's SVG paths read as card
numbers). Of each page only the lines no page before it showed are read: the chrome of 2,000
pages differs in a few lines each (the active link, the paths of another folder), but each
page's own chrome (its table of contents, breadcrumbs, related list: ~7 kB) is scanned: a
2,000-article build with a `theme/main.html` of its own took 96.5 CPU s against 48.2 before
(bench/build_cpu.py, one round each at load 10-20; the lines' bookkeeping is 0.4 ms a page, the
rest is the scan). Only a site with templates of its own pays: kbgen's and Material's
templates compute nothing of the site's.
Values the settings, the theme's files, the page or the site's titles hold are the gate's
business where they are written, and are left out as kbgen.core.included_text leaves out a
page's own.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from kbgen.core.gate import allowed_values
from kbgen.core.included_text import included_findings
from kbgen.core.privacy import Allowed, Finding, scan
from kbgen.core.published_files import geometry_blanked

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from kbgen.site.state import BuildState

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
              content: str = "", source: str = "", where: str = "") -> None:
        """Raise PluginError when `output` (the page `where` that `template` rendered, or a
        template of the theme's own: 404.html, sitemap.xml), without its `content`,
        publishes a value none of the sources (`source`: the page's own) holds. Every page
        is read, but only the lines of its chrome no page before it showed (with a line
        either side): a template may compute a value on some pages only (`{% if 'billing'
        in page.file.src_uri %}`, rev68)."""
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
        unseen = geometry_blanked(_unseen_lines(chrome, self.lines, self.titles))
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


def _unseen_lines(chrome: str, seen: set[str], titles: frozenset[str]) -> str:
    """The lines of `chrome` not in `seen`, each run with the line before and after it (a
    value a template splits over lines), runs apart by a blank line; the lines that are only
    a title of the site (the navigation: thousands on a big site, each read by the gate where
    it is written) left out, and so is a title's or a summary's text between two tags (a
    list of related articles: `...after a password change</a><span>The assistant is set to
    Fahrenheit;` read as a password). `seen` takes every line."""
    lines = ["" if line.strip() in titles else line for line in chrome.split("\n")]
    fresh = [bool(line) and line not in seen for line in lines]
    if not any(fresh):
        return ""
    seen.update(lines)
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
