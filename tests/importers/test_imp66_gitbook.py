"""A GitBook space synced to Git, imported as a new user would (issue 19). A trial on
LANraragi's GitBook docs (MIT, 47 pages) showed: `SUMMARY.md` imported as an article and not
read, so categories were named after folders (`Api documentation`) or after a folder's first
page (`🧩 Getting started`) and ordered by name; 55 `{% hint %}` boxes left as plain text; 15
page cards (`{% content-ref %}`) shown as a file name (`macos.md`); 74 API operation blocks
removed with their method and path; 77 backslash line breaks (CommonMark) published as a
backslash; a picture linked as `edit.PNG` beside `edit.png` lost. One import of one small
space in GitBook's documented syntax, one build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importers.conftest import imported_and_built

SPACE = {
    ".gitbook.yaml": "root: ./\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n",
    ".gitbook/assets/pair.png": "png",
    ".gitbook/assets/lights.png": "png",
    "README.md": "---\ndescription: Help for the Hub app.\n---\n\n# Hub help\n\nStart here.\n",
    "SUMMARY.md": """\
# Table of contents

* [Hub help](README.md)

## Setting up <a href="#setup" id="setup"></a>

* [🚀 Pair the hub](setup/pair.md)
* [Install the app](setup/install.md)

## Troubleshooting

* [Lights blink red](fixes/red-lights.md)
* [Plugins](fixes/plugins/README.md)
  * [Sign-in plugin](fixes/plugins/sign-in.md)

## API reference

* [Devices API](api/devices.md)
""",
    "setup/pair.md": """\
---
description: Pair the hub with the app.
---

# Pair the hub

Hold the button for five seconds.\\
The light turns blue.

{% hint style="warning" %}
Keep the phone **near** the hub.
{% endhint %}

{% hint style="success" %}
Paired hubs show a green dot.
{% endhint %}

{% content-ref url="install.md" %}
[install.md](install.md)
{% endcontent-ref %}

