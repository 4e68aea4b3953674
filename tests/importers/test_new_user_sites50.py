"""Shapes met moving three real doc sites in (imp50): Paperless-ngx's docs, built by Zensical
(`zensical.toml`, mkdocs.yml's keys under `[project]`); kind's Hugo site, whose download
addresses carry `{{< stableVersion >}}` (a template showing `site.Params.stable`); and full
URLs that name a page's path on another site (Paperless' `https://zensical.org/docs/`), which
must not become links to the imported page of that path. Each read from a small site, no
build."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from kbgen.core.limits import pathologies
from kbgen.errors import Problem
from kbgen.importers import markdown_site
from kbgen.importers.anchors import fix_anchors
from kbgen.importers.importing import ImportReport
from kbgen.importers.model import Export
from kbgen.importers.plan import Planner
from tests.conftest import write_files

ZENSICAL = {
    "zensical.toml": '[project]\nsite_name = "Docs"\nsite_url = "https://docs.acme.com/"\n'
                     'nav = ["index.md", { Admin = ["setup.md", { "Move" = "move.md" }] }]\n',
    "docs/index.md": "# Home\n\nWelcome to the docs.\n",
    "docs/setup.md": "# Setup\n\nInstall it. See [our docs](https://docs.acme.com/move/#before)"
                     " and [Zensical's](https://zensical.org/setup/).\n\n## Later\n\nMore.\n",
    "docs/move.md": "# Move\n\n## Before\n\nBack up [first](https://www.docs.acme.com/setup/)."
                    " [Gone](https://docs.acme.com/gone/).\n",
}

HUGO = {
    "../outside.txt": "a file beside the site, never read\n",
    "hugo.toml": 'baseURL = "https://kind.example.org"\n[params]\nstable = "v0.32.0"\n'
                 'Nested = { a = 1 }\nflag = true\n',
    "layouts/shortcodes/stableVersion.html": "{{- site.Params.stable -}}\n",
    "layouts/shortcodes/nested.html": "{{ .Site.Params.nested }}\n",
    "layouts/shortcodes/flag.html": "{{ $.Site.Params.flag }}\n",
    "layouts/shortcodes/readFile.html": "{{- .Get 0 | readFile | safeHTML -}}",
    "layouts/shortcodes/codeFromFile.html": '{{ $file := .Get "file" }}<table><td>'
                                            '{{ highlight ($file | readFile) "" "" }}</td></table>',
    "layouts/shortcodes/absURL.html": "{{/* a relative url */}}\n{{- .Get 0 | absURL }}\n",
    "static/examples/usage.yaml": "kind: Pod\nmetadata:\n  name: foo\n",
    "static/examples/registry.sh": "#!/bin/sh\nkind create cluster\n",
    "content/docs/user/ingress.md": (
        "+++\ntitle = \"Ingress\"\n+++\n\nCreate it:\n\n```yaml\n"
        '{{% readFile "static/examples/usage.yaml" %}}\n```\n\n'
        '{{< codeFromFile file="static/examples/registry.sh" >}}\n\n'
        'Apply `kubectl apply -f {{< absURL "examples/usage.yaml" >}}`.\n\n'
        '{{% readFile "../outside.txt" %}} {{% readFile "static/examples" %}}\n'),
    "content/_index.md": "+++\ntitle = \"kind\"\n+++\n\nkind runs clusters. See [the user"
                         " guide][guide].\n\n[guide]: ./docs/user/quick-start\n",
    "content/docs/user/quick-start.md": (
        "+++\ntitle = \"Quick start\"\n+++\n\nInstall {{< stableVersion >}}:\n\n"
        "```bash\ncurl -Lo ./kind https://kind.example.org/dl/{{< stableVersion >}}/kind\n```\n\n"
        "Odd: {{< nested >}} {{< flag >}}.\n"),
}


@pytest.fixture(scope="module")
def zensical(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Path]:
    root = tmp_path_factory.mktemp("zensical")
    write_files(root, ZENSICAL)
    export = markdown_site.read(root)
    Planner(export, root / "content").make()
    return export, root


def test_a_zensical_site_is_read_as_mkdocs(zensical: tuple[Export, Path]) -> None:
    export, _ = zensical
    by_title = {a.title: a for a in export.articles}
    assert by_title["Setup"].old_urls == ["/setup/"]  # before: no address, 1 redirect of 3
    assert by_title["Move"].old_urls == ["/move/"]
    assert export.categories[by_title["Move"].category or ""].title == "Admin"  # the nav's
    assert export.domains == ["docs.acme.com"]


def test_a_full_url_elsewhere_stays_a_link_there(tmp_path: Path) -> None:
    write_files(tmp_path, {"mkdocs.yml": "site_url: https://docs.acme.com/\n",
                           **{k: v for k, v in ZENSICAL.items() if k.startswith("docs/")}})
    plan = Planner(markdown_site.read(tmp_path), tmp_path / "content").make()
    texts = {a.source.title: a.text for a in plan.articles}
    assert "](move.md#before)" in texts["Setup"]  # the site's own full URL: the article
    assert "(https://zensical.org/setup/)" in texts["Setup"]  # before: `setup.md`, itself
    assert "](setup.md)" in texts["Move"]  # `www.` of the own domain is the site's too
    move = next(a for a in plan.articles if a.source.title == "Move")
    assert "link to 'https://docs.acme.com/gone/' goes to the old help centre but to no" \
        " imported article; it breaks when the old site closes" in move.source.warnings


def read_site(factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Export:
    """The export of a site written from `files` (a folder `site` in a new folder, so a
    file may be written beside it)."""
    root = factory.mktemp(name) / "site"
    write_files(root, files)
    return markdown_site.read(root)


@pytest.fixture(scope="module")
def hugo(tmp_path_factory: pytest.TempPathFactory) -> Export:
    return read_site(tmp_path_factory, "hugo-params", HUGO)


def test_a_shortcode_showing_a_site_setting_is_its_value(hugo: Export) -> None:
    body = next(a.body for a in hugo.articles if a.title == "Quick start")
    assert "Install v0.32.0:" in body
    assert "https://kind.example.org/dl/v0.32.0/kind" in body  # in code too (before: `dl//`)
    assert "{{< nested >}}" not in body and "true" not in body  # a table, a flag: removed


DOCUSAURUS = {
    "docusaurus.config.ts": """
