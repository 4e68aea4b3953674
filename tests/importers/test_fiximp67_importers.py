"""rev67's findings on imp67's importers. 15: a Docusaurus configuration that takes its object
(and so its `i18n`) from another file (`...base`, `Object.assign`, `merge(base, ...)`) lost
every translation on m67 (read as "no i18n: en only"). 21: Starlight's `_`-prefixed page files
(its docs loader's glob `**/[^_]*.md` skips them: partials, staff-only snippets) became published
articles. 22: Starlight's one-line tabs were called "Docusaurus tab"s, an aside before a
page's text became its summary, and `sidebar.order`, which orders the pages, was said to be
dropped. One read of each small site, shared."""

from __future__ import annotations

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.docusaurus_locales import listed_locales
from kbgen.importers.model import Export
from kbgen.importers.plan import Planner, first_sentence
from tests.conftest import write_files

_PLAIN_TS = "import type {Config} from '@docusaurus/types';\n"


@pytest.mark.parametrize("config", [
    _PLAIN_TS + "import base from './config/base';\nconst config: Config = {\n  ...base,\n"
    "  title: 'Acme',\n};\nexport default config;\n",
    "const base = require('./base.config');\nmodule.exports = {...base, title: 'Acme'};\n",
    "module.exports = { ...require('./shared'), title: 'Acme' };\n",
    "const shared = require('@acme/docs-config');\nmodule.exports = Object.assign({}, shared,"
    " {title: 'Acme'});\n",
    "import merge from 'lodash/merge';\nimport shared from '@acme/docs-config';\n"
    "export default merge(shared, {title: 'Acme'});\n",
    "import shared from '@acme/docs-config';\nconst config = {...shared, title: 'Acme'};\n"
    "export default config;\n",
    "import {withAcme} from '@acme/docs-config';\nexport default withAcme({title: 'Acme'});\n",
    "module.exports = require('./docusaurus.base.js');\n",
    "export {default} from './config/base';\n",
    "export * from '../shared/docusaurus.config';\n",
    "import shared from '@acme/docs-config';\nexport default shared;\n",
    "const config = createConfig({title: 'Acme'});\nmodule.exports = config;\n",
    "export default async function createConfig() {\n  const base = (await import('./base.mjs'))"
    ".default;\n  return {...base, title: 'Acme'};\n}\n",
    "const config = {title: 'Acme'};\nObject.assign(config, require('./locales.js'));\n"
    "module.exports = config;\n",
    "module.exports = presets.acme;\n",
])
def test_a_configuration_built_from_another_file_reads_every_translation(config: str) -> None:
    assert listed_locales(config) is None  # unknown: every folder read, as main did


@pytest.mark.parametrize("config", [
    "module.exports = {title: 'Acme', url: 'https://acme.example'};\n",
    _PLAIN_TS + "import {themes as prismThemes} from 'prism-react-renderer';\n"
    "const config: Config = {\n  title: 'Acme',\n  presets: [['classic', {docs: {sidebarPath:"
    " './sidebars.ts'}}]],\n  prism: {theme: prismThemes.github},\n};\nexport default config;\n",
    "const lightCodeTheme = require('prism-react-renderer/themes/github');\n"
    "/** @type {import('@docusaurus/types').Config} */\nconst config = {\n  title: 'Acme',\n"
    "  presets: [['classic', {docs: {sidebarPath: require.resolve('./sidebars.js')}}]],\n};\n"
    "module.exports = config;\n",
    "export default {title: 'Acme'} satisfies Config;\n",
    "export default async function createConfig() {\n  return {title: 'Acme'};\n}\n",
    "export default () => ({title: 'Acme'});\n",
    _PLAIN_TS + "const config: Config = {title: 'Acme'};\nexport default config;\n",
    "// the docs in English only\nmodule.exports = {\n  title: 'Acme', tagline: 'Help',\n};\n",
    "import remarkMath from 'remark-math';\nexport default {title: 'Acme', presets: [['classic',"
    " {docs: {remarkPlugins: [remarkMath]}}]]};\n",
    "export default {title: 'Acme', themeConfig: {navbar: {items: [{to: '/docs', label: 'Docs'}"
    "]}}};\n",
])
def test_a_configuration_complete_without_i18n_publishes_english_only(config: str) -> None:
    assert listed_locales(config) == frozenset({"en"})