![The hub's button](../.gitbook/assets/pair.png)

![Its lights](<../.gitbook/assets/LIGHTS.PNG>)

    literal \\
    code
""",
    "setup/install.md": "# Install the app\n\nGet it from the store. See [red lights]"
                        "(../fixes/red-lights.md).\n",
    "fixes/red-lights.md": """\
# Lights blink red

Restart the hub:

{% tabs %}
{% tab title="Android" %}
Open the app and tap **Restart**.
{% endtab %}

{% tab title='iPhone' %}
Open Settings, then the hub.
{% endtab %}
{% endtabs %}

{% embed url="https://www.youtube.com/watch?v=hub123" %}

{% embed url="https://status.example.com/" %}
The status page
{% endembed %}

```liquid
{% tab title="Shown" %} stays in code
```
""",
    "fixes/plugins/README.md": "# Plugins\n\nPlugins add features.\n",
    "fixes/plugins/sign-in.md": "# Sign-in plugin\n\nSign in with the app.\n",
    "api/devices.md": """\
# Devices API

{% openapi-operation spec="hub-api" path="/devices/{id}" method="get" %}
[OpenAPI hub-api](https://example.com/hub.yaml)
{% endopenapi-operation %}
""",
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    project, output, log = imported_and_built(tmp_path_factory.mktemp("gitbook"), SPACE)
    return project, output, log


def _text(project: Path, path: str) -> str:
    return (project / "content/articles" / path).read_text(encoding="utf-8")


def test_the_summary_is_no_article(imported: tuple[Path, str, str]) -> None:
    project, output, _ = imported
    assert "  SUMMARY.md: GitBook's table of contents" in output, output
    assert not list((project / "content/articles").rglob("summary*.md"))


def test_categories_are_the_summarys_groups_in_its_order(
        imported: tuple[Path, str, str]) -> None:
    project, _, _ = imported
    categories = (project / "content/_data/categories.yml").read_text(encoding="utf-8")
    titles = re.findall(r"^  title: (.+)$", categories, re.M)
    ours = [title for title in titles if title not in ("Billing", "Wi-Fi")]
    assert ours[-3:] == ["Setting up", "Troubleshooting", "API reference"], categories
    assert "Plugins" not in titles and "Api" not in categories


def test_pages_keep_the_summarys_titles_and_order(imported: tuple[Path, str, str]) -> None:
    project, _, _ = imported
    pair, install = _text(project, "setup/pair.md"), _text(project, "setup/install.md")
    assert "title: 🚀 Pair the hub\n" in pair
    assert int(re.search(r"^order: (\d+)", pair, re.M).group(1)) < \
        int(re.search(r"^order: (\d+)", install, re.M).group(1))  # type: ignore[union-attr]
    assert "- /setup/pair\n" in pair  # its old address, redirected


def test_hints_are_admonitions(imported: tuple[Path, str, str]) -> None:
    pair = _text(imported[0], "setup/pair.md")
    assert "!!! warning\n\n    Keep the phone **near** the hub.\n" in pair, pair
    assert "!!! success\n\n    Paired hubs show a green dot.\n" in pair, pair
    html = (imported[0] / "site/articles/setup/pair.html").read_text(encoding="utf-8")
    assert html.count('class="admonition warning"') == 1 and "{%" not in html


def test_a_page_card_is_a_link_titled_by_its_page(imported: tuple[Path, str, str]) -> None:
    pair = _text(imported[0], "setup/pair.md")
    assert "[Install the app](install.md)" in pair and "[install.md]" not in pair, pair


def test_an_api_operation_keeps_its_method_and_path(imported: tuple[Path, str, str]) -> None:
    project, output, _ = imported
    devices = _text(project, "api/devices.md")
    assert "#### `GET /devices/{id}`" in devices, devices
    assert "endopenapi" not in output and "Liquid tag" not in output, output


def test_a_backslash_line_break_is_a_break_and_code_is_kept(
        imported: tuple[Path, str, str]) -> None:
    project = imported[0]
    pair = _text(project, "setup/pair.md")
    assert "Hold the button for five seconds.<br>\nThe light turns blue." in pair, pair
    assert "    literal \\\n    code" in pair  # in code, a backslash is shown
    html = (project / "site/articles/setup/pair.html").read_text(encoding="utf-8")
    assert "seconds.\\" not in html and "<br" in html


def test_pictures_and_links_resolve(imported: tuple[Path, str, str]) -> None:
    project, output, _ = imported
    assert "not in the export" not in output and "leads to no imported" not in output, output
    assert "[red lights](../fixes/red-lights.md)" in _text(project, "setup/install.md")
    assert "![Its lights](../../assets/imported/lights.png)" in _text(project, "setup/pair.md")


@pytest.mark.parametrize(("line", "entry"), [
    ("* [Pair](pair.md)", {"Pair": "pair.md"}),
    ("- [Pair](pair.md)", {"Pair": "pair.md"}),
    ("+ [Pair](pair.md)", {"Pair": "pair.md"}),
    ("    * [Deep](a/b/c.md)", {"Deep": "a/b/c.md"}),
    ("* [Part](pair.md#step-2)", {"Part": "pair.md"}),
    ("* [Spaced](my%20page.md)", {"Spaced": "my page.md"}),
    ("* [Angled](<my page.md>)", {"Angled": "my page.md"}),
    ('* [Titled](pair.md "Pairing")', {"Titled": "pair.md"}),
    ("* [A \\] bracket](pair.md)", {"A ] bracket": "pair.md"}),
    ("* [**Bold** page](pair.md)", {"Bold page": "pair.md"}),
    ("* [Ünïcödé 设置](set.md)", {"Ünïcödé 设置": "set.md"}),
    ("* [](pair.md)", "pair.md"),
])
def test_summary_items(line: str, entry: object) -> None:
    from kbgen.importers.gitbook import summary_nav

    assert summary_nav(f"## Group\n\n{line}\n") == [{"Group": [entry]}]


@pytest.mark.parametrize("text", [
    "* [Elsewhere](https://example.com/x)", "Some prose.", "## ", "# Table of contents",
    "---", "* not a link"])
def test_summary_lines_that_are_no_page(text: str) -> None:
    from kbgen.importers.gitbook import summary_nav

    assert summary_nav(text + "\n") in ([], [{"Group": []}])


def test_tabs_are_titled_text_and_embeds_links(imported: tuple[Path, str, str]) -> None:
    project, output, _ = imported
    red = _text(project, "fixes/red-lights.md")
    assert ("Restart the hub:\n\n**Android**\n\nOpen the app and tap **Restart**.\n\n"
            "**iPhone**\n\nOpen Settings, then the hub.\n") in red, red
    assert "[https://www.youtube.com/watch?v=hub123](https://www.youtube.com/watch?v=hub123)" \
        in red and "[The status page](https://status.example.com/)" in red, red
    assert '{% tab title="Shown" %} stays in code' in red
    assert red.count("{%") == 1 and "Liquid tag" not in output, output
