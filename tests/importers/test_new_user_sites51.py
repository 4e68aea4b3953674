"""Shapes met moving two real doc sites in (imp51). VitePress' own docs (vuejs/vitepress `docs/`,
MIT): a VitePress
site (`.vitepress/config.ts`) with `cleanUrls`, `rewrites: {'en/:rest*': ':rest*'}` and one
folder per language; links without `.md` (`./routing#dynamic-routes`); `::: tip Title`
containers; code blocks titled `sh [npm]` or marked `js{4}`; code put in from the site's files
(`<<< @/snippets/init.js`); `[[toc]]`; a Vue `<script setup>` holding imports; and a heading id
written `{##id}`. Jekyll's own docs (jekyll/jekyll `docs/`, MIT): the code of conduct published
twice from one text (`conduct.md`, `code_of_conduct.md`), a page whose `title:` was copied
from the page beside it while its first heading names it, and a page at `/team/`, an address
every kbgen site has. Read from small sites cut from the
real ones, no build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.importers import markdown_site
from kbgen.importers import vitepress as vitepress_site
from kbgen.importers.anchors import fix_anchors
from kbgen.importers.model import Export
from kbgen.importers.plan import Plan, Planner
from tests.conftest import write_files

CONFIG = ("import { defineConfig } from 'vitepress'\n\nexport default defineConfig({\n"
          "  title: 'VitePress',\n  rewrites: {\n    'en/:rest*': ':rest*'\n  },\n"
          "  lastUpdated: true,\n  cleanUrls: true,\n})\n")
ROUTING = """---
outline: deep
---

# Routing

## Dynamic Routes

