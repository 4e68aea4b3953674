"""Session 66's import leftovers (issue 19): (a) a Docusaurus configuration with no `i18n`
publishes its default locale only (docusaurus.io, docusaurus.config.js `i18n`: `defaultLocale`
is `en` and `locales` is `[defaultLocale]` unless set), yet main read every `i18n/<locale>/`
folder; (b) GitBook's `{% swagger %}` operation lost its summary and base URL, its parameters
were loose lines, and a space's top page (its README) went to a made-up 'Imported articles'
category listed last when the summary has no groups; (c) an `<img>` shown in indented code
was made a Markdown picture (and its `src` rewritten). One read or plan per site, shared."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from kbgen.importers import markdown_site
from kbgen.importers.docusaurus_locales import listed_locales
from kbgen.importers.markdown_text import rewrite_references
from kbgen.importers.model import Export
from kbgen.importers.plan import Planner
from tests.conftest import write_files


@pytest.mark.parametrize(("config", "locales"), [
    ("module.exports = {title: 'Acme', url: 'https://acme.example'};", {"en"}),
    ("export default {title: 'Acme'} satisfies Config;", {"en"}),
    ("const config: Config = {\n  title: 'Acme',\n  presets: [],\n};\nexport default config;",
     {"en"}),
    ("export default {i18n: {defaultLocale: 'fr'}};", {"fr"}),
    ('module.exports = {i18n: {defaultLocale: "pt-BR", localeConfigs: {}}};', {"pt-BR"}),
    ("export default {i18n: {}};", {"en"}),
    ("export default {i18n: {defaultLocale: 'en', locales: ['en', 'fr']}};", {"en", "fr"}),
    ("export default {i18n: {locales: [`en`, \"de\"]}};", {"en", "de"}),
    ("export default {i18n: i18nConfig};", None),
    ("const i18n = {defaultLocale: 'en', locales: ['en', 'ja']};\nexport default {i18n};",
     None),
    ("export default {i18n: {defaultLocale: 'en', locales: readLocales()}};", None),
    ("export default {i18n: {defaultLocale: process.env.LOCALE}};", None),
    ("export default {i18n: {locales}};", None),
    ("export default {...base};  // i18n comes from base", None),
    ("", None),
])
def test_the_locales_a_configuration_publishes(config: str, locales: set[str] | None) -> None:
    assert listed_locales(config) == (None if locales is None else frozenset(locales))


@pytest.fixture(scope="module")
def untranslated(tmp_path_factory: pytest.TempPathFactory) -> Export:
    root = tmp_path_factory.mktemp("no-i18n")
    write_files(root, {
        "docusaurus.config.js": "module.exports = {title: 'Acme', url: 'https://acme.example',"
                                " baseUrl: '/'};\n",
        "docs/setup/install.md": "# Install\n\nRun the installer.\n",
        "i18n/fr/docusaurus-plugin-content-docs/current/setup/install.md":
            "# Installer\n\nLancez l'installateur.\n",
        "i18n/en/code.json": "{}",
    })
    return markdown_site.read(root)


def test_a_site_without_i18n_imports_its_default_locale_only(untranslated: Export) -> None:
    assert [article.title for article in untranslated.articles] == ["Install"]
    assert not untranslated.translations
    skipped = dict(untranslated.skipped)
    assert "docusaurus.config has no i18n setting" in skipped["i18n/fr"], skipped
    assert "add i18n: {defaultLocale: 'en', locales: ['en', ...]}" in skipped["i18n/fr"]
    assert "i18n/en" not in skipped


SWAGGER = """\
# Pets

{% swagger method="post" path="/pets" baseUrl="https://api.example.com/v1" summary="Add a pet" %}
{% swagger-description %}
Adds a pet to the store.
{% endswagger-description %}

{% swagger-parameter in="body" name="name" type="String" required="true" %}
The pet's name
{% endswagger-parameter %}

{% swagger-parameter in="header" name="Authorization" type="String" required="false" %}
Bearer token
{% endswagger-parameter %}

