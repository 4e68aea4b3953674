"""A theme template publishes what it computes, not only what it holds (retry68).

On main, `theme/main.html` with `{% block extrahead %}{{ "jane.roe" ~ "@" ~ "gmail.com" }}
{% endblock %}` passed check and build, and the address was on all 23 pages of the site: the
gate read the template's source, where no address is written. The chrome of the first page of
each template and of the theme's own pages (404.html) is now scanned as rendered
(kbgen.site.theme_output). Variants are rendered with Jinja and judged in one pass; two real
builds show the refusal and a theme that computes only what may be published."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from kbgen.core.privacy import Allowed, Finding
from kbgen.site.theme_output import chrome_findings
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

COMPUTED = {
    "concatenated": '{{ "jane.roe.r68" ~ "@" ~ "gmail.com" }}',
    "joined": '{{ ["jane.roe.r68", "gmail.com"] | join("@") }}',
    "format filter": '{{ "%s@%s" | format("jane.roe.r68", "gmail.com") }}',
    "percent operator": '{{ "%s@%s" % ("jane.roe.r68", "gmail.com") }}',
    "set then text": '{% set who = "jane.roe.r68" %}<p>Write to {{ who }}@gmail.com</p>',
    "replaced": '{{ "jane.roe.r68|gmail.com".replace("|", "@") }}',
    "looped": ('{% for part in ["jane.roe.r68", "gmail.com"] %}{{ part }}{% if loop.first %}'
               '@{% endif %}{% endfor %}'),
    "dict lookup": '{{ {"a": "jane.roe.r68"}["a"] }}@gmail.com',
    "entity joined": '{{ ["jane.roe.r68", "gmail.com"] | join("&#64;") | safe }}',
    "meta attribute": '<meta name="author" content="{{ \'jane.roe.r68\' ~ \'@gmail.com\' }}">',
    "script string": '<script>var owner = "{{ \'jane.roe.r68\' ~ \'@gmail.com\' }}";</script>',
    "phone": '<p>Call Jane on {{ "+44 7911" ~ " 123456" }}</p>',
    "stripe key": '<p>{{ "sk_live_" ~ "4eC39HqLyjWDarjtT1zdp7dc" }}</p>',
    "card": '<p>Card {{ "4556 7375" ~ " 8689 9855" }}</p>',
    "iban": '<p>IBAN {{ "GB82 WEST" ~ " 1234 5698 7654 32" }}</p>',
}
"""Templates computing a value that none of their text holds as it is."""
PUBLISHABLE = {
    "example address": '{{ "support" ~ "@example.com" }}',
    "site name": '{{ site_name ~ " Help" }}',
    "settings value": '<footer>{{ company }}</footer>',
    "material icon": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12'
                      ' 8a4 4 0 0 0-4 4 4 4 0 0 0 4 4 4 4 0 0 0 4-4 4 4 0 0 0-4-4m0 10a6 6 0 0'
                      ' 1-6-6 6 6 0 0 1 6-6 6 6 0 0 1 6 6 6 6 0 0 1-6 6"/></svg>'),
    "page content": '<article>{{ content }}</article>',
}
"""Near misses: what the template computes is an example, or written in a source the gate read
(the settings, the page's content), or an icon's geometry."""
SETTINGS = 'site_name: "Acme Help"\nextra: {company: "Acme Ltd, ops.lead@acme-widgets.com"}\n'
CONTENT = "<p>Write to ops.lead@acme-widgets.com for a quote.</p>"


def _render(template: str) -> str:
    return jinja2.Environment(autoescape=True).from_string(
        f"<html><head>{template}</head><body>{{{{ content | safe }}}}</body></html>").render(
        site_name="Acme Help", company="Acme Ltd, ops.lead@acme-widgets.com", content=CONTENT)


@pytest.fixture(scope="module")
def judged() -> dict[str, list[Finding]]:
    return {name: chrome_findings(f"{SETTINGS}\n{template}\n{CONTENT}", _render(template),
                                  CONTENT, Allowed(), None)
            for name, template in {**COMPUTED, **PUBLISHABLE}.items()}


@pytest.mark.parametrize("name", COMPUTED)
def test_a_computed_value_is_found(judged: dict[str, list[Finding]], name: str) -> None:
    assert judged[name], _render(COMPUTED[name])


@pytest.mark.parametrize("name", PUBLISHABLE)
def test_what_may_be_published_passes(judged: dict[str, list[Finding]], name: str) -> None:
    assert judged[name] == [], judged[name]


def _project(root: Path, block: str) -> Path:
    config = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article("Fine article"),
                       "theme/main.html": ('{% extends "base.html" %}\n{% block extrahead %}'
                                           f"{block}{{% endblock %}}\n")},
                dedent_yaml=False)
    return root


def test_the_build_refuses_a_computed_address_and_publishes_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path, COMPUTED["concatenated"])
    code, output = run_in(root, "build")
    assert code == 1 and "theme: error: e-mail address (j***@g***.com) would be published by" \
        " what the theme's templates compute" in output, output
    assert not (root / "site").exists() or not any(
        "jane.roe.r68@gmail.com" in page.read_text("utf-8")
        for page in (root / "site").rglob("*.html"))


def test_a_theme_computing_what_may_be_published_builds(tmp_path: Path) -> None:
    root = _project(tmp_path, '<meta name="x" content="{{ "help" ~ "@example.com" }}">'
                              '{{ config.site_name ~ " support" }}')
    code, output = run_in(root, "build")
    assert code == 0, output
    assert "help@example.com" in (root / "site" / "404.html").read_text("utf-8")
