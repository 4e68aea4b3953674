"""Every value a template computes from a page's own values (title, address, front matter), or
next to them, is read on every page (kbgen.site.theme_output): each variant below renders six
pages with Jinja and hands them to one ThemeOutput as the plugin does, the value published on
a later page only, its earlier pages' lines of the same shape harmless. The near misses publish.

chrome69 compared lines by shape (the page's own values taken out) to read less; rev69 showed
a label beside a page's own value ("Wi-Fi password: <b>{{ page.meta.code }}</b>") then went
unread after the first page, so that was withdrawn; these variants stay as the class's test."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from mkdocs.exceptions import PluginError

from kbgen.core.i18n import Translator
from kbgen.core.loader import load
from kbgen.project import find_project
from kbgen.site.theme_output import ThemeOutput
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files

SITE = "https://help.test.example/"
PAGES = [{"src_uri": f"articles/{folder}/{slug}.md", "url": f"articles/{folder}/{slug}.html",
          "title": title, "meta": meta} for folder, slug, title, meta in [
    ("account", "sign-in", "Why can't I sign in?", {}),
    ("account", "reset", "Reset your password (app)", {}),
    ("billing", "invoice", "Invoice shows the wrong name", {"owner": "jane.roe.c69"}),
    ("billing", "refund", "Call +44", {}),
    ("wifi", "drops", "Wi-Fi drops every hour", {"owner": "mark.doe.c69",
                                                 "code": "Sunflower42x"}),
    ("wifi", "related", "Related", {}),
]]
COMPUTED = {
    "title glued to a domain": "<p>{{ page.title }}@gmail.com</p>",
    "title then a number": "<p>{{ page.title }} 7911 123456</p>",
    "title in a mail link, at-sign escaped": (
        "<a href=\"mailto:{{ page.title | urlencode }}%40gmail.com\">Mail</a>"),
    "title then an entity at-sign": "<meta name=\"m\" content=\"{{ page.title }}&#64;gmail.com\">",
    "front matter glued": ("{% if page.meta.owner %}<meta name=\"o\" content=\"{{ page.meta.owner"
                           " }}&#64;gmail.com\">{% endif %}"),
    "address next to the title, one page": (
        "<p>{{ page.title }}</p><p>{{ 'jane.roe.c69' ~ '@gmail.com' if index == 5 else 'Hi' }}"
        "</p>"),
    "canonical then a key on one page": (
        "<link rel=\"canonical\" href=\"{{ canonical }}{{ '?k=sk_live_' ~ "
        "'4eC39HqLyjWDarjtT1zdp7dc' if index == 4 else '' }}\">"),
    "card in the nav of the wifi pages": (
        "<nav>{% for p in pages %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% if 'wifi' in "
        "page.src_uri and p.title == page.title %}<span>{{ '4111 1111' ~ ' 1111 1111' }}</span>"
        "{% endif %}\n{% endfor %}</nav>"),
    "phone beside the page's title attribute": (
        "<section data-title=\"{{ page.title }}\" data-call=\"{{ '+44 7911' ~ ' 123456' "
        "if index == 3 else '' }}\"></section>"),
    "title after a colon in an address, then a number": (
        "<a href=\"mailto:help@example.com?subject=Call%3A%20{{ page.title | urlencode }}"
        "%207911%20123456&amp;body=x\">Mail</a>"),
    "url glued to a mailbox": "<p>{{ page.url | replace('.html', '') }}@gmail.com</p>",
    "lower-cased title as a mailbox": (
        "<meta content=\"{{ page.title | lower | replace(' ', '.') }}@gmail.com\">"),
    "front matter beside a template's label (rev69)": (
        "<p class=\"kb-code\">Wi-Fi password: <b>{{ page.meta.code or 'none' }}</b></p>"),
    "over two lines after the title": (
        "<p>{{ page.title }}\n{{ 'jane.roe.c69@gmail' ~ '.com' if index == 5 else '' }}</p>"),
}
"""Page templates that put a value the sources do not hold on a later page only."""
PUBLISHABLE = {
    "title and addresses": ("<title>{{ page.title }}</title>\n<link rel=\"canonical\" href=\""
                            "{{ canonical }}\">\n<meta name=\"p\" content=\"{{ page.src_uri }}\">"),
    "title in a mail link": ("<a href=\"mailto:help@example.com?subject=Help%3A%20{{ page.title"
                             " | urlencode }}&amp;body="
                             "%22{{ page.title | urlencode }}%22%20%28{{ canonical | urlencode }}"
                             "%29\">Mail us</a>"),
}
"""Near misses: only the page's own values, in every shape the chrome shows them."""
OTHER = {
    "sitemap, one page's entry": ("sitemap.xml", "<urlset>{% for p in pages %}<url><loc>{{ p.url"
                                  " }}</loc>{% if p.title.startswith('Invoice') %}<!-- {{ "
                                  "'jane.roe.c69' ~ '@gmail.com' }} -->{% endif %}</url>\n"
                                  "{% endfor %}</urlset>"),
    "404 page": ("404.html", "<html><body><h1>Not found</h1>\n<p>{{ 'mark.doe.c69' ~ "
                             "'@gmail.com' }}</p></body></html>"),
}
"""Templates that are not pages, each computing an address."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    root = tmp_path_factory.mktemp("theme")
    config_text = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    write_files(root, {"mkdocs.yml": config_text, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "theme/main.html": "{% extends 'base.html' %}\n",
                       "content/articles/wifi/related.md": (
                           "---\ntitle: Related\nsummary: Why the hub restarts at night.\n"
                           "status: published\nupdated: 2026-09-02\napplies_to: [Hub Pro]\n"
                           "symptoms: [it does not work]\n---\n\nText.\n")},
                dedent_yaml=False)
    project = find_project(root / "mkdocs.yml")
    kb, _ = load(project.content_dir, project.settings)
    state = SimpleNamespace(articles={a.origin.src_uri: a for a in kb.articles}, kb=kb,
                            settings=project.settings, translator=Translator())
    config = SimpleNamespace(theme=SimpleNamespace(custom_dir=str(root / "theme"),
                                                   static_templates=set()),
                             config_file_path=str(root / "mkdocs.yml"),
                             docs_dir=str(root / "content"), extra_templates=[],
                             site_name="Test Help Centre")  # tests/conftest.py's
    return state, config


Rendered = tuple[str, str, str]


def _pages(block: str) -> list[Rendered]:
    environment = jinja2.Environment(autoescape=True)
    template = environment.from_string("<html>\n<head>\n" + block + "\n</head>\n<body>\n"
                                       "</body>\n</html>")
    return [("main.html", template.render(page=page, pages=PAGES, index=index,
                                          canonical=SITE + page["url"]), page["src_uri"])
            for index, page in enumerate(PAGES)]


def _verdict(site: tuple[Any, Any], pages: list[Rendered]) -> str | None:
    state, config = site
    output = ThemeOutput()
    try:
        for template, text, where in pages:
            output.check(state, config, template, text, where=where)
    except PluginError as error:
        return str(error)
    return None


@pytest.fixture(scope="module")
def judged(site: tuple[Any, Any]) -> dict[str, str | None]:
    verdicts = {name: _verdict(site, _pages(block))
                for name, block in {**COMPUTED, **PUBLISHABLE}.items()}
    for name, (template, text) in OTHER.items():
        rendered = jinja2.Environment().from_string(text).render(pages=PAGES)
        verdicts[name] = _verdict(site, [*_pages(""), (template, rendered, template)])
    return verdicts


@pytest.mark.parametrize("name", [*COMPUTED, *OTHER])
def test_a_value_computed_next_to_the_pages_own_is_refused(judged: dict[str, str | None],
                                                           name: str) -> None:
    assert judged[name] and "would be published by what the theme's templates compute" \
        in judged[name], judged[name]


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_the_pages_own_values_publish(judged: dict[str, str | None], name: str) -> None:
    assert judged[name] is None, judged[name]
