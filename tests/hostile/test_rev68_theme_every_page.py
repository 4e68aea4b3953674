"""A theme template that computes a value on some pages only, or in a template that is not a
page, is refused (rev68, finding 12).

On m68 the chrome of each template's FIRST page was scanned and non-HTML templates were
skipped: `{% if 'billing' in page.file.src_uri %}<meta content="{{ 'jane.roe.r68' ~
'@gmail.com' }}">{% endif %}` published the address on the billing pages, and
`theme/sitemap.xml` with `<!-- {{ 'mark.doe.r68' ~ '@' ~ 'gmail.com' }} -->` in sitemap.xml.
Now every page's chrome is read (only the lines no page before it showed) and every template's
output (kbgen.site.theme_output). Each variant renders six pages with Jinja and hands them to
one ThemeOutput as the plugin does; one real build shows the refusal of sitemap.xml."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from mkdocs.exceptions import PluginError

from kbgen.core.loader import load
from kbgen.project import find_project
from kbgen.site.theme_output import ThemeOutput
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

MAIL = "{{ 'jane.roe.r68' ~ '@gmail.com' }}"
RELATED_TITLE = "Google Home sets the wrong temperature after a password change"
RELATED_SUMMARY = "The assistant is set to Fahrenheit; match the units in the assistant."
PAGES = [{"src_uri": f"articles/{folder}/{slug}.md", "title": title, "tags": tags,
          "meta": meta} for folder, slug, title, tags, meta in [
    ("account", "sign-in", "Cannot sign in", ["account"], {}),
    ("account", "reset", "Reset your password", ["account"], {}),
    ("billing", "invoice", "Invoice shows the wrong name", ["billing"], {"owner": "jane"}),
    ("billing", "refund", "Ask for a refund", ["billing", "refunds"], {}),
    ("wifi", "drops", "Wi-Fi drops every hour", ["wifi"], {}),
    ("wifi", "slow", "Slow connection", ["wifi"], {}),
]]
COMPUTED = {
    "path condition": f"{{% if 'billing' in page.src_uri %}}<meta content=\"{MAIL}\">{{% endif %}}",
    "title condition": f"{{% if 'refund' in page.title %}}<p>{MAIL}</p>{{% endif %}}",
    "page index": f"{{% if index == 4 %}}<footer>{MAIL}</footer>{{% endif %}}",
    "last page": f"{{% if index == 5 %}}<script>var o = \"{MAIL}\";</script>{{% endif %}}",
    "front matter key": "{% if page.meta.owner %}<p>{{ page.meta.owner ~ '.roe.r68@gmail.com' }}"
                        "</p>{% endif %}",
    "tag": f"{{% if 'refunds' in page.tags %}}<aside>{MAIL}</aside>{{% endif %}}",
    "over two lines": "{% if index == 3 %}<p>Call Jane on\n{{ '+44 7911' ~ ' 123456' }}</p>"
                      "{% endif %}",
    "phone": "{% if 'wifi' in page.src_uri %}<p>{{ '+44 7911' ~ ' 123456' }}</p>{% endif %}",
    "stripe key": "{% if index > 2 %}<p>{{ 'sk_live_' ~ '4eC39HqLyjWDarjtT1zdp7dc' }}</p>"
                  "{% endif %}",
    "iban": "{% if index == 2 %}<p>{{ 'GB82 WEST' ~ ' 1234 5698 7654 32' }}</p>{% endif %}",
    "per page address": "<meta name=\"a\" content=\"{{ page.title | lower | replace(' ', '.') }}"
                        "{{ '@gmail.com' }}\">",
}
"""Page templates computing a value on some pages only."""
PUBLISHABLE = {
    "title on every page": "<meta name=\"t\" content=\"{{ page.title ~ ' | Acme Help' }}\">",
    "example address": "{% if 'billing' in page.src_uri %}<p>{{ 'billing' ~ '@example.com' }}"
                       "</p>{% endif %}",
    "site name": "{% if index == 4 %}<p>{{ 'Acme' ~ ' Help' }}</p>{% endif %}",
    "settings address": "{% if index == 3 %}<p>{{ company }}</p>{% endif %}",
    "icon": ("{% if index == 5 %}<svg viewBox=\"0 0 24 24\"><path d=\"M12 8a4 4 0 0 0-4 4 4 4 0 "
             "0 0 4 4 4 4 0 0 0 4-4 4 4 0 0 0-4-4m0 10a6 6 0 0 1-6-6 6 6 0 0 1 6-6\"/></svg>"
             "{% endif %}"),
    "relative links": "<a href=\"{{ '../' * index }}index.html\">Home</a>",
    "related list": ("{% if index == 2 %}<ul>\n<li><a href=\"x.html\">" + RELATED_TITLE +
                     "</a><span class=\"s\">" + RELATED_SUMMARY + "</span></li>\n</ul>"
                     "{% endif %}"),
}
"""Near misses: a value that may be published, or one the settings hold."""
OTHER = {
    "sitemap comment": ("sitemap.xml", "<urlset><!-- {{ 'mark.doe.r68' ~ '@' ~ 'gmail.com' }}"
                        " --><url><loc>https://help.test.example/</loc></url></urlset>", True),
    "feed author": ("feed_rss.xml", "<rss><channel><author>{{ 'mark.doe.r68' ~ '@gmail.com' }}"
                    "</author></channel></rss>", True),
    "robots": ("robots.txt", "User-agent: *\n# {{ 'sk_live_' ~ '4eC39HqLyjWDarjtT1zdp7dc' }}",
               True),
    "sitemap urls": ("sitemap.xml", "<urlset>{% for p in pages %}<url><loc>https://help.test"
                     ".example/{{ p.src_uri }}</loc></url>\n{% endfor %}</urlset>", False),
    "robots sitemap": ("robots.txt", "User-agent: *\nSitemap: {{ 'https://help.test.example/'"
                       " ~ 'sitemap.xml' }}", False),
}
"""Templates that are not pages: (name, template, refused)."""
COMPANY = "Acme Ltd, ops.lead@acme-widgets.com"
SETTINGS = f"{MINI_CONFIG}extra:\n  company: \"{COMPANY}\"\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    root = tmp_path_factory.mktemp("theme")
    config_text = SETTINGS.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    write_files(root, {"mkdocs.yml": config_text, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "theme/main.html": "{% extends 'base.html' %}\n",
                       "content/articles/wifi/related.md": (
                           f"---\ntitle: {RELATED_TITLE}\nsummary: {RELATED_SUMMARY}\n"
                           "status: published\nsymptoms: [it does not work]\n---\n\nText.\n")},
                dedent_yaml=False)
    project = find_project(root / "mkdocs.yml")
    kb, _ = load(project.content_dir, project.settings)
    state = SimpleNamespace(articles={a.origin.src_uri: a for a in kb.articles}, kb=kb,
                            settings=project.settings)
    config = SimpleNamespace(theme=SimpleNamespace(custom_dir=str(root / "theme"),
                                                   static_templates=set()),
                             config_file_path=str(root / "mkdocs.yml"),
                             docs_dir=str(root / "content"), extra_templates=[],
                             site_name="Test Help Centre")  # tests/conftest.py's
    return state, config


def _verdict(site: tuple[Any, Any], pages: list[tuple[str, str, str]]) -> str | None:
    """The error one ThemeOutput raises over `pages` (template, output, where), or None."""
    state, config = site
    output = ThemeOutput()
    try:
        for template, text, where in pages:
            output.check(state, config, template, text, where=where)
    except PluginError as error:
        return str(error)
    return None


def _pages(block: str) -> list[tuple[str, str, str]]:
    template = jinja2.Environment(autoescape=True).from_string(
        "<html>\n<head>\n<title>{{ page.title }}</title>\n" + block + "\n</head>\n<body>\n"
        "<nav>\n{% for p in pages %}<a href=\"{{ p.src_uri }}\">{{ p.title }}</a>\n{% endfor %}"
        "</nav>\n</body>\n</html>")
    return [("main.html", template.render(page=page, pages=PAGES, index=index,
                                          company=COMPANY), page["src_uri"])
            for index, page in enumerate(PAGES)]


@pytest.fixture(scope="module")
def judged(site: tuple[Any, Any]) -> dict[str, str | None]:
    verdicts = {name: _verdict(site, _pages(block))
                for name, block in {**COMPUTED, **PUBLISHABLE}.items()}
    for name, (template, text, _) in OTHER.items():
        rendered = jinja2.Environment().from_string(text).render(pages=PAGES)
        verdicts[name] = _verdict(site, [*_pages(""), (template, rendered, template)])
    return verdicts


@pytest.mark.parametrize("name", COMPUTED)
def test_a_value_computed_on_some_pages_is_refused(judged: dict[str, str | None],
                                                   name: str) -> None:
    assert judged[name] and "would be published by what the theme's templates compute" \
        in judged[name], judged[name]


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_what_may_be_published_passes(judged: dict[str, str | None], name: str) -> None:
    assert judged[name] is None, judged[name]


@pytest.mark.parametrize("name", OTHER)
def test_templates_that_are_not_pages_are_read(judged: dict[str, str | None],
                                               name: str) -> None:
    template, _, refused = OTHER[name]
    if refused:
        assert judged[name] and f"({template}, on {template};" in judged[name], judged[name]
    else:
        assert judged[name] is None, judged[name]


def test_a_real_build_refuses_what_sitemap_xml_computes(tmp_path: Path) -> None:
    config = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    write_files(tmp_path, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/ok.md": article("Fine article"),
                           "theme/sitemap.xml": (
                               '<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n'
                               "<!-- {{ 'mark.doe.r68' ~ '@' ~ 'gmail.com' }} -->\n"
                               "</urlset>\n")}, dedent_yaml=False)
    code, output = run_in(tmp_path, "build")
    assert code == 1 and "theme: error: e-mail address (m***@g***.com) would be published by" \
        " what the theme's templates compute (sitemap.xml" in output, output
    assert not (tmp_path / "site" / "sitemap.xml").exists()