@pytest.fixture(scope="module")
def shared_i18n(tmp_path_factory: pytest.TempPathFactory) -> Export:
    root = tmp_path_factory.mktemp("du67")  # rev67's /tmp/rev67/du67
    write_files(root, {
        "docusaurus.config.ts": _PLAIN_TS + "import base from './config/base';\n\n"
        "const config: Config = {\n  ...base,\n  title: 'Acme Docs',\n  url:"
        " 'https://docs.acme.com',\n  baseUrl: '/',\n};\nexport default config;\n",
        "config/base.ts": "export default {\n  i18n: {defaultLocale: 'en', locales: ['en', 'fr',"
                          " 'de']},\n};\n",
        "docs/reset.md": "# Reset\n\nHold the button.\n",
        "i18n/fr/docusaurus-plugin-content-docs/current/reset.md": "# Réinitialiser\n\nTenez.\n",
        "i18n/de/docusaurus-plugin-content-docs/current/reset.md": "# Zurücksetzen\n\nHalten.\n",
    }, dedent_yaml=False)
    return markdown_site.read(root)


def test_translations_of_a_shared_i18n_are_imported(shared_i18n: Export) -> None:
    assert sorted(shared_i18n.translations) == ["de", "fr"], shared_i18n.skipped
    assert not [origin for origin, _ in shared_i18n.skipped if origin.startswith("i18n/")]


STARLIGHT = {
    "astro.config.mjs": "import { defineConfig } from 'astro/config';\n"
                        "import starlight from '@astrojs/starlight';\n\nexport default"
                        " defineConfig({\n  integrations: [\n    starlight({\n      title: 'Acme',"
                        "\n      sidebar: [{ label: 'Guides', autogenerate: { directory: 'guides'"
                        " } }],\n    }),\n  ],\n});\n",
    "src/content/docs/guides/_snippet.md": "Internal snippet for support staff only.\n",
    "src/content/docs/guides/_staff-notes.mdx": "---\ntitle: Staff notes\n---\n\nCall 555.\n",
    "src/content/docs/guides/_index.md": "---\ntitle: Guides\n---\n\nNot a page.\n",
    "src/content/docs/_internal/escalation.md": "---\ntitle: Escalation\n---\n\nA page.\n",
    "src/content/docs/fr/guides/_extrait.md": "Extrait interne.\n",
    "src/content/docs/guides/deep/er/_draft.md": "---\ntitle: Draft\n---\n\nNot yet.\n",
    "src/content/docs/guides/__init.md": "Python-style name.\n",
    "src/content/docs/guides/_.md": "Only an underscore.\n",
    "src/content/docs/guides/_partials/notice.md": "---\ntitle: Notice\n---\n\nRead.\n",
    "src/content/docs/guides/snake_case_name.md": "---\ntitle: Snake\n---\n\nHiss.\n",
    "src/content/docs/guides/end_.md": "---\ntitle: End\n---\n\nOver.\n",
    "src/content/docs/guides/shared.mdx": "---\ntitle: Shared\n---\nimport Notice from"
                                          " './_notice.mdx';\n\nBefore.\n\n<Notice />\n",
    "src/content/docs/guides/_notice.mdx": "Back up your data first.\n",
    "src/content/docs/guides/wifi.md": "---\ntitle: Wi-Fi drops every hour\nsidebar:\n  order: 2"
                                       "\n---\n:::tip[Before you start]\nUpdate the firmware.\n"
                                       ":::\n\nChange the channel to 6.\n",
    "src/content/docs/guides/sound.md": "---\ntitle: No sound\nsidebar:\n  order: 1\n  label:"
                                        " Sound\n  badge: New\n---\n<Aside type=\"caution\">"
                                        "Mind the volume.</Aside>\n\nTurn it up.\n",
    "src/content/docs/guides/reset.mdx": "---\ntitle: Reset\n---\nimport { Tabs, TabItem } from"
                                         " '@astrojs/starlight/components';\n\nReset it.\n\n"
                                         "<Tabs>\n  <TabItem label=\"Android\">Tap the menu."
                                         "</TabItem>\n  <TabItem label=\"iOS\">Tap **More**."
                                         "</TabItem>\n</Tabs>\n\n<Tabs><TabItem label=\"Web\">"
                                         "Click.</TabItem></Tabs>\n",
    "src/content/docs/guides/only-aside.md": "---\ntitle: Only an aside\n---\n:::note\n"
                                             "Nothing else here.\n:::\n",
}