const redirects = [{ from: "/old", to: "/u/start" }];
const config = {
  url: "https://docs.acme.com",
  baseUrl: "/",
  themeConfig: { docs: { sidebar: { hideable: true } },
                 navbar: { items: [{ url: "https://hub.acme.com/" }] } },
  presets: [["@docusaurus/preset-classic", {
    docs: { sidebarPath: "./sidebars.ts", lastVersion: "current",
            versions: { "v1.7": { banner: "none", path: "/" }, current: { path: "/next" } } },
  }]],
  plugins: [
    ["@docusaurus/plugin-content-docs", { id: "unversioned", path: "unversioned",
      routeBasePath: "u", sidebarPath: "./sidebarsUnversioned.ts" }],
    ["@docusaurus/plugin-content-docs", { id: "out", path: "../outside", routeBasePath: "x" }],
  ],
};
export default config;
""",
    "versions.json": '["v1.7"]',
    "sidebars.ts": "export default { docs: ['intro', { label: 'Engine', items:"
                   " ['engine/run'] }] };",
    "sidebarsUnversioned.ts": "export default { s: [{ label: 'First steps', items: "
                              "['getting_started/start'] }] };",
    "docs/intro.md": "# Intro\n\nWhat it is. Start [here](/u/getting_started/start).\n",
    "docs/engine/run.md": "# Run the engine\n\nRun it.\n",
    "versioned_docs/version-v1.7/intro.md": "# Intro 1.7\n\nOld.\n",
    "unversioned/getting_started/start.md": "# Start\n\nSign up. Then"
                                            " [run](/docs/next/engine/run).\n",
    "outside/secret.md": "# Not the site's\n\nNever read.\n",
}


@pytest.fixture(scope="module")
def docusaurus(tmp_path_factory: pytest.TempPathFactory) -> Export:
    return read_site(tmp_path_factory, "docusaurus-docs", DOCUSAURUS)


def test_every_docs_plugin_is_read_at_its_address(docusaurus: Export) -> None:
    urls = {a.title: a.old_urls for a in docusaurus.articles}
    assert urls == {"Intro": ["/docs/next/intro", "/docs/intro"],  # v1.7's at `path: "/"`
                    "Run the engine": ["/docs/next/engine/run"],  # (no v1.7 page)
                    "Start": ["/u/getting_started/start"]}  # before: `/u/intro`, no Start
    start = next(a for a in docusaurus.articles if a.title == "Start")
    assert docusaurus.categories[start.category or ""].title == "First steps"  # its sidebars'
    assert docusaurus.domains == ["docs.acme.com"]  # the `url` beside `baseUrl`


def test_links_between_docs_plugins_lead_to_the_articles(docusaurus: Export,
                                                         tmp_path: Path) -> None:
    plan = Planner(docusaurus, tmp_path / "content").make()
    texts = {a.source.title: a.text for a in plan.articles}
    assert "[here](../" in texts["Intro"] and "start.md)" in texts["Intro"]
    assert "[run](../" in texts["Start"] and "run.md)" in texts["Start"]


def test_the_home_pages_links_by_address_start_from_the_root(hugo: Export,
                                                            tmp_path: Path) -> None:
    plan = Planner(hugo, tmp_path / "content").make()
    home = next(a for a in plan.articles if a.source.title == "kind")
    assert "[guide]: ../docs/quick-start.md" in home.text  # before: kept as text


def test_a_shortcode_showing_a_file_of_the_site_is_its_text(hugo: Export) -> None:
    body = next(a.body for a in hugo.articles if a.title == "Ingress")
    assert "```yaml\nkind: Pod\nmetadata:\n  name: foo\n```" in body  # before: an empty block
    assert "```sh\n#!/bin/sh\nkind create cluster\n```" in body  # a block of its own
    assert "kubectl apply -f https://kind.example.org/examples/usage.yaml" in body
    assert "never read" not in body  # outside the site; a folder: left out, not read


def test_a_rule_under_a_heading_makes_no_second_heading(tmp_path: Path) -> None:
    """kind's `### P0: Support Testing Kubernetes` then `---`: Python-Markdown renders a rule,
    one heading; its anchor was counted twice, and the importer moved a correct link to
    `#..._1`, which `build --strict` refused."""
    text = "# Scope\n\n### P0: Support\n---\n\nSee [P0](#p0-support).\n"
    html = markdown.markdown(text, extensions=["toc"])
    assert html.count("<hr") == 1 and 'id="p0-support"' in html
    write_files(tmp_path, {"mkdocs.yml": "site_name: x\n", "docs/scope.md": text})
    plan = Planner(markdown_site.read(tmp_path), tmp_path / "content").make()
    fix_anchors(plan.articles)
    assert "[P0](#p0-support)" in plan.articles[0].text  # before: `#p0-support_1`


def test_a_long_changelog_list_is_accepted_whole(tmp_path: Path) -> None:
    """Paperless' changelog: a release of 300 items, each linking its author and pull request,
    was refused by the build (more than 500 `[` in one paragraph); a GitHub-made broken link
    with spaces and `<!---->` then read as HTML left open (50 of them refused the page)."""
    items = "".join(f"- Fix {n} [@dev](https://github.com/dev) ([#{n}](https://x.org/{n}))\n"
                    for n in range(300))
    odd = "- Bump [@<!---->types/jest @bot](https://github.com/<!---->types/jest in /ui @bot)\n"
    write_files(tmp_path, {"mkdocs.yml": "site_name: x\n",
                           "docs/changelog.md": f"# Changelog\n\n## 2.0\n\n{odd * 60}{items}"
                                                "\n```\n[" + "[" * 600 + "\n```\n"})
    export = markdown_site.read(tmp_path)
    text = Planner(export, tmp_path / "content").make().articles[0].text
    assert pathologies(text) == []  # before: the brackets, then the HTML depth
    assert text.count("- Fix ") == 300 and "\n\n- Fix 299 [@dev]" in text  # loose, all kept
    assert "(https://github.com/%3C!----%3Etypes/jest%20in%20/ui%20@bot)" in text
    assert "[" * 600 in text  # code is never changed
    assert any("made loose" in w for w in export.articles[0].warnings)


@pytest.mark.parametrize("site, mask, offered", [
    ("docs.crowdsec.net", "c***@c***.net", "crowdsec.net"),  # before: no offer (`d***.net`)
    ("docs.crowdsec.net", "d***@d***.net", "docs.crowdsec.net"),
    ("acme.github.io", "g***@g***.io", None),  # never a shared host's suffix
    ("help.example", "e***@e***.example", None),  # a bare suffix is no one's domain
])
def test_the_summary_offers_the_owners_domain_of_a_docs_host(site: str, mask: str,
                                                             offered: str | None) -> None:
    """CrowdSec's `username : 'crowdsec@crowdsec.net'` was found on a site whose settings name
    docs.crowdsec.net: the summary offered nothing, so a reviewer accepted it line by line."""
    finding = Problem("content/articles/a.md", 3, "error", f"e-mail address ({mask}) would be"
                      " published: remove it")
    summary = ImportReport("markdown", dry_run=True, gate=[finding],
                           own_domains=[site]).summary()
    assert (f"allow_domains: [{offered}]" in summary) if offered else \
        "allow_domains" not in summary


def test_a_docs_plugin_of_a_translated_site_is_said_left_out(tmp_path: Path) -> None:
    config = DOCUSAURUS["docusaurus.config.ts"].replace(
        "const config = {", "const config = {\n  i18n: { locales: ['en', 'de'] },")
    files = {**DOCUSAURUS, "docusaurus.config.ts": config,
             "i18n/de/docusaurus-plugin-content-docs/current/intro.md":
             "# Einführung\n\nWas es ist.\n"}
    write_files(tmp_path, files)
    export = markdown_site.read(tmp_path)
    assert "Start" not in {a.title for a in export.articles}
    assert "Docusaurus docs plugin unversioned/ (at /u/) not imported: on a site of several" \
        " languages only the main docs are; import that folder on its own." in export.notes
