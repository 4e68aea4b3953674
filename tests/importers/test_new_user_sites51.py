"""Shapes met moving VitePress' own docs in (imp51; vuejs/vitepress `docs/`, MIT): a VitePress
site (`.vitepress/config.ts`) with `cleanUrls`, `rewrites: {'en/:rest*': ':rest*'}` and one
folder per language; links without `.md` (`./routing#dynamic-routes`); `::: tip Title`
containers; code blocks titled `sh [npm]` or marked `js{4}`; code put in from the site's files
(`<<< @/snippets/init.js`); `[[toc]]`; and a Vue `<script setup>` holding imports. Read from a
small site cut from the real one, no build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.importers import markdown_site
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

## Done

The end.
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
    "zh/reference/site-config.md": "# 站点配置\n\n## 重写 {#rewrites}\n\n文本。\n",
    "snippets/init.js": "export default {\n  title: 'My site'\n}\n",
}


@pytest.fixture(scope="module")
def vitepress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Plan]:
    root = tmp_path_factory.mktemp("vitepress") / "docs"
    write_files(root, SITE)
    export = markdown_site.read(root)
    return export, Planner(export, root.parent / "content").make()


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
    assert "## Done" in body
    said = " ".join(article(export, "Routing").warnings)
    assert "files the old page showed as code (`<<< @/...`) put in (1×)" in said
    assert "not found in the site, or too large: removed (2×)" in said
