"""GitBook's 2019 API blocks (`{% api-method %}` with `-summary`, `-description`, `-spec`,
`-request`, the parameter groups, `-response` and `-response-example`), as GitBook's own
template wrote them (the "cakes" example many public spaces still hold): on main the method,
path, host, parameter names and statuses were lost with the tags (only their texts stayed,
loose). One read of one small space, shared, its page rendered by Python-Markdown as kbgen's
pages are (the whole import and `kbgen build`, 0 broken links, were run by hand: bench/RESULTS.md,
imp68); the variants read alone."""

from __future__ import annotations

import re

import markdown
import pytest

from kbgen.importers import markdown_site
from kbgen.importers.gitbook import blocks
from tests.conftest import write_files

CAKES = """\
# Cakes

{% api-method method="get" host="https://api.cakes.com" path="/v1/cakes/:id" %}
{% api-method-summary %}
Get Cakes
{% endapi-method-summary %}

{% api-method-description %}
This endpoint allows you to get free cakes.
{% endapi-method-description %}

{% api-method-spec %}
{% api-method-request %}
{% api-method-path-parameters %}
{% api-method-parameter name="id" type="string" required=true %}
ID of the cake to get, for free of course.
{% endapi-method-parameter %}
{% endapi-method-path-parameters %}

{% api-method-headers %}
{% api-method-parameter name="Authentication" type="string" required=true %}
Authentication token to track down who is emptying our stocks.
{% endapi-method-parameter %}
{% endapi-method-headers %}

{% api-method-query-parameters %}
{% api-method-parameter name="recipe\\_name" type="string" %}
The API will do its best to find a cake matching the provided recipe.
{% endapi-method-parameter %}

{% api-method-parameter name="gluten" type="boolean" %}
Whether the cake should be gluten-free or not.
{% endapi-method-parameter %}
{% endapi-method-query-parameters %}
{% endapi-method-request %}

{% api-method-response %}
{% api-method-response-example httpCode=200 %}
{% api-method-response-example-description %}
Cake successfully retrieved.
{% endapi-method-response-example-description %}

```
{"name": "Cake's name", "recipe": "Cake's recipe name"}
```
{% endapi-method-response-example %}

{% api-method-response-example httpCode=404 %}
{% api-method-response-example-description %}
Could not find a cake matching this query.
{% endapi-method-response-example-description %}

```
{"message": "Ain't no cake like that."}
```
{% endapi-method-response-example %}
{% endapi-method-response %}
{% endapi-method-spec %}
{% endapi-method %}

{% api-method method="post" host="https://api.cakes.com" path="/v1/cakes" %}
{% api-method-summary %}
Bake a cake
{% endapi-method-summary %}

{% api-method-spec %}
{% api-method-request %}
{% api-method-form-data-parameters %}
{% api-method-parameter name="flavour" type="string" required=false %}
Chocolate or lemon.
{% endapi-method-parameter %}
{% endapi-method-form-data-parameters %}
{% endapi-method-request %}

{% api-method-response %}
{% api-method-response-example httpCode=201 %}
{% api-method-response-example-description %}
{% endapi-method-response-example-description %}

```
{"id": 7}
```
{% endapi-method-response-example %}
{% endapi-method-response %}
{% endapi-method-spec %}
{% endapi-method %}

See the [cake guide](guide.md).
"""

SPACE = {
    ".gitbook.yaml": "root: ./\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n",
    "README.md": "# Cake help\n\nStart with [the API](api/cakes.md).\n",
    "SUMMARY.md": "# Table of contents\n\n* [Cake help](README.md)\n\n## API\n\n"
                  "* [Cakes](api/cakes.md)\n* [Guide](api/guide.md)\n",
    "api/cakes.md": CAKES,
    "api/guide.md": "# Guide\n\nBake it.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    root = tmp_path_factory.mktemp("gitbook68")
    write_files(root, SPACE, dedent_yaml=False)
    article = next(a for a in markdown_site.read(root).articles if a.title == "Cakes")
    html = markdown.markdown(article.body, extensions=["pymdownx.superfences", "toc"])
    return article.body, html, "\n".join(article.warnings)


def test_each_operation_is_a_heading_with_its_host(built: tuple[str, str, str]) -> None:
    text, html, _ = built
    assert "#### `GET /v1/cakes/:id`\n\nBase URL: `https://api.cakes.com`" in text
    assert "#### `POST /v1/cakes`" in text
    assert "Get Cakes" in text and "This endpoint allows you to get free cakes." in text
    assert html.count("<h4") == 2 and "{%" not in html and "api-method" not in html


def test_parameters_under_their_group(built: tuple[str, str, str]) -> None:
    text, html, _ = built
    for group in ("Path parameters", "Headers", "Query parameters", "Form data parameters"):
        assert f"**{group}**" in text, group
    assert "- `id` (string, required): ID of the cake to get, for free of course." in text
    assert "- `recipe_name` (string): The API will do its best" in text  # unescaped in code
    assert "- `flavour` (string): Chocolate or lemon." in text  # `required=false`
    assert "<code>gluten</code> (boolean): Whether the cake" in html


def test_responses_by_status_over_their_example(built: tuple[str, str, str]) -> None:
    text, html, _ = built
    assert text.count("**Responses**") == 2  # once an operation, across its examples' code
    assert "**200** Cake successfully retrieved.\n" in text
    assert "**404** Could not find a cake matching this query.\n" in text
    assert "**201**\n" in text
    assert re.search(r"<strong>404</strong> Could not find.*?<code>\{&quot;message", html, re.S)


def test_the_summary_counts_them(built: tuple[str, str, str]) -> None:
    output = built[2]
    assert "{% api-method %}) written as Markdown" in output and "(2×)" in output


@pytest.mark.parametrize(("text", "made"), [
    ('{%- api-method method="delete" path="/a" -%}\n{% endapi-method %}', "#### `DELETE /a`"),
    ("{% api-method method='get' host='https://h' path='/b' %}\n{% endapi-method %}",
     "Base URL: `https://h`"),
    ('{% api-method-parameter name="x" %}\n{% endapi-method-parameter %}', "- `x`"),
    ('{% api-method-parameter name="x" type="int" %}\nOne.\n\nTwo.\n{% endapi-method-parameter %}',
     "- `x` (int): One.\n\n    Two."),
    ('{% api-method-body-parameters %}\n{% endapi-method-body-parameters %}',
     "**Body parameters**"),
    ('{% api-method-cookie-parameters %}\n{% endapi-method-cookie-parameters %}', "**Cookies**"),
    ('{% api-method-response-example httpCode=500 %}\n{% endapi-method-response-example %}',
     "**Responses**\n\n**500**"),
])
def test_variants(text: str, made: str) -> None:
    body = blocks(f"Before.\n\n{text}\n\nAfter.\n")[0]
    assert made in body and "{%" not in body and "Before." in body and "After." in body, body


@pytest.mark.parametrize("text", [
    '```\n{% api-method method="get" path="/a" %}\n```',
    '`{% api-method-parameter name="x" %}`',
])
def test_in_code_they_stay(text: str) -> None:
    assert blocks(text)[0] == text


def test_an_unclosed_parameter_is_read_in_linear_time() -> None:
    text = '{% api-method-parameter name="x" %}\nSome text.\n' * 5000
    body = blocks(text)[0]  # each opening looks at most 4,000 characters ahead
    assert body.count("Some text.") == 5000
