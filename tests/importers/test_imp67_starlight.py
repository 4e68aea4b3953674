"""An Astro Starlight site imported as a new user would (issue 19). A trial on Starlight's own
docs (MIT, 36 pages in English and 302 translations in 16 languages) showed, on main: no
Starlight reading (a plain folder), so categories `Src`, `Grammars` and 'Imported articles',
each translation an article of its own (323 articles), 1,304 links to `/guides/x/` left as
text, a `docs/resources/` section dropped as a build folder, tab labels and card titles lost
and `:::tip[Title]` titled `[Title]`. One read of one small site in Starlight's documented
syntax, shared."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from kbgen.importers import markdown_site
from kbgen.importers.model import Export
from kbgen.importers.plan import Planner
from kbgen.importers.starlight import old_address, rewrite
from tests.conftest import write_files

SITE = {
    "astro.config.mjs": """\
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Hub help',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, de: { label: 'Deutsch' } },
      sidebar: [
        { label: 'Start here', items: ['start', { label: 'Pair the hub', slug: 'pair' }] },
        { label: 'Fixes', autogenerate: { directory: 'fixes' } },
        { label: 'Resources', items: [{ autogenerate: { directory: 'resources' } }] },
        { label: 'Elsewhere', link: 'https://example.com/' },
      ],
    }),
  ],
});
""",
    "package.json": '{"dependencies": {"@astrojs/starlight": "^0.30.0", "astro": "^5.0.0"}}',
    "src/content/docs/index.mdx": "---\ntitle: Hub help\ntemplate: splash\n---\n\nWelcome.\n",
    "src/content/docs/start.mdx": """\
---
title: Start
---

import { Aside, Tabs, TabItem } from '@astrojs/starlight/components';
import { Steps, Card, CardGrid, LinkCard } from '@astrojs/starlight/components';

<Aside type="caution" title="Before you start">
Charge the hub for an **hour**.
</Aside>

<Tabs>
  <TabItem label="Android">
  Open the app and tap **Add**.
  </TabItem>
  <TabItem label="iPhone">
  Open Settings, then the hub.
  </TabItem>
</Tabs>

<Steps>

1. Plug in the hub.
2. Wait for the light.

</Steps>

<CardGrid>
  <Card title="Lights" icon="star">
    What the colours mean.
  </Card>
</CardGrid>

<LinkCard title="Pair the hub" href="/pair/" description="Connect it to the app." />

:::tip[Quick fix]
Restart the app.
:::

See [the fixes](/fixes/red-light/).

