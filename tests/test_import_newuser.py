"""A new user moves a Jekyll help centre (and a Zendesk export) into kbgen: what broke on the
real Bitwarden help centre (github bitwarden/help), each case written small here. One project
is imported and built for the module; each test reads what was written or published."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import run_cli, site_search, visible_text
from tests.importers.conftest import EXPORTS

JEKYLL = {
    "_config.yml": """\
main_baseurl: https://vault.example.org
collections:
  categories:
    output: true
    permalink: /:path/
  articles:
    output: true
    permalink: /article/:name/
""",
    "_layouts/article.html": "<html>{{ content }}</html>\n",
    "_includes/plain.md": "Included text about the vault.\n",
    "_includes/note.md": "Remember to {{ include.what }}.\n",
    "CONTRIBUTING.md": "# Contributing\n\nSend pull requests.\n",
    "_categories/account-management.md": """\
---
layout: category
title: Your Vault &amp; Account
description: Manage what you keep.
redirect_from:
  - /features
---
""",
    "_articles/account/ids.md": """\
---
title: Find your ids
categories: [account-management]
---

Open {{ site.main_baseurl }}/vault and look at the {% icon fa-cogs %} menu.
Start from [the sample file]({{ site.baseurl }}/files/sample.csv).

{% include plain.md %}

{% image shots/offer.png The offer popup %}

{% image shots/gone.gif %}

{% include note.md what="save" %}

{% raw %}Type {{ this }} as it is.{% endraw %}

1. Export first.

   {% callout warning %}Import **cannot** find duplicates.{% endcallout %}

2. Then import.

{% callout info %}
Set the key:

```
KEY=REPLACE
```
{% endcallout %}

## Replace <user id> in the address

Text.

## Изменить пароль

Text about the password in Russian.