Starlight = tuple[Export, dict[str, str], dict[str, str]]
"""The export, each article's warnings, each article's summary."""


@pytest.fixture(scope="module")
def starlight(tmp_path_factory: pytest.TempPathFactory) -> Starlight:
    root = tmp_path_factory.mktemp("sl67")  # rev67's /tmp/rev67/sl67, and variants
    write_files(root, STARLIGHT, dedent_yaml=False)
    export = markdown_site.read(root)
    plan = Planner(export, root / "kb" / "content").make()
    summaries = {planned.source.title: next(
        (line[len("summary: "):] for line in planned.text.splitlines()
         if line.startswith("summary: ")), "") for planned in plan.articles}
    return export, {a.title: " | ".join(a.warnings) for a in export.articles}, summaries


@pytest.mark.parametrize("origin", [
    "src/content/docs/guides/_snippet.md", "src/content/docs/guides/_staff-notes.mdx",
    "src/content/docs/guides/_index.md", "src/content/docs/fr/guides/_extrait.md",
    "src/content/docs/guides/deep/er/_draft.md", "src/content/docs/guides/__init.md",
    "src/content/docs/guides/_.md", "src/content/docs/guides/_notice.mdx"])
def test_an_underscored_file_is_no_page(starlight: Starlight,
                                        origin: str) -> None:
    export = starlight[0]
    skipped = dict(export.skipped + [
        skip for translation in export.translations.values() for skip in translation.skipped])
    assert "Starlight partial" in skipped.get(origin, ""), skipped
    bodies = [a.body for a in export.articles] + [
        a.body for t in export.translations.values() for a in t.articles]
    assert not [b for b in bodies if "Internal snippet" in b or "Call 555" in b
                or "Not a page" in b or "Extrait interne" in b or "Not yet." in b
                or "Only an underscore" in b or "Python-style" in b]


@pytest.mark.parametrize("title", ["Escalation", "Notice", "Snake", "End", "Shared"])
def test_other_names_are_read_as_starlight_does(starlight: Starlight, title: str) -> None:
    assert title in [a.title for a in starlight[0].articles]  # `_` folders, `_` inside names


def test_a_partial_shows_in_the_page_that_imports_it(starlight: Starlight) -> None:
    body = next(a.body for a in starlight[0].articles if a.title == "Shared")
    assert "Back up your data first." in body, body


def test_starlight_tabs_are_named_starlights(starlight: Starlight) -> None:
    export, warnings, _ = starlight
    said = warnings["Reset"]
    assert "Docusaurus" not in said and "Starlight tabs" in said and "(3×)" in said, said
    body = next(a.body for a in export.articles if a.title == "Reset")
    assert "**Android**" in body and "Tap the menu." in body and "**Web**" in body
    assert "<Tab" not in body, body


def test_sidebar_order_is_carried_over(starlight: Starlight) -> None:
    warnings = starlight[1]
    assert "sidebar" not in warnings["Wi-Fi drops every hour"], warnings
    said = warnings["No sound"]
    assert "front matter not carried over: sidebar.badge, sidebar.label" in said, said


@pytest.mark.parametrize(("body", "summary"), [
    ('!!! tip "Before you start"\n\n    Update the firmware.\n\nChange the channel to 6.\n',
     "Change the channel to 6."),
    ("!!! warning\n    Signs you out.\nReset it here.\n", "Reset it here."),
    ('??? note "More"\n    Hidden.\n\nOpen it.\n', "Open it."),
    ('???+ note\n\n    Shown.\n\n    Two.\n\n## Steps\n\nPress A.\n', "Press A."),
    ("!!! note\n\n    Only a note.\n", "Only a note."),
    ("Text first.\n\n!!! note\n\n    Later.\n", "Text first."),
    ("- item one.\n\n    !!! tip\n\n        In a list.\n", "item one."),
    ('!!! danger "Stop"\n\n    ```\n    code\n    ```\n\n    More.\n\nThe real text.\n',
     "The real text."),
])
def test_a_side_note_before_the_text_is_no_summary(body: str, summary: str) -> None:
    assert first_sentence(body) == summary


@pytest.mark.parametrize(("title", "summary"), [
    ("Wi-Fi drops every hour", "Change the channel to 6."), ("No sound", "Turn it up."),
    ("Only an aside", "Nothing else here.")])
def test_the_imported_summary_skips_the_aside(starlight: Starlight, title: str,
                                              summary: str) -> None:
    assert starlight[2][title] == summary, starlight[2]