{% swagger-parameter in="query" name="dry" type="Boolean" %}
{% endswagger-parameter %}

{% swagger-response status="201: Created" description="Pet added" %}
```json
{"id": 1}
```
{% endswagger-response %}

{% swagger-response status="400: Bad Request" description="" %}
```json
{"error": "name"}
```
{% endswagger-response %}
{% endswagger %}

{% swagger method="get" path="/pets/{id}" %}
{% swagger-parameter in="path" name="id" type="Integer" required="true" %}
The pet's number
{% endswagger-parameter %}
{% endswagger %}

```liquid
{% swagger method="delete" path="/shown" %}
```
"""

GITBOOK = {
    ".gitbook.yaml": "root: ./\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n",
    "SUMMARY.md": "# Table of contents\n\n* [Welcome](README.md)\n* [Guide](guide/README.md)\n"
                  "  * [Start](guide/start.md)\n* [Pets API](api/pets.md)\n",
    "README.md": "# Welcome\n\nThis help centre explains the pet store app.\n",
    "guide/README.md": "# Guide\n\nEvery guide for new owners of pets.\n",
    "guide/start.md": "# Start\n\nOpen the app.\n",
    "api/pets.md": SWAGGER,
}


@pytest.fixture(scope="module")
def gitbook(tmp_path_factory: pytest.TempPathFactory) -> Export:
    root = tmp_path_factory.mktemp("gitbook")
    write_files(root, GITBOOK, dedent_yaml=False)
    return markdown_site.read(root)


def _body(export: Export, title: str) -> str:
    return next(article.body for article in export.articles if article.title == title)


def test_a_swagger_operation_is_readable_markdown(gitbook: Export) -> None:
    body = _body(gitbook, "Pets API")
    assert ("#### `POST /pets`\n\nAdd a pet\n\nBase URL: `https://api.example.com/v1`\n\n"
            "Adds a pet to the store.\n") in body, body
    assert ("**Parameters**\n\n- `name` (body, String, required):\nThe pet's name\n\n"
            "- `Authorization` (header, String):\nBearer token\n\n"
            "- `dry` (query, Boolean)\n") in body, body
    assert "**Responses**\n\n**201: Created** Pet added\n\n```json\n{\"id\": 1}\n```" in body
    assert "**400: Bad Request**\n\n```json" in body and body.count("**Responses**") == 1
    assert ("#### `GET /pets/{id}`\n\n**Parameters**\n\n- `id` (path, Integer, required):\n"
            "The pet's number\n") in body, body
    assert body.count("{%") == 1 and '{% swagger method="delete" path="/shown" %}' in body


def test_a_swagger_operation_renders_as_lists(gitbook: Export) -> None:
    html = markdown.markdown(_body(gitbook, "Pets API"), extensions=["fenced_code"])
    assert "<li>\n<p><code>name</code> (body, String, required):\nThe pet's name</p>" in html
    assert "<li><code>id</code> (path, Integer, required):\nThe pet's number</li>" in html
    assert "<h4><code>POST /pets</code></h4>" in html and "endswagger" not in html


def test_the_swagger_notes_say_what_was_kept(gitbook: Export) -> None:
    warnings = next(a.warnings for a in gitbook.articles if a.title == "Pets API")
    assert any(note.startswith("GitBook API operations ({% swagger %}, {% api-method %})")
               and note.endswith("(2×)") for note in warnings), warnings
    assert not any("OpenAPI file" in note or "Liquid" in note for note in warnings), warnings


def test_a_top_page_goes_first_with_the_pages_listed_next_to_it(gitbook: Export) -> None:
    plan = Planner(gitbook, Path("/nonexistent/content")).make()
    placed = {planned.source.title: planned for planned in plan.articles}
    assert placed["Welcome"].category == placed["Guide"].category == "guide"
    assert "imported-articles" not in gitbook.categories
    assert placed["Welcome"].order < placed["Guide"].order < placed["Start"].order  # type: ignore[operator]


IN_CODE = [
    "```html\n<img src=\"shot.png\" alt=\"Fenced\">\n```",
    "~~~\n<img src='shot.png'>\n~~~",
    "    <img src=\"shot.png\" alt=\"Indented\">",
    "    <figure><img src=\"shot.png\"><figcaption>Cap</figcaption></figure>",
    "    <p align=\"center\"><img src=\"shot.png\" width=\"90\"></p>",
    "\t<IMG SRC=\"shot.png\">",
    "    ![Shown as written](shot.png)",
    "    text before\n    <img src=\"shot.png\">\n    text after",
    "> quoted:\n>\n>     <img src=\"shot.png\" alt=\"Quoted\">",
    "- a list:\n\n        <img src=\"shot.png\" alt=\"Listed\">",
    "1. a step:\n\n    ```html\n    <img src=\"shot.png\">\n    ```",
    "Inline `<img src=\"shot.png\">` code.",
]
IN_TEXT = [
    ("A real <img src=\"shot.png\" alt=\"Real\"> one.", "![Real](NEW/shot.png)"),
    ("- a list:\n\n    <img src=\"shot.png\" alt=\"Item\">", "![Item](NEW/shot.png)"),
    ("    code\n\nAfter <img src=\"shot.png\" alt=\"Next\">", "![Next](NEW/shot.png)"),
    ("<figure><img src=\"shot.png\"></figure>", '<img src="NEW/shot.png">'),
]


@pytest.mark.parametrize("text", IN_CODE)
def test_a_picture_shown_in_code_stays_code(text: str) -> None:
    page = f"# Page\n\nHow to:\n\n{text}\n\nThe end.\n"
    assert rewrite_references(page, lambda href: href, lambda src: f"NEW/{src}") == page


@pytest.mark.parametrize(("text", "picture"), IN_TEXT)
def test_a_picture_in_text_is_still_rewritten(text: str, picture: str) -> None:
    page = f"# Page\n\n{text}\n"
    assert picture in rewrite_references(page, lambda href: href, lambda src: f"NEW/{src}")


SITES = {
    "mkdocs": {"mkdocs.yml": "site_name: Acme\n", "docs/a/page.md": "{page}",
               "docs/a/shot.png": "png"},
    "hugo": {"hugo.toml": "title = 'Acme'\n", "content/a/page.md": "{page}",
             "content/a/shot.png": "png"},
    "jekyll": {"_config.yml": "title: Acme\n", "a/page.md": "---\ntitle: Pictures in code\n"
               "---\n{page}", "a/shot.png": "png"},
    "gitbook": {".gitbook.yaml": "root: ./\n", "SUMMARY.md": "* [Pictures](a/page.md)\n",
                "a/page.md": "{page}", "a/shot.png": "png"},
    "docusaurus v2": {"docusaurus.config.js": "module.exports = {};\n",
                      "package.json": '{"dependencies": {"@docusaurus/core": "2.4.3"}}',
                      "docs/a/page.md": "{page}", "docs/a/shot.png": "png"},
}
PAGE = ("# Pictures in code\n\nWith HTML:\n\n    <img src=\"shot.png\" alt=\"Indented\">\n"
        "    <figure><img src=\"shot.png\"></figure>\n\nA real one: "
        "<img src=\"shot.png\" alt=\"Real\">\n")


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    texts = {}
    for name, files in SITES.items():
        root = tmp_path_factory.mktemp(name.replace(" ", "-"))
        write_files(root, {path: text.replace("{page}", PAGE) for path, text in files.items()},
                    dedent_yaml=False)
        plan = Planner(markdown_site.read(root), root / "kb" / "content").make()
        texts[name] = plan.articles[0].text
    return texts


@pytest.mark.parametrize("site", list(SITES))
def test_each_importer_keeps_a_picture_in_indented_code(planned: dict[str, str],
                                                        site: str) -> None:
    text = planned[site]
    assert '    <img src="shot.png" alt="Indented">\n    <figure><img src="shot.png"></figure>' \
        in text, text
    assert "A real one: ![Real](../../assets/imported/shot.png)" in text, text