### Moved heading
{: #old-anchor}

See [the Russian part](#изменить-пароль) and [the old one](#old-anchor).

## Users & Groups

See [users and groups](#users--groups), [the second steps](#steps-1).

## Steps

Once.

## Steps

Twice.

| Item | Steps |
|------|-------|
| A | plain |

<iframe src="https://www.youtube.com/embed/abc123" frameborder="0"></iframe>

<video controls><source src="https://cdn.example.org/demo.mp4"></video>

<audio src="https://cdn.example.org/talk.mp3" title="The podcast"></audio>

<ul class="nav nav-tabs" role="tablist">
  <li class="nav-item"><a class="nav-link" data-target="#webvault" role="tab">Web vault</a></li>
</ul>
<div class="tab-content">
  <div class="tab-pane" id="webvault">
#### Web vault

1. Select **Settings**.
2. Select **Options**.
  </div>
</div>
""",
    "_articles/account/secret-page.md": """\
---
title: A page the old site did not list
categories: [account-management]
hidden: true
---

Quasar configuration for hidden vaults.
""",
}
"""A Jekyll help centre in Bitwarden's shape: a `categories` collection of category pages,
articles naming their category, custom Liquid tags, tabs of Markdown in `<div>`s."""

TABLE_BODY = ("<p>Choose a plan.</p><table><thead><tr><th>Plan</th><th>Includes</th></tr></thead>"
              "<tbody><tr><td>Teams</td><td><ul><li>Sharing</li><li><b>Event</b> logs</li></ul>"
              "</td></tr><tr><td>Families</td><td><p>Six users</p><p>One bill</p></td></tr>"
              "</tbody></table><p>After the table.</p>")


def _zendesk(folder: Path) -> None:
    """A Zendesk Help Center export of one article whose table has a list in a cell."""
    folder.mkdir()
    hc = "https://acme.zendesk.com/hc/en-us"
    (folder / "categories.json").write_text(json.dumps({"categories": [
        {"id": 1, "name": "Plans", "description": "", "html_url": f"{hc}/categories/1-Plans",
         "position": 0, "locale": "en-us", "source_locale": "en-us"}]}))
    (folder / "sections.json").write_text(json.dumps({"sections": [
        {"id": 2, "category_id": 1, "name": "Plans", "description": "", "position": 0,
         "html_url": f"{hc}/sections/2-Plans", "locale": "en-us", "source_locale": "en-us",
         "parent_section_id": None}]}))
    (folder / "articles.json").write_text(json.dumps({"articles": [
        {"id": 360009, "section_id": 2, "title": "Compare the plans", "body": TABLE_BODY,
         "html_url": f"{hc}/articles/360009-Compare-the-plans", "draft": False,
         "locale": "en-us", "source_locale": "en-us", "label_names": [],
         "created_at": "2023-01-02T00:00:00Z", "updated_at": "2023-01-02T00:00:00Z",
         "user_segment_id": None, "author_id": None}]}))


@dataclass
class Imported:
    project: Path
    jekyll_output: str
    zendesk_output: str

    def article(self, path: str) -> str:
        return (self.project / "content/articles" / path).read_text(encoding="utf-8")

    def page(self, path: str) -> str:
        return (self.project / "site/articles" / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("newuser")
    source = root / "help"
    for name, text in JEKYLL.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    (source / "files").mkdir()
    (source / "files/sample.csv").write_text("name,url\nExample,https://example.com\n")
    (source / "images/shots").mkdir(parents=True)
    shutil.copy(EXPORTS / "jekyll/images/router.png", source / "images/shots/offer.png")
    _zendesk(root / "zendesk")
    init = run_cli("init", str(root / "kb"), "--company", "Acme", "--site-name", "Acme help")
    assert init.returncode == 0, init.stdout + init.stderr
    project = root / "kb"
    jekyll = run_cli("import", str(source), cwd=project)
    assert jekyll.returncode == 0, jekyll.stdout + jekyll.stderr
    zendesk = run_cli("import", str(root / "zendesk"), cwd=project)
    assert zendesk.returncode == 0, zendesk.stdout + zendesk.stderr
    (project / "content/articles/account-management/raw-heading.md").write_text(
        "---\ntitle: Written after the import\nsummary: A heading with raw HTML.\n"
        "status: published\n---\n\n## Send <user id> to us\n\nText.\n", encoding="utf-8")
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    return Imported(project, jekyll.stdout, zendesk.stdout)


def test_a_heading_with_a_placeholder_builds_and_shows_it(imported: Imported) -> None:
    """`<user id>` in a heading was raw HTML with a valueless `id`: the fast renderer crashed
    sorting the page's anchors (None); it is kept as text now."""
    page = imported.page("account-management/ids.html")
    assert re.search(r'<h2[^>]* id="replace-user-id-in-the-address">Replace &lt;user id&gt;'
                     ' in the address', page)  # the importer keeps it as text
    written = imported.page("account-management/raw-heading.html")  # by hand: raw HTML
    assert re.search(r'<h2[^>]* id="send-to-us">', written)


def test_headings_in_other_scripts_keep_an_id(imported: Imported) -> None:
    page = imported.page("account-management/ids.html")
    assert re.search(r'<h2[^>]* id="изменить-пароль">', page)
    assert 'href="#изменить-пароль"' in page
    assert re.search(r'<h3[^>]* id="old-anchor">', page)  # kramdown's id kept
    assert 'href="#old-anchor"' in page
    assert "old-anchor" not in run_cli("check", cwd=imported.project).stdout


def test_headings_keep_the_ids_kramdown_gave_them(imported: Imported) -> None:
    """Links written against the old site's ids (kramdown keeps `--` for `&`, numbers
    repeated headings `-1`) still land."""
    page = imported.page("account-management/ids.html")
    assert re.search(r'<h2[^>]* id="users--groups">', page) and 'href="#users--groups"' in page
    assert re.search(r'<h2[^>]* id="steps">', page)
    assert re.search(r'<h2[^>]* id="steps-1">', page)
    assert re.search(r'<h2[^>]* id="изменить-пароль">', page)  # no kramdown id: kbgen's Unicode one
    assert "anchor" not in run_cli("check", cwd=imported.project).stdout
    assert "headings given the id kramdown gave them" in imported.jekyll_output


def test_a_list_in_a_table_cell_stays_in_its_row(imported: Imported) -> None:
    page = imported.page("plans/compare-the-plans.html")
    table = page[page.index("<table>"):page.index("</table>")]
    assert table.count("<tr>") == 3
    assert "<td><ul><li>Sharing</li><li><strong>Event</strong> logs</li></ul></td>" in table
    assert "<td>Six users<br>One bill</td>" in table
    assert "<p>After the table.</p>" in page


def test_embeds_become_links_to_watch_or_listen(imported: Imported) -> None:
    page = imported.page("account-management/ids.html")
    assert "<iframe" not in page and "<video" not in page and "<audio" not in page
    text = visible_text(page)
    # No title: the heading above it names it; the player's own page, not the embed.
    assert '<a href="https://www.youtube.com/watch?v=abc123">Watch: Steps</a>' in page
    assert '<a href="https://cdn.example.org/demo.mp4">Watch: Steps</a>' in page
    assert '<a href="https://cdn.example.org/talk.mp3">Listen: The podcast</a>' in page
    assert "Watch: Steps" in text


def test_liquid_is_removed_and_named_in_the_summary(imported: Imported) -> None:
    article = imported.article("account-management/ids.md")
    assert "{%" not in article and "{{ site" not in article
    assert "Open https://vault.example.org/vault and look at the" in article
    assert "Included text about the vault." in article  # a plain include, inlined
    assert "Type {{ this }} as it is." in article  # {% raw %} keeps its text
    out = imported.jekyll_output
    assert "removed: Liquid tag (2×): {% icon %} 1×, {% include note.md %} 1×" in out
    assert "replaced by the old site's settings (_config.yml): {{ site.main_baseurl }} 1×" in out


def test_a_sites_own_image_tag_becomes_the_image(imported: Imported) -> None:
    """Bitwarden's `{% image file.png Caption %}` (a plugin of its own): 161 articles lost
    every screenshot (8 images imported of 347)."""
    assert "![The offer popup](../../assets/imported/offer.png)" in imported.article(
        "account-management/ids.md")
    assert 'alt="The offer popup"' in imported.page("account-management/ids.html")
    assert (imported.project / "site/assets/imported/offer.png").is_file()
    out = imported.jekyll_output
    assert "Liquid tags given an image file, taken as images: {% image %} 1×" in out
    assert "images not in the export, their text kept: shots/gone.gif" in out


def test_callout_blocks_become_admonitions(imported: Imported) -> None:
    """Bitwarden's 416 `{% callout warning %}` blocks lost their emphasis (text only)."""
    page = imported.page("account-management/ids.html")
    callout = page[page.index('<div class="admonition warning">'):]
    assert callout.index("<strong>cannot</strong> find duplicates") < callout.index("</div>")
    assert page.index("Export first.") < page.index('<div class="admonition warning">') \
        < page.index("</li>", page.index("Export first."))  # still inside the list item
    info = page[page.index('<div class="admonition info">'):]
    assert info.index("KEY=REPLACE") < info.index("</div>")  # its code block inside it
    assert "Liquid callout block (an admonition now) (2×)" in imported.jekyll_output


def test_what_is_inside_a_list_item_stays_in_the_list(imported: Imported) -> None:
    """kramdown and CommonMark put an item's paragraphs and images at its text's column (3
    spaces after `1. `); Python-Markdown needs 4, or the list ends and numbering restarts
    (Bitwarden: 1,040 lines in 99 of 177 articles)."""
    page = imported.page("account-management/ids.html")
    start = page.index("<ol>\n<li>")
    steps = page[start:page.index("</ol>", start)]
    assert "Export first." in steps and "Then import." in steps
    assert "admonition warning" in steps
    assert "\n    !!! warning\n" in imported.article("account-management/ids.md")


def test_a_file_an_article_links_to_is_copied_and_still_linked(imported: Imported) -> None:
    """A sample CSV under /files/ was kept as text only (17 links on Bitwarden's site)."""
    assert "[the sample file](../../assets/imported/sample.csv)" in imported.article(
        "account-management/ids.md")
    assert (imported.project / "site/assets/imported/sample.csv").read_text().startswith("name")
    assert "images and 1 files to download;" in imported.jekyll_output


def test_markdown_in_div_blocks_is_read(imported: Imported) -> None:
    page = imported.page("account-management/ids.html")
    assert "<strong>Settings</strong>" in page and "<ol>" in page
    assert "#### Web vault" not in page and "1. Select" not in page
    # A tab's link, which had no address (a script showed its pane), leads to its pane.
    assert 'href="#webvault"' in page and 'id="webvault"' in page
    assert 'role="tab' not in page  # no tab script: no tab roles to promise one


def test_jekyll_files_that_are_no_pages_are_skipped_with_a_reason(imported: Imported) -> None:
    out = imported.jekyll_output
    assert "CONTRIBUTING.md: no front matter: Jekyll copies such a file as it is" in out
    assert "_includes/note.md: in Jekyll's _includes/ folder" in out
    assert "_layouts" not in out  # not Markdown
    assert not list((imported.project / "content/articles").rglob("contributing.md"))


def test_jekyll_categories_and_their_pages_give_the_category(imported: Imported) -> None:
    categories = (imported.project / "content/_data/categories.yml").read_text()
    assert "account-management:\n  title: Your Vault & Account\n  description: Manage what" \
        " you keep." in categories
    assert "  - /account-management/\n  - /features\n" in categories
    assert not list((imported.project / "content/articles").glob("account*/ids.md"))[1:]
    assert (imported.project / "content/articles/account-management/ids.md").is_file()
    assert (imported.project / "site/account-management/index.html").is_file()  # redirect
    assert "_categories/account-management.md: the page of the category" in \
        imported.jekyll_output


def test_hidden_articles_are_published_but_not_searched(imported: Imported) -> None:
    article = imported.article("account-management/secret-page.md")
    assert "status: published" in article and "search:\n  exclude: true" in article
    assert "hidden in the old site's lists and search: published" in imported.jekyll_output
    assert imported.page("account-management/secret-page.html")
    site = imported.project / "site"
    assert site_search(site, "quasar") == []
    assert site_search(site, "vault")  # the index is there


def test_zendesk_addresses_without_or_with_another_title_redirect(imported: Imported) -> None:
    site = imported.project / "site"
    target = "/articles/plans/compare-the-plans.html"
    rules = (site / "_redirects").read_text().splitlines()
    for old in ("/hc/en-us/articles/360009-Compare-the-plans", "/hc/en-us/articles/360009",
                "/hc/articles/360009", "/hc/en-us/articles/360009-*"):
        assert f"{old} {target} 301" in rules
    assert rules.index(f"/hc/en-us/articles/360009-* {target} 301") > rules.index(
        f"/hc/articles/360009 {target} 301")  # patterns after every exact path
    page = (site / "hc/en-us/articles/360009/index.html").read_text()
    assert 'url=../../../../articles/plans/compare-the-plans.html"' in page


def test_the_old_sites_own_domain_is_offered_for_its_addresses(tmp_path: Path) -> None:
    source = tmp_path / "help"
    (source / "_articles/sales").mkdir(parents=True)
    (source / "_config.yml").write_text("url: https://www.acme-vault.com\ncollections:\n"
                                        "  articles:\n    output: true\n"
                                        "    permalink: /article/:name/\n")
    (source / "_articles/sales/contact.md").write_text(
        "---\ntitle: Contact sales\n---\n\nWrite to jane.doe@acme-vault.com for a quote.\n")
    assert run_cli("init", str(tmp_path / "kb")).returncode == 0
    result = run_cli("import", "--dry-run", str(source), cwd=tmp_path / "kb")
    assert "e-mail address (j***@a***.com)" in result.stdout
    assert "The old site's own domain is acme-vault.com: if the addresses there are the" \
        " company's, allow it once in mkdocs.yml (extra.kb.privacy.allow_domains:" \
        " [acme-vault.com])" in result.stdout


def test_the_old_sites_domain_is_not_offered_for_addresses_elsewhere(tmp_path: Path) -> None:
    source = tmp_path / "help"
    (source / "_articles/sales").mkdir(parents=True)
    (source / "_config.yml").write_text("url: https://docs.acme-vault.com\ncollections:\n"
                                        "  articles:\n    output: true\n")
    (source / "_articles/sales/contact.md").write_text(
        "---\ntitle: Contact sales\n---\n\nWrite to jane.doe@other-firm.net for a quote.\n")
    assert run_cli("init", str(tmp_path / "kb")).returncode == 0
    result = run_cli("import", "--dry-run", str(source), cwd=tmp_path / "kb")
    assert "e-mail address (j***@o***.net)" in result.stdout
    assert "own domain" not in result.stdout
