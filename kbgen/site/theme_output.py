"""Stop a build whose theme computes personal data or a secret that no file the gate read holds.

The gate reads the theme's templates as text (kbgen.core.static_files), but a template
publishes what it computes: `{{ "jane.roe" ~ "@" ~ "gmail.com" }}`, `{{ config.extra.parts |
join("@") }}`, `{{ "...".replace(...) }}` or a filter put on every page a value that no source
holds (retry68). So the chrome around a page's content (`<head>`, header, navigation, footer,
every block a template fills) is scanned as rendered: the theme's own pages (404.html) and the
first page of each template, with the page's content left out (the gate read its source)
and the geometry of inline icons blanked (Material's SVG paths read as card numbers). Only a
site whose theme folder holds templates of its own is read: kbgen's and Material's templates
compute nothing of the site's, and a chrome with the navigation of 2,000 articles costs about
2 CPU s to scan (5 without its title lines).
Values the settings, the theme's files, the page or the site's titles hold are the gate's
business where they are written, and are left out as kbgen.core.included_text leaves out a
page's own.
"""

from __future__ import annotations

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
    """The templates whose output one build has scanned, and what its sources already hold."""

    def __init__(self) -> None:
        self.scanned: set[str] = set()
        self.written: str | None = None
        self.titles: frozenset[str] | None = None
        self.overrides: bool | None = None

    def check(self, state: BuildState, config: MkDocsConfig, template: str, output: str,
              content: str = "", source: str = "", where: str = "") -> None:
        """Raise PluginError when `output` (the page `where` that `template` rendered),
        without its `content`, publishes a value none of the sources (`source`: the page's
        own) holds; each template once a build."""
        if template in self.scanned:
            return
        self.scanned.add(template)
        if self.overrides is None:
            self.overrides = _overrides(config)
        if not self.overrides:
            return  # kbgen's and Material's templates alone compute nothing of the site's
        allowed, region = allowed_values(state.kb, state.settings)
        if self.titles is None:
            self.titles = _titles(state)
        chrome = _chrome(output, content, self.titles)
        if not scan(chrome, allowed, 1, region):
            return  # nearly always: what the sources hold is only read when needed
        if self.written is None:
            self.written = _written(state, config)
        found = included_findings(f"{self.written}\n{source}", chrome, allowed, region)
        if found:
            lines = [f"{config.theme.custom_dir or 'theme'}: error: {finding.kind}"
                     f" ({finding.excerpt}) would be published by what the theme's templates"
                     f" compute ({template}, on {where or template}; no file holds it as it"
                     f" is): {finding.advice}; fix the template" for finding in found]
            raise PluginError("\n".join(lines) + "\nFix these and build again; nothing was"
                              " published.")


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
    """True when the site's theme folder holds templates of its own (the scaffold's holds
    a stylesheet only): a chrome scan costs about 2 CPU s on a site of 2,000 titles."""
    if not (theme := config.theme.custom_dir) or not Path(theme).is_dir():
        return False
    return next(Path(theme).rglob("*.html"), None) is not None


def _titles(state: BuildState) -> frozenset[str]:
    """The site's titles as a page's HTML shows them (escaped)."""
    found = [article.title for article in state.articles.values()]
    found += [str(getattr(page, "title", "") or "") for page in state.kb.pages.values()]
    return frozenset(escape(title, quote=False) for title in found if title)


def _written(state: BuildState, config: MkDocsConfig) -> str:
    """What the sources the gate read hold that a page's chrome shows: the settings and
    the theme's templates as written, and every article's and page's title and summary."""
    texts = [_read(Path(config.config_file_path)) if config.config_file_path else ""]
    if (theme := config.theme.custom_dir) and Path(theme).is_dir():
        texts += [_read(path) for path in sorted(Path(theme).rglob("*.html"))[:MAX_TEMPLATES]]
    for article in state.articles.values():
        texts += [article.title, article.meta.summary or ""]
    texts += [getattr(page, "title", "") or "" for page in state.kb.pages.values()]
    return "\n".join(texts)


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8", "replace")
    except OSError:
        return ""
