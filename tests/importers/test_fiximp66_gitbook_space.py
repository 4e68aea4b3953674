"""rev66 F10: a GitBook space in the editor's own syntax, imported and built once. Its
pictures (`<figure><img><figcaption>`) showed as `![..](..)` text; a file to download
(`{% file %}`) lost its link and was not copied; API parameters and responses lost their name
and status, code blocks their title; `$$` formulas were published as `$$ E = mc^2 $$` text
(`*`/`_` read as emphasis); the README stood in a made-up "Imported articles" category; and
the summary said "removed: Liquid tag" for what was lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importers.conftest import imported_and_built

FIGURE = ('<figure><img src="../.gitbook/assets/install.png" alt="Installer">'
          "<figcaption><p>The installer</p></figcaption></figure>")
"""How GitBook's editor writes every picture, on one line."""
SPACE = {
    ".gitbook.yaml": "root: ./\n",
    ".gitbook/assets/install.png": "png",
    ".gitbook/assets/wizard (1).png": "png",
    ".gitbook/assets/guide.pdf": "%PDF-1.4",
    ".gitbook/assets/setup.zip": "PK",
    "README.md": (
        "---\ndescription: Everything about the app.\n---\n\n# Welcome\n\nNew here? Install"
        " the app first, then sign in with your work e-mail.\n\n{% hint style=\"info\" %}\nThe"
        " app runs on Windows, macOS and Linux.\n{% endhint %}\n"),
    "SUMMARY.md": """\
# Table of contents

* [Welcome](README.md)

## Getting started

* [Install the app](start/install.md)
* [Sign in](start/sign-in.md)
  * [Reset your password](start/reset.md)

## API

* [Create a user](api/create-user.md)
""",
    "start/install.md": """\
# Install the app

""" + FIGURE + """

<figure><img src="../.gitbook/assets/wizard (1).png" alt=""><figcaption></figcaption></figure>

{% file src="../.gitbook/assets/guide.pdf" %}
The printable guide
{% endfile %}

{% file src="../.gitbook/assets/setup.zip" %}

{% code title="install.sh" lineNumbers="true" %}
```bash
curl -fsSL https://get.example.test | sh
```
{% endcode %}
""",
    "start/sign-in.md": """\
# Sign in

Open the app.

$$
a_1 * b_2 = c_3 * d_4
$$

$$ E = mc^2 $$

```
$$ stays in code $$
```
""",
    "start/reset.md": "# Reset your password\n\nTap **Forgot password**.\n",
    "api/create-user.md": """\
# Create a user

{% swagger method="post" path="/users" baseUrl="https://api.example.test" summary="Create" %}
{% swagger-description %}
Creates a user.
{% endswagger-description %}

{% swagger-parameter in="body" name="email" type="string" required="true" %}
The user's e-mail address.
{% endswagger-parameter %}

{% swagger-parameter in="query" name='notify' type="boolean" %}
Send a welcome message.
{% endswagger-parameter %}

{% swagger-response status="201: Created" description="The user" %}
```json
{"id": 1}
```
{% endswagger-response %}

{% swagger-response status="400: Bad Request" description="" %}
```json
{"error": "email"}
```
{% endswagger-response %}
{% endswagger %}
""",
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    project, output, log = imported_and_built(tmp_path_factory.mktemp("gitbook_space"), SPACE)
    return project, output


def _article(project: Path, path: str) -> str:
    return (project / "content/articles" / path).read_text(encoding="utf-8")


def _page(project: Path, path: str) -> str:
    return (project / "site/articles" / path).read_text(encoding="utf-8")


def test_figures_show_their_copied_pictures(imported: tuple[Path, str]) -> None:
    project, _ = imported
    html = _page(project, "start/install.html")
    shown = re.findall(r'<img\b[^>]*\bsrc="([^"]+)"', html)
    assert "../../assets/imported/install.png" in shown, html
    assert any(src.startswith("../../assets/imported/wizard") for src in shown), shown
    assert "![" not in html and ".gitbook" not in html
    assert "<figcaption><p>The installer</p></figcaption>" in html
    for src in shown:
        if src.startswith("../../assets/"):
            assert (project / "site/articles/start" / src).resolve().is_file(), src


def test_files_to_download_are_linked_and_copied(imported: tuple[Path, str]) -> None:
    project, output = imported
    text = _article(project, "start/install.md")
    assert "[The printable guide](../../assets/imported/guide.pdf)" in text, text
    assert "[setup.zip](../../assets/imported/setup.zip)" in text, text
    for name in ("guide.pdf", "setup.zip"):
        assert (project / "site/assets/imported" / name).is_file()
    assert "GitBook files to download made links to them, the files copied (2×)" in output


def test_a_code_title_is_kept(imported: tuple[Path, str]) -> None:
    text = _article(imported[0], "start/install.md")
    assert "**install.sh**\n\n```bash\ncurl" in text and "{%" not in text, text


def test_api_parameters_and_responses_keep_names_and_statuses(
        imported: tuple[Path, str]) -> None:
    project, output = imported
    text = _article(project, "api/create-user.md")
    assert "`email` (body, string, required):\nThe user's e-mail address." in text, text
    assert "`notify` (query, boolean):\nSend a welcome message." in text, text
    assert "**201: Created** The user\n" in text and "**400: Bad Request**\n" in text, text
    html = _page(project, "api/create-user.html")
    assert "<code>email</code>" in html and "<strong>201: Created</strong>" in html
    assert "{%" not in text and "Liquid tag" not in output, output


def test_formulas_are_kept_as_written_in_code(imported: tuple[Path, str]) -> None:
    project, output = imported
    text = _article(project, "start/sign-in.md")
    assert "```latex\na_1 * b_2 = c_3 * d_4\n```" in text, text
    assert "```latex\nE = mc^2\n```" in text and "```\n$$ stays in code $$\n```" in text
    html = _page(project, "start/sign-in.html")
    assert "<em>" not in html and "a_1 * b_2 = c_3 * d_4" in html
    assert "formulas (`$$ … $$`) kept as written in a code block" in output, output


def test_the_readme_opens_the_first_group_and_nested_pages_keep_their_place(
        imported: tuple[Path, str]) -> None:
    project, _ = imported
    categories = (project / "content/_data/categories.yml").read_text(encoding="utf-8")
    assert "Imported articles" not in categories, categories
    orders = {name: int(re.search(r"^order: (\d+)$", _article(  # type: ignore[union-attr]
        project, f"start/{name}.md"), re.M).group(1))
        for name in ("welcome", "install", "sign-in", "reset")}
    assert orders["welcome"] < orders["install"] < orders["sign-in"] < orders["reset"], orders
