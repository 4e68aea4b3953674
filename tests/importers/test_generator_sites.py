"""Real MkDocs, Docusaurus and Hugo help sites moved into kbgen as a new user would: what broke
on Pi-hole's docs (MkDocs), AdGuard's knowledge base (Docusaurus) and Mastodon's docs (Hugo,
multilingual), each case written small here. Each site is imported into one project, which is
built once for the module; each test reads what was written or published."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import write_files
from tests.helpers import run_cli

MKDOCS = {
    "mkdocs.yml": """\
site_name: Sinkhole docs
site_url: https://docs.sinkhole.example/
markdown_extensions:
  - admonition
  - pymdownx.tabbed:
      alternate_style: true
  - markdown_include.include:
      base_path: docs
  - pymdownx.snippets:
      auto_append:
        - docs/abbreviations.md
nav:
  - 'About': index.md
  - 'Getting Started':
    - 'Getting Started': start/index.md
    - 'Installation': start/basic-install.md
  - 'The &nbsp<samp>sinkhole</samp>&nbsp Command': start/command.md
  - 'Advanced':
    - 'Tuning the cache': advanced/tuning.md
""",
    ".devcontainer/devcontainer.json": '{\n  // comments, as VS Code allows\n  "name": "x"\n}\n',
    "docs/index.md": "# Sinkhole\n\nA DNS sinkhole that protects every device.\n",
    "docs/advanced/tuning.md": "Raise the cache size.\n",
    "docs/start/index.md": "Before you install, read the [installation](basic-install.md)"
                           " page.\n\n## Supported systems\n\nDebian and Fedora.\n",
    "docs/start/basic-install.md": "---\nlast_updated: Sun Jan 13 18:33:27 2019 UTC\n---\n\n"
                                   "Run the installer. See [getting started](index.md).\n",
    "docs/start/command.md": """\
Type `sinkhole -h` for help.

=== "Docker Compose"
    Set the password in your Compose file.

    ```yaml
    environment:
      PASSWORD: ''
    ```

=== "Shell"
    Export it first.

{!abbreviations.md!}
""",
    "docs/abbreviations.md": "*[DNS]: Domain Name System\n*[FTL]: Faster Than Light\n",
}
"""Pi-hole's shape: titles only in `nav:` (pages without a heading), in an order that is not
the folders' alphabetical one, a section's `index.md` with content of its own, a JSONC file
for the editor beside the site."""

DOCUSAURUS = {
    "docusaurus.config.js": "module.exports = {\n  trailingSlash: true,\n  presets: [['classic',"
                            " {docs: {routeBasePath: '/'}}]],\n};\n",
    "docs/general/account/features.md": "---\ntitle: Account features\n---\n\nTurn on"
        " [two-factor sign-in](../2fa) and see [the blocker](/blocker-for-linux/"
        "solving-problems/auto-start.md).\n",
    "docs/general/account/2fa.md": "---\ntitle: Two-factor sign-in\n---\n\nScan the code."
                                   " See [all about the blocker](/category/general).\n",
    "docs/general/_category_.json": '{"link": {"type": "generated-index"}}',
    "docs/general/account/logs.mdx": """\
---
title: Collect logs
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

:::caution Limitations

Only on desktop.

:::info Compatibility

Windows and Mac.

:::

```json
{"block": true}
```

:::

1. Open the settings.

   :::note

   Logs hold no passwords.

   :::

1. Send the file.

<Tabs>
<TabItem value="win" label="Windows">

Open the tray menu.