```mdx
<Aside>Shown as code.</Aside>
```
""",
    "src/content/docs/pair.md": "---\ntitle: Pair the hub\n---\n\nHold the button.\n\n"
                                "    indented code\n",
    "src/content/docs/fixes/red-light.md": "---\ntitle: Red light\nsidebar:\n  order: 2\n---\n\n"
                                           "Restart it.\n",
    "src/content/docs/fixes/no-sound.md": "---\ntitle: No sound\nsidebar:\n  order: 1\n---\n\n"
                                          "Turn it up.\n",
    "src/content/docs/resources/videos.md": "---\ntitle: Videos\n---\n\nWatch them.\n",
    "src/content/docs/de/start.mdx": "---\ntitle: Start\n---\n\nLade den Hub eine Stunde.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, dict[str, str]]:
    root = tmp_path_factory.mktemp("starlight")
    write_files(root, SITE, dedent_yaml=False)
    export = markdown_site.read(root)
    plan = Planner(export, root / "kb" / "content").make()
    return export, {planned.source.title: planned.category for planned in plan.articles}


def _article(export: Export, title: str) -> str:
    return next(article.body for article in export.articles if article.title == title)


def test_the_site_is_read_as_starlight(site: tuple[Export, dict[str, str]]) -> None:
    export, categories = site
    assert sorted(categories) == ["No sound", "Pair the hub", "Red light", "Start", "Videos"]
    assert "imported-articles" not in export.categories  # the splash home is no article
    assert "kbgen makes its own home page" in dict(export.skipped)["src/content/docs/index.mdx"]
    assert [c.title for c in sorted(export.categories.values(), key=lambda c: c.order)][:3] \
        == ["Start here", "Fixes", "Resources"], export.categories
    assert categories["Videos"] == "resources"  # not a build folder: a section


def test_a_translation_is_a_translation(site: tuple[Export, dict[str, str]]) -> None:
    export, categories = site
    assert "de" in export.translations and "de" not in categories.values()
    assert [a.title for a in export.translations["de"].articles] == ["Start"]


def test_the_sidebar_orders_the_pages(site: tuple[Export, dict[str, str]]) -> None:
    export, _ = site
    fixes = [a.title for a in sorted(export.articles, key=lambda a: a.place)
             if a.title in ("No sound", "Red light")]
    assert fixes == ["No sound", "Red light"]  # front matter `sidebar: order:`


def test_old_addresses_and_links(site: tuple[Export, dict[str, str]]) -> None:
    export, _ = site
    start = next(a for a in export.articles if a.title == "Start")
    assert "/start/" in start.old_urls
    assert old_address("fixes/Red-Light") == "/fixes/red-light/"
    assert old_address("guides/index") == "/guides/"


def test_components_become_markdown(site: tuple[Export, dict[str, str]]) -> None:
    body = _article(site[0], "Start")
    assert '!!! warning "Before you start"\n\n    Charge the hub for an **hour**.\n' in body
    assert "**Android**" in body and "**iPhone**" in body and "<Tab" not in body, body
    assert "1. Plug in the hub.\n2. Wait for the light." in body and "<Steps" not in body
    assert "**Lights**" in body and "What the colours mean." in body and "<Card" not in body
    assert "[Pair the hub](/pair/): Connect it to the app." in body
    assert '!!! tip "Quick fix"\n\n    Restart the app.\n' in body and ":::" not in body
    assert "```mdx\n<Aside>Shown as code.</Aside>\n```" in body


def test_the_page_renders_its_admonitions(site: tuple[Export, dict[str, str]]) -> None:
    html = markdown.markdown(_article(site[0], "Start"), extensions=["admonition", "fenced_code"])
    assert html.count('<div class="admonition') == 2 and "<Aside" not in html.replace(
        "&lt;Aside", "")  # the one in code is shown, escaped


def test_markdown_pages_keep_indented_code(site: tuple[Export, dict[str, str]]) -> None:
    assert "    indented code" in _article(site[0], "Pair the hub")


@pytest.mark.parametrize(("text", "made"), [
    ("<Aside>Plain.</Aside>", "!!! note\n\n    Plain."),
    ('<Aside type="danger">Careful.</Aside>', "!!! danger\n\n    Careful."),
    ("<Aside type='tip' title='Hint'>\nA.\n\nB.\n</Aside>", '!!! tip "Hint"\n\n    A.\n\n    B.'),
    (':::note\nN.\n:::', "!!! note\n\n    N."),
    (':::caution[Mind]\nC.\n:::', '!!! warning "Mind"\n\n    C.'),
    ('<LinkButton href="/start/">Get started</LinkButton>', "[Get started](/start/)"),
    ('<Badge text="New" variant="tip" />', "*New*"),
    ('<Icon name="star" /> Stars', "Stars"),
    ("<FileTree>\n- src/\n  - index.md\n</FileTree>", "- src/\n  - index.md"),
])
def test_component_variants(text: str, made: str) -> None:
    assert made in rewrite(f"Before.\n\n{text}\n\nAfter.\n")[0]


@pytest.mark.parametrize(("opening", "made"), [
    ("```mdx \"style={{ fontStyle: 'italic' }}\"", "```mdx"),
    ("```js {2-3} ins={4} del={5}", "```js"),
    ("```js \"return true;\" ins=\"inserted\" del=\"deleted\"", "```js"),
    ("```ts {6-8} /fr/", "```ts"),
    ("```mdx 'title=\"Watch out!\"'", "```mdx"),
    ("```diff lang=\"js\"", "```diff"),
    ("```json title=\"src/en.json\" {2}", "```json title=\"src/en.json\""),
    ("~~~sh frame=\"terminal\"", "~~~sh"),
    ("> ```ts {6}", "> ```ts"),
])
def test_code_fences_lose_expressive_codes_options(opening: str, made: str) -> None:
    fence = "~~~" if opening.startswith("~") else "```"
    closing = f"> {fence}" if opening.startswith(">") else fence
    shown = "> const x = 1;" if opening.startswith(">") else "<Aside>x</Aside>"
    text = f"Before.\n\n{opening}\n{shown}\n{closing}\n"
    body = rewrite(text)[0]
    assert f"\n{made}\n{shown}\n" in body, body
    html = markdown.markdown(body, extensions=["pymdownx.superfences"])
    assert "<pre" in html and "<p>" + fence[0] not in html, html


def test_a_fence_shown_in_a_longer_fence_stays() -> None:
    text = "````md\n```js {2}\ninner\n```\n````\n"
    assert rewrite(text)[0] == text


@pytest.mark.parametrize("text", [
    "```mdx\n<Aside>Code.</Aside>\n```", "`<Badge text=\"x\" />`", "~~~\n:::tip\nx\n:::\n~~~"])
def test_components_in_code_stay(text: str) -> None:
    assert rewrite(text + "\n")[0] == text + "\n"


@pytest.mark.parametrize("opening", ["<Aside>", ":::tip"])
def test_unclosed_asides_are_read_in_linear_time(opening: str) -> None:
    text = f"{opening}\nopen\n" * 20_000
    assert rewrite(text)[0].count(opening) == 20_000


def test_a_folder_of_another_generator_is_not_starlight(tmp_path: Path) -> None:
    write_files(tmp_path, {"astro.config.mjs": "export default {};\n",
                           "src/content/docs/a.md": "# A\n\nText.\n"})
    assert markdown_site.site_of(tmp_path).flavour != "starlight"


def test_help_and_readme_name_starlight() -> None:
    from click.testing import CliRunner

    from kbgen.cli import cli

    shown = CliRunner().invoke(cli, ["import", "--help"]).output
    assert "GitBook, Astro Starlight or mdBook site" in " ".join(shown.split())
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "Astro Starlight (`astro.config.mjs` using `@astrojs/starlight`" in readme