See [the config](../reference/site-config#rewrites) and [home](/guide/).

::: tip Note
Pages are generated at build time.
:::

::: details Show the files
Two files.
:::

::: code-group

```sh [npm]
$ npm add -D vitepress
```

```sh [pnpm]
$ pnpm add -D vitepress
```

:::

```js{4}
export default {
  a: 1,
  b: 2,
  c: 3
}
```

<<< @/snippets/init.js

<<< @/snippets/gone.js

<<< @/../outside.txt

[[toc]]

````md
```js{4} [x.js]
<<< @/snippets/init.js
[[toc]]
```
````

<script setup>
import ModalDemo from '../../components/ModalDemo.vue'
import ComponentInHeader from '../../components/ComponentInHeader.vue'
</script>

## Done {#finished}

The end. [Back](#dynamic-routes), [done](#done).
"""
SITE = {
    "../outside.txt": "a file beside the site, never read\n",
    ".vitepress/config.ts": CONFIG,
    "en/index.md": "---\nlayout: home\n---\n",
    "en/guide/index.md": "# Guide\n\nStart [routing](./routing).\n",
    "en/guide/routing.md": ROUTING,
    "en/reference/site-config.md": "# Site Config\n\n## Rewrites\n\nSee [routing](../guide/"
                                   "routing#dynamic-routes).\n",
    "zh/guide/routing.md": "# 路由\n\n## 动态路由 {#dynamic-routes}\n\n见 [配置](../reference/"
                           "site-config#rewrites)。\n",
    "zh/reference/site-config.md": "# 站点配置\n\n## 重写 {#rewrites}\n\n文本。\n\n"
                                   "### 标题模板 {##titletemplate}\n\n"
                                   "见 [标题](#titletemplate)。\n",
    "snippets/init.js": "export default {\n  title: 'My site'\n}\n",
}


def read_and_plan(root: Path, files: dict[str, str]) -> tuple[Export, Plan]:
    """The export of a site written from `files` into `root`, and its plan."""
    write_files(root, files)
    export = markdown_site.read(root)
    return export, Planner(export, root.parent / "content").make()


@pytest.fixture(scope="module")
def vitepress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Plan]:
    return read_and_plan(tmp_path_factory.mktemp("vitepress") / "docs", SITE)


def article(export: Export, title: str):  # type: ignore[no-untyped-def]
    return next(a for a in export.articles if a.title == title)


def test_a_vitepress_sites_addresses_are_redirected(vitepress: tuple[Export, Plan]) -> None:
    export, _ = vitepress
    assert article(export, "Routing").old_urls == ["/guide/routing", "/guide/routing.html"]
    assert article(export, "Site Config").old_urls == ["/reference/site-config",
                                                       "/reference/site-config.html"]
    zh = {a.title: a.old_urls for a in export.translations["zh"].articles}
    assert zh["路由"] == ["/zh/guide/routing", "/zh/guide/routing.html"]  # before: none


def test_links_without_md_lead_to_the_articles(vitepress: tuple[Export, Plan]) -> None:
    _, plan = vitepress
    texts = {a.source.title: a.text for a in plan.articles}
    assert "[the config](../reference/site-config.md#rewrites)" in texts["Routing"]
    assert "[routing](../guide/routing.md#dynamic-routes)" in texts["Site Config"]


def test_vitepress_markdown_becomes_kbgens(vitepress: tuple[Export, Plan]) -> None:
    export, _ = vitepress
    body = article(export, "Routing").body
    assert '!!! tip "Note"\n\n    Pages are generated at build time.' in body
    assert '??? note "Show the files"\n\n    Two files.' in body
    assert "**npm**\n\n```sh\n$ npm add -D vitepress\n```" in body  # before: `sh [npm]`, not
    assert "**pnpm**\n\n```sh\n$ pnpm add" in body  # read as code: `<script>` was HTML
    assert ":::" not in body and "```js\nexport default {\n  a: 1," in body
    assert "```js\nexport default {\n  title: 'My site'\n}\n```" in body  # `<<< @/...`
    assert "beside the site" not in body and "<<< @/snippets/gone.js" not in body
    assert "````md\n```js{4} [x.js]\n<<< @/snippets/init.js\n[[toc]]\n```\n````" in body
    assert body.count("[[toc]]") == 1  # in the example only
    assert "<script" not in body and "</script>" not in body and "ModalDemo" not in body
    assert "## Done {#finished}" in body
    said = " ".join(article(export, "Routing").warnings)
    assert "files the old page showed as code (`<<< @/...`) put in (1×)" in said
    assert "not found in the site, or too large: removed (2×)" in said


def test_a_heading_id_with_a_doubled_hash_is_its_id(vitepress: tuple[Export, Plan]) -> None:
    export, _ = vitepress
    zh = next(a for a in export.translations["zh"].articles if a.title == "站点配置")
    assert "### 标题模板 {#titletemplate}" in zh.body  # before: no id, the link to nowhere
    assert any("`{##id}` given as `{#id}`" in note for note in zh.warnings)


CONDUCT = "## Our Pledge\n\nWe pledge to make participation a harassment-free experience.\n"
JEKYLL = {
    "_config.yml": "collections:\n  docs:\n    permalink: /:collection/:path/\n"
                   "    output: true\n",
    "_docs/code_of_conduct.md": "---\ntitle: Code of Conduct\npermalink: /docs/code_of_conduct/"
                                "\nredirect_from: /conduct/index.html\n---\n\n" + CONDUCT,
    "_docs/conduct.md": "---\ntitle: Code of Conduct\npermalink: /docs/conduct/\nredirect_from:"
                        " /conduct/index.html\neditable: false\n---\n\n" + CONDUCT + "\n",
    "_docs/configuration/default.md": "---\ntitle: Default Configuration\n---\n\nJekyll runs"
                                      " with these options by default.\n",
    "_docs/configuration/incremental-regeneration.md": (
        "---\ntitle: Default Configuration\n---\n\n## Incremental Regeneration\n\nAn"
        " experimental feature.\n"),
    "_docs/configuration/options.md": "---\ntitle: Options\n---\n\nSome options.\n",
    "_docs/configuration/flags.md": "---\ntitle: Options\n---\n\nFlags too.\n",
    "pages/team.md": "---\ntitle: The Jekyll Team\npermalink: /team/\nredirect_from: /people/\n"
                     "---\n\nThe people who keep it going.\n",
}


@pytest.fixture(scope="module")
def jekyll(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Plan]:
    return read_and_plan(tmp_path_factory.mktemp("jekyll") / "docs", JEKYLL)


def test_a_page_published_twice_is_imported_once(jekyll: tuple[Export, Plan]) -> None:
    export, _ = jekyll
    conduct = [a for a in export.articles if a.title == "Code of Conduct"]
    assert len(conduct) == 1  # before: two, one title: `--strict` refused
    assert conduct[0].old_urls == ["/docs/code_of_conduct/", "/conduct/index.html",
                                   "/docs/conduct/"]
    assert ("_docs/conduct.md", "the same title and text as _docs/code_of_conduct.md (a copy"
            " the old site published twice): not imported; its old addresses redirect to that"
            " article") in export.skipped


def test_a_copied_title_gives_way_to_the_pages_heading(jekyll: tuple[Export, Plan]) -> None:
    _, plan = jekyll
    titles = sorted(a.source.title for a in plan.articles if a.category == "configuration")
    assert titles == ["Default Configuration", "Incremental Regeneration", "Options", "Options"]
    flags = next(a for a in plan.articles if a.source.name == "flags")
    assert any("in the same category (kbgen check warns" in w for w in flags.source.warnings)


def test_a_link_by_a_headings_text_leads_to_its_own_id(tmp_path: Path) -> None:
    _, plan = read_and_plan(tmp_path / "docs", SITE)
    fix_anchors(plan.articles)
    routing = next(a for a in plan.articles if a.source.title == "Routing")
    assert "[Back](#dynamic-routes), [done](#finished)" in routing.text  # before: `#done`
    assert any(w.endswith("link to '#done' now ends '#finished', the id of the heading whose"
                          " text it names") for w in routing.source.warnings)


def test_an_address_the_new_site_has_is_not_carried(jekyll: tuple[Export, Plan]) -> None:
    _, plan = jekyll
    team = next(a for a in plan.articles if a.source.title == "The Jekyll Team")
    assert team.redirect_from == ["/people/"]  # before: `/team/` too, which the build refused
    assert "old address '/team/' is a page the new site makes itself: not redirected (the" \
        " build would refuse it); link readers from there if they need it" \
        in team.source.warnings


def test_a_root_locale_keeps_its_pages_and_the_others_translate(tmp_path: Path) -> None:
    root_locale = {(path.removeprefix("en/") if path.startswith("en/") else path): text
                   for path, text in SITE.items()}
    export, _ = read_and_plan(tmp_path / "docs", root_locale)
    assert sorted(a.title for a in export.articles) == ["Guide", "Routing", "Site Config"]
    assert [a.old_urls[0] for a in export.translations["zh"].articles] == [
        "/zh/guide/routing", "/zh/reference/site-config"]


@pytest.mark.parametrize(("path", "config", "expected"), [
    ("guide/a.md", {}, ["/guide/a.html", "/guide/a"]),  # VitePress' default
    ("guide/a.md", {"cleanUrls": True}, ["/guide/a", "/guide/a.html"]),
    ("guide/index.md", {}, ["/guide/"]),
    ("index.md", {"cleanUrls": True}, ["/"]),
    ("en/guide/a.md", {"rewrites": {"en/:rest*": ":rest*"}}, ["/guide/a.html", "/guide/a"]),
    ("packages/pkg/src/docs.md", {"rewrites": {"packages/pkg/src/docs.md": "pkg/index.md"}},
     ["/pkg/"]),
    ("packages/x.md", {"rewrites": {"packages/:rest*": "pkg/:rest*"}}, ["/pkg/x.html", "/pkg/x"]),
    ("other/x.md", {"rewrites": {"packages/:rest*": ":pkg/:rest*/:rest*"}},
     ["/other/x.html", "/other/x"]),  # a pattern it cannot read: the file's own path
])
def test_a_vitepress_pages_address(path: str, config: dict[str, object],
                                   expected: list[str]) -> None:
    assert vitepress_site.old_addresses(path, config) == expected


def test_vitepress_settings_are_read_from_the_configs_text(tmp_path: Path) -> None:
    write_files(tmp_path, {".vitepress/config.mts": "export default {\n  srcDir: './src',\n"
                                                    "  cleanUrls: true,\n  rewrites: {\n"
                                                    "    'a/:rest*': ':rest*',\n  }\n}\n"})
    found = vitepress_site.config_file(tmp_path)
    assert found is not None
    assert vitepress_site.settings(found) == {"cleanUrls": True, "srcDir": "./src",
                                         "rewrites": {"a/:rest*": ":rest*"}}
    assert vitepress_site.source(tmp_path, vitepress_site.settings(found)) == tmp_path / "src"