</TabItem>
</Tabs>
""",
    "docs/blocker-for-linux/solving-problems/_category_.json": "",
    "docs/general/general.md": "---\ntitle: About the blocker\n---\n\nIt blocks ads. See"
                               " [features](/general/account/features/).\n",
    "docs/blocker-for-linux/solving-problems/auto-start.md":
        "---\ntitle: Start at login\nsidebar_position: 2\n---\n\nEnable the service.\n",
}
"""AdGuard's shape: docs at the site's root (`routeBasePath: '/'`) with `trailingSlash`,
relative links by address (`../2fa`) and by file from the docs folder (`/a/b.md`), an empty
`_category_.json` (Docusaurus takes the folder's name)."""

HUGO = {
    "config.toml": """\
defaultContentLanguage = "en"
[languages.en]
  contentDir = "content/en"
  [[languages.en.menu.docs]]
    name = "Running Mastodon"
    weight = 20
    url = "/admin/"
  [[languages.en.menu.docs]]
    name = "API entities"
    weight = 5
    url = "/entities/"
[languages.ja]
  contentDir = "content/ja"
""",
    "layouts/shortcodes/required.html": '<span class="req">{{ i18n "required" }}</span>',
    "static/assets/models.png": "",
    "content/en/_index.md": "---\ntitle: What is Mastodon?\n---\n\nMastodon is free software"
                            " for social networking.\n",
    "content/ja/_index.md": "---\ntitle: マストドンとは\n---\n\n日本語の説明。\n",
    "content/en/entities/Search.md": "---\ntitle: Search\naliases: [\n\t\"/entities/search\",\n]"
                                     "\n---\n\nResults of a search.\n",
    "content/en/admin/backups.md": "---\ntitle: Backing up your server\nweight: 20\n---\n\n"
                                   "Back up the database every day.\n",
    "content/en/admin/upgrade.md": "---\ntitle: Upgrading to a new release\nweight: 10\n---\n\n"
                                   "Back up first, then upgrade.\n",
    "content/en/user/profile/index.md": "---\ntitle: Your profile\naliases: [/profile/]\n---\n\n"
                                        "Upload an avatar.\n\n![Avatar](avatar.png)\n",
    "content/en/user/profile/avatar.png": "",
    "content/en/entities/Status.md": """\
---
title: Status
---

{{< figure src="assets/models.png" caption="Centralized and federated" >}}

{{< hint style="warning" >}}
Posts can be **edited**.
{{< /hint >}}

id
: {{<required>}} The post's id. See [the search]({{< relref "entities/search" >}}).

{{< page-relref ref="entities/search#results" caption="Search results" >}}

{{< page-ref page="user/profile" >}}

{{< youtube id="w7Ft2ymGmfc" title="A tour" >}}
""",
}
"""Mastodon's shape: one content folder per language, aliases indented with tabs (PyYAML
refuses them; Hugo does not), an entity named `Search`, shortcodes that carry content, pages
ordered by `weight` against their titles' order."""

FRENCH_DOCS = "i18n/fr/docusaurus-plugin-content-docs"
DOCUSAURUS_I18N = {
    "docusaurus.config.js": "module.exports = {i18n: {defaultLocale: 'en', locales: ['en',"
                            " 'fr']}};\n",
    "sidebars.js": """\
const extra = require("./src/data/extra.json");  // not a doc

module.exports = {
  docs: [
    {
      type: "category",
      label: "Setting up",  // https://example.org/not-a-comment-end
      items: ["setup/hardware", "setup/docker", {id: "setup/faq", type: "doc"}],
    },
    {
      type: "category",
      label: "Integrations",
      items: [
        "integrations/zigbee",
        {type: "category", label: "Native integrations", items: ["integrations/alexa"]},
      ],
    },
  ],
};
""",
    f"{FRENCH_DOCS}/current.json": """{
  "version.label": {"message": "Suivant"},
  "sidebar.docs.category.Setting up": {"message": "Installation"},
  "sidebar.docs.category.Integrations": {"message": "Intégrations"},
  "sidebar.docs.category.Native integrations": {"message": "Intégrations natives"}
}
""",
    f"{FRENCH_DOCS}/current/setup/hardware.md": "---\ntitle: Matériel\n---\n\nUn Raspberry"
                                                 " Pi suffit.\n",
    f"{FRENCH_DOCS}/current/setup/docker.md": "---\ntitle: Docker\n---\n\nLancez le"
                                               " conteneur.\n",
    f"{FRENCH_DOCS}/current/setup/faq.md": "---\ntitle: Questions fréquentes\n---\n\nLes"
                                            " réponses aux questions courantes.\n",
    f"{FRENCH_DOCS}/current/integrations/zigbee.md": "---\ntitle: Zigbee\n---\n\nBranchez"
                                                      " la clé USB.\n",
    f"{FRENCH_DOCS}/current/integrations/alexa.md": "---\ntitle: Alexa\n---\n\nLiez votre"
                                                     " compte Amazon.\n",
}
"""Gladys Assistant's shape: a French site imported from its translation's folder alone, its
order and category labels in `sidebars.js` (code), their French in `current.json`."""


@dataclass
class Imported:
    project: Path
    outputs: dict[str, str]

    def article(self, path: str) -> str:
        return (self.project / "content/articles" / path).read_text(encoding="utf-8")

    def page(self, path: str) -> str:
        return (self.project / "site/articles" / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("generators")
    init = run_cli("init", str(root / "kb"), "--company", "Acme", "--site-name", "Acme help")
    assert init.returncode == 0, init.stdout + init.stderr
    project = root / "kb"
    outputs = {}
    for name, files, folder in (("mkdocs", MKDOCS, ""), ("docusaurus", DOCUSAURUS, ""),
                                ("hugo", HUGO, ""), ("i18n", DOCUSAURUS_I18N, FRENCH_DOCS)):
        write_files(root / name, files, dedent_yaml=False)
        result = run_cli("import", str(root / name / folder), cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr
        outputs[name] = result.stdout
    build = run_cli("build", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    return Imported(project, outputs)


def test_a_site_with_json_beside_it_is_read_as_the_site(imported: Imported) -> None:
    """A JSONC `devcontainer.json` and an empty `_category_.json` made the importer read the
    folder as a JSON export and stop at the first unreadable file."""
    assert imported.article("blocker-for-linux/auto-start.md")
    assert "Imported 5 articles from markdown" in imported.outputs["docusaurus"]


def test_mkdocs_titles_come_from_the_nav(imported: Imported) -> None:
    """Pi-hole's pages have no heading: MkDocs shows the nav's title; the importer made
    `Basic install` from the file name and warned about 45 of them. Their `last_updated`
    (`git log`'s date format) was dropped."""
    assert "title: Installation\n" in imported.article("start/basic-install.md")
    assert "updated: 2019-01-13\n" in imported.article("start/basic-install.md")
    assert "title: The sinkhole Command\n" in imported.article("start/command.md")
    assert "no title" not in imported.outputs["mkdocs"]


def test_a_folders_index_page_with_text_is_an_article(imported: Imported) -> None:
    """`start/index.md` held a page of text (MkDocs shows it at `/start/`): it was skipped as a
    section page, and every link to it lost."""
    text = imported.article("start/getting-started.md")
    assert "## Supported systems" in text and "redirect_from:\n- /start/\n" in text
    assert "[getting started](getting-started.md)" in imported.article("start/basic-install.md")
    assert "A DNS sinkhole" in imported.article("imported-articles/about.md")  # the home page
    assert "Getting Started" in imported.page("start/basic-install.html")


def test_categories_keep_the_old_sites_order(imported: Imported) -> None:
    """The nav's order (MkDocs), `position`/`sidebar_position`/`weight` elsewhere: categories
    were numbered in the order their first file was read."""
    import yaml

    categories = yaml.safe_load((imported.project / "content/_data/categories.yml").read_text())
    assert categories["start"]["title"] == "Getting Started"
    assert categories["start"]["order"] < categories["advanced"]["order"]


def test_docusaurus_links_by_address_and_by_file_still_lead_to_the_article(
        imported: Imported) -> None:
    """AdGuard's docs are at the site's root with a trailing slash: old addresses had a
    `/docs` prefix and no slash, so 361 links between articles became plain text."""
    text = imported.article("general/features.md")
    assert "[two-factor sign-in](2fa.md)" in text
    assert "[the blocker](../blocker-for-linux/auto-start.md)" in text
    assert "redirect_from:\n- /general/account/features/\n" in text
    assert "leads to no imported article" not in imported.outputs["docusaurus"]
    # `general/general.md` is the folder's page in Docusaurus, at `/general/`
    assert "redirect_from:\n- /general/\n" in imported.article("general/general.md")
    assert "[features](features.md)" in imported.article("general/general.md")


def test_a_multilingual_hugo_site_gives_its_default_language(imported: Imported) -> None:
    """Mastodon's docs were imported as four categories named `en`, `ja`, `pl`, `zh-cn`; the
    other languages are read as translations (issue 19; tests/importers/test_translations.py)."""
    out = imported.outputs["hugo"]
    assert "content/ja/_index.md: (ja) a section or site page" in out
    assert "Mastodon is free software" in imported.article("imported-articles/what-is-mastodon.md")
    assert not list((imported.project / "content/articles").glob("en/*"))
    assert not list((imported.project / "content/articles").rglob("*マストドン*"))


def test_hugo_front_matter_with_tabs_and_a_page_named_search_are_read(
        imported: Imported) -> None:
    """25 of Mastodon's pages were skipped as unreadable (tabs in `aliases`), and
    `entities/Search.md` as the site's search page."""
    assert "redirect_from:\n- /entities/Search/\n- /entities/search\n" in \
        imported.article("entities/search.md")
    assert "unreadable" not in imported.outputs["hugo"]


def test_hugo_shortcodes_keep_their_content(imported: Imported) -> None:
    """`figure`, `hint`, `page-relref`, `youtube` and a site's `{{<required>}}` were removed
    with what they showed; `relref "entities/search"` (no `.md`, another case) lost its link."""
    text = imported.article("entities/status.md")
    assert "![Centralized and federated](../../assets/imported/models.png)" in text
    assert "*Centralized and federated*" in text
    assert "!!! warning\n\n    Posts can be **edited**." in text
    assert ": *Required* The post's id. See [the search](search.md)." in text
    # `search.md` has no `#results` heading: the stale anchor now leads to the page (--strict)
    assert "[Search results](search.md)" in text
    assert "[Your profile](../user/your-profile.md)" in text  # the page's title
    assert "[Watch: A tour](https://www.youtube.com/watch?v=w7Ft2ymGmfc)" in text
    assert "{{" not in text
    page = imported.page("entities/status.html")
    assert 'class="admonition warning"' in page and "models.png" in page


def test_docusaurus_admonitions_nested_or_in_lists_and_tabs_keep_their_text(
        imported: Imported) -> None:
    """AdGuard nests `:::info` in `:::caution`, puts code blocks in them and `:::note` in list
    items (30 left as `:::` text); `<Tabs>` was shown as text and a tab's label lost."""
    text = imported.article("general/logs.md")
    assert '!!! warning "Limitations"\n\n    Only on desktop.\n\n    !!! info "Compatibility"' \
        "\n\n        Windows and Mac.\n\n    ```json\n    {\"block\": true}\n    ```" in text
    assert "1. Open the settings.\n\n    !!! note\n\n        Logs hold no passwords." in text
    assert ":::" not in text and "Tabs" not in text and "**Windows**" in text
    page = imported.page("general/logs.html")
    assert page.count('<div class="admonition ') == 3 and "&lt;Tab" not in page


def test_mkdocs_tabs_and_included_files(imported: Imported) -> None:
    """pymdownx.tabbed's `===` printed as text with its text as a code block; the snippets'
    `auto_append` file became an article, and `{!abbreviations.md!}` stayed as text."""
    text = imported.article("start/command.md")
    assert "**Docker Compose**\n\nSet the password in your Compose file.\n\n```yaml\n" \
        "environment:\n  PASSWORD: ''\n```" in text
    assert "**Shell**\n\nExport it first." in text
    assert "{!" not in text and "*[DNS]" not in text
    assert "docs/abbreviations.md: appended to every page by pymdownx.snippets" in \
        imported.outputs["mkdocs"]
    assert "<pre" in imported.page("start/command.html")


def test_a_hugo_page_bundle_is_an_article_with_its_images(imported: Imported) -> None:
    """`user/profile/index.md` is a page (a leaf bundle) with its images beside it: it was
    skipped as a section's page."""
    text = imported.article("user/your-profile.md")
    assert "![Avatar](../../assets/imported/avatar.png)" in text
    assert "redirect_from:\n- /user/profile/\n- /profile/\n" in text


def test_hugo_sections_are_named_and_ordered_by_the_sites_menu(imported: Imported) -> None:
    """Mastodon names its sections in the menu of its settings: they were `Admin`, `Api`..."""
    import yaml

    categories = yaml.safe_load((imported.project / "content/_data/categories.yml").read_text())
    assert categories["admin"]["title"] == "Running Mastodon"
    assert categories["entities"]["title"] == "API entities"
    assert categories["entities"]["order"] < categories["admin"]["order"] \
        < categories["user"]["order"]  # by weight, then the sections the menu leaves out


def test_an_imported_site_keeps_the_order_of_its_pages(imported: Imported) -> None:
    """kbgen listed a category's articles by title: an imported site lost its order (Hugo
    `weight`, the MkDocs nav, Docusaurus' sidebars). Each article now has an `order`, and the
    category page lists by it."""
    assert "order: 10\n" in imported.article("admin/upgrade.md")
    assert "order: 20\n" in imported.article("admin/backups.md")
    admin = imported.page("admin/index.html")
    assert admin.index("Upgrading to a new release") < admin.index("Backing up your server")
    assert [("order: %d\n" % n) in imported.article(f"start/{name}.md") for n, name in
            ((10, "getting-started"), (20, "basic-install"), (30, "command"))] == [True] * 3
    setup = imported.page("setup/index.html")
    assert setup.index("Matériel") < setup.index("Docker") < setup.index("Questions fréquentes")
    zigbee, alexa = (imported.article(f"integrations/{n}.md") for n in ("zigbee", "alexa"))
    assert "order: 10\n" in zigbee and "order: 20\n" in alexa


def test_a_docusaurus_translation_keeps_its_category_labels(imported: Imported) -> None:
    """Gladys' French docs were imported under the folders' English names ("Integrations",
    "Setup"): Docusaurus' labels are in `sidebars.js`, their French in `current.json`."""
    import yaml

    categories = yaml.safe_load((imported.project / "content/_data/categories.yml").read_text())
    assert categories["setup"]["title"] == "Installation"
    assert categories["integrations"]["title"] == "Intégrations"
    assert categories["setup"]["order"] < categories["integrations"]["order"]


def test_a_link_to_a_docusaurus_category_page_leads_to_the_category(imported: Imported) -> None:
    """Frigate's and Solus' links to Docusaurus' generated category pages (`/docs/category/x`)
    became text: kbgen had no link to a category page. `../x/index.md` is one now."""
    assert "See [all about the blocker](index.md)." in imported.article("general/2fa.md")
    assert "/category/general" not in imported.outputs["docusaurus"]
    page = imported.page("general/2fa.html")
    assert '<a href="index.html">all about the blocker</a>' in page  # the category's page
