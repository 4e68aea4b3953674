"""Session 67's Starlight leftovers (issue 19): a Markdoc page (`.mdoc`, Starlight's
`@astrojs/starlight-markdoc` preset) was not read at all (links to it left as text), the
sidebar's `translations` of its labels were not read (a German site's categories in English)
and a group's label over an `autogenerate`d folder was not its category's title (the folder's
name was). One read of one small site written in the syntax of Starlight's own docs, shared."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import markdown
import pytest

from kbgen.importers import markdown_site
from kbgen.importers.model import Export
from kbgen.importers.plan import Plan, Planner
from kbgen.importers.starlight import label_translations, markdoc_components, rewrite
from kbgen.importers.translated import plan_translations
from tests.conftest import write_files

CONFIG = """\
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import markdoc from '@astrojs/markdoc';

export default defineConfig({
  integrations: [
    markdoc(),
    starlight({
      title: 'Hub help',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        de: { label: 'Deutsch', lang: 'de' },
        'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
      },
      sidebar: [
        { label: 'Start here', translations: { de: 'Hier anfangen', 'pt-BR': 'Comece aqui' },
          items: ['start', { label: 'Pair the hub', translations: { de: 'Hub koppeln' },
                             slug: 'pair' }] },
        { label: 'Troubleshooting', translations: { de: 'Fehlerbehebung' },
          autogenerate: { directory: 'fixes' } },
      ],
    }),
  ],
});
"""

RED_LIGHT = """\
---
title: Red light
---

{% aside type="caution" title="Careful" %}
Unplug the hub **first**.
{% /aside %}

{% tabs %}
{% tabitem label="Android" %}
Tap **Add**.
{% /tabitem %}
{% tabitem label="iPhone" %}
Open Settings.
{% /tabitem %}
{% /tabs %}

{% steps %}
1. Plug in.
2. Wait.
{% /steps %}

- {% badge text="New" variant="tip" /%} colours

{% cardgrid %}
{% linkcard title="Pair the hub" href="/pair/" description="Connect it." /%}
{% card title="Lights" icon="star" %}
What the colours mean.
{% /card %}
{% /cardgrid %}

{% linkbutton href="/start/" variant="minimal" %}Start again{% /linkbutton %}

{% partial file="src/_shared/contact.mdoc" /%}

```markdoc
{% aside %}Shown as code.{% /aside %}
```

```js title="hub.js" ins={2} frame="terminal"
const a = 1;
const b = 2;
```
"""

SITE = {
    "astro.config.mjs": CONFIG,
    "src/content/docs/start.mdx": "---\ntitle: Start\n---\n\nSee [it](/fixes/red-light/),"
                                  " [home](../), [German](/de/).\n",
    "src/content/docs/pair.md": "---\ntitle: Pair the hub\n---\n\nHold the button.\n",
    "src/content/docs/fixes/red-light.mdoc": RED_LIGHT,
    "src/content/docs/fixes/no-sound.md": "---\ntitle: No sound\n---\n\nTurn it up.\n",
    "src/content/docs/de/start.mdx": "---\ntitle: Los geht's\n---\n\nLade den Hub. Siehe"
                                     " [rot](/de/fixes/red-light/#fix), [koppeln](../pair/),"
                                     " [weg](/de/nirgends/), [Ton](../fixes/no-sound/),"
                                     " [Licht](../fixes/red-light/), [Heim](/de/#top).\n",
    "src/content/docs/de/pair.md": "---\ntitle: Hub verbinden\n---\n\nHalten.\n",
    "src/content/docs/de/fixes/no-sound.md": "---\ntitle: Kein Ton\n---\n\nLauter.\n",
    "src/content/docs/pt-br/fixes/red-light.mdoc": "---\ntitle: Luz vermelha\n---\n\n"
                                                   "{% aside %}Desligue.{% /aside %}\n",
    "src/content/docs/pt-br/pair.md": "---\ntitle: Parear\n---\n\nSegure.\n",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Path, dict[str, Plan]]:
    root = tmp_path_factory.mktemp("starlight68")
    write_files(root, SITE, dedent_yaml=False)
    export = markdown_site.read(root)
    planner = Planner(export, root / "kb" / "content")
    plans = {"en": planner.make()}
    plans.update(plan_translations(export, planner, root / "kb" / "translations", []))
    return export, root / "kb", plans


@pytest.fixture(scope="module")
def export(read: tuple[Export, Path, dict[str, Plan]]) -> Export:
    return read[0]


def _body(export: Export, title: str) -> str:
    return next(article.body for article in export.articles if article.title == title)


def test_a_markdoc_page_is_an_article(export: Export) -> None:
    red = next(a for a in export.articles if a.title == "Red light")
    assert red.category == "fixes" and "/fixes/red-light/" in red.old_urls  # links lead to it


def test_markdoc_tags_become_markdown(export: Export) -> None:
    body = _body(export, "Red light")
    assert '!!! warning "Careful"\n\n    Unplug the hub **first**.\n' in body
    assert "Tap **Add**.\n\n**iPhone**" in body  # a label no part of the tab before
    assert "1. Plug in.\n2. Wait." in body and "- *New* colours" in body
    assert "[Pair the hub](/pair/): Connect it." in body or "(../pair.md): Connect it." in body
    assert "**Lights**" in body and "Start again" in body
    assert "{% partial" not in body and "{%" not in body.split("```markdoc")[0]
    assert "```markdoc\n{% aside %}Shown as code.{% /aside %}\n```" in body
    assert '```js title="hub.js"\n' in body


def test_markdoc_page_renders(export: Export) -> None:
    html = markdown.markdown(_body(export, "Red light"),
                             extensions=["admonition", "fenced_code"])
    assert html.count('<div class="admonition') == 1 and "{%" not in html.split("<pre")[0]
    assert "<p>Tap <strong>Add</strong>.</p>" in html and "<p><strong>iPhone</strong></p>" in html


def test_the_summary_names_the_tag_it_could_not_read(export: Export) -> None:
    red = next(a for a in export.articles if a.title == "Red light")
    assert any('partial file="src/_shared/contact.mdoc" %} not found' in warning
               for warning in red.warnings), red.warnings  # the file is not there


def test_a_groups_label_titles_its_folder(export: Export) -> None:
    assert export.categories["fixes"].title == "Troubleshooting"
    assert export.categories["nav: Start here"].title == "Start here"


@pytest.mark.parametrize(("code", "key", "title"), [
    ("de", "fixes", "Fehlerbehebung"),
    ("de", "nav: Start here", "Hier anfangen"),
    ("pt", "nav: Start here", "Comece aqui"),  # `pt-BR` for the `pt-br` folder
    ("pt", "fixes", "Troubleshooting"),  # no translation given: as Starlight shows it
])
def test_a_translations_categories_in_its_words(export: Export, code: str, key: str,
                                                title: str) -> None:
    assert export.translations[code].categories[key].title == title


def test_a_translated_page_keeps_its_title(export: Export) -> None:
    german = {a.translates: a.title for a in export.translations["de"].articles}
    assert german["src/content/docs/pair.md"] == "Hub koppeln"  # the sidebar's German label
    titles = {a.translates: a.title for a in export.translations["pt"].articles}
    assert titles["src/content/docs/pair.md"] == "Parear"  # not the English label
    assert titles["src/content/docs/fixes/red-light.mdoc"] == "Luz vermelha"


@pytest.mark.parametrize(("text", "made"), [
    ('{% aside %}\nPlain.\n{% /aside %}', "!!! note\n\n    Plain."),
    ('{% aside type="danger" %}Careful.{% /aside %}', "!!! danger\n\n    Careful."),
    ("{% aside type='tip' title='Hint' %}\nA.\n\nB.\n{% /aside %}",
     '!!! tip "Hint"\n\n    A.\n\n    B.'),
    ('{%aside type="note"%}\nN.\n{%/aside%}', "!!! note\n\n    N."),
    ('{% badge text="Beta" /%}', "*Beta*"),
    ('{% icon name="star" /%} Stars', "Stars"),
    ('{% linkbutton href="/a/" %}Go{% /linkbutton %}', "[Go](/a/)"),
    ('{% linkcard title="A" href="/a/" /%}', "[A](/a/)"),
    ("{% filetree %}\n- src/\n  - index.md\n{% /filetree %}", "- src/\n  - index.md"),
    ('{% if $flags.beta %}\nBeta only.\n{% /if %}', "Beta only."),
])
def test_markdoc_variants(text: str, made: str) -> None:
    body = rewrite(f"Before.\n\n{text}\n\nAfter.\n", markdoc=True)[0]
    assert made in body and "{%" not in body, body


@pytest.mark.parametrize("text", [
    "`{% aside %}`", "```\n{% aside %}x{% /aside %}\n```", "~~~md\n{% badge text=\"x\" /%}\n~~~",
])
def test_markdoc_in_code_stays(text: str) -> None:
    assert markdoc_components(text)[0] == text


def test_an_mdx_page_keeps_liquid_like_text() -> None:
    text = "Type {% raw %} in the field.\n"
    assert rewrite(text)[0] == text  # only a Markdoc page's tags are read


def test_label_translations_nested_and_cased() -> None:
    found = label_translations("sidebar: [{label: 'A', translations: {'zh-CN': '甲'}, items: ["
                               "{label: 'B', translations: {fr: 'Bé'}, link: '/b/'}]}]")
    assert found == {"A": {"zh-cn": "甲"}, "B": {"fr": "Bé"}}


def test_a_link_to_a_page_not_translated_leads_to_the_default_languages(
        read: tuple[Export, Path, dict[str, Plan]]) -> None:
    """Starlight shows the English page at `/de/fixes/red-light/`: the German start page's link
    leads to the English article's file; one to a German page to the German article."""
    _, project, plans = read
    english = {p.source.title: p.src_uri for p in plans["en"].articles}
    start = next(p for p in plans["de"].articles if p.source.title == "Los geht's")
    links = dict(re.findall(r"\[(\w+)\]\(([^)]*)\)", start.text))
    here = posixpath.dirname(f"translations/de/{start.src_uri}")
    red, anchor = links["rot"].split("#")
    assert posixpath.normpath(posixpath.join(here, red)) == f"content/{english['Red light']}"
    assert anchor == "fix"
    light = posixpath.normpath(posixpath.join(here, links["Licht"]))  # from `/de/start/`
    assert light == f"content/{english['Red light']}"
    german = {p.source.title: p.src_uri for p in plans["de"].articles}
    assert links["Ton"] == posixpath.relpath(german["Kein Ton"], posixpath.dirname(start.src_uri))
    assert links["koppeln"] == posixpath.relpath(german["Hub koppeln"],
                                                 posixpath.dirname(start.src_uri))
    assert "weg" not in links and "[weg]" not in start.text  # no page anywhere: text
    assert any("/de/nirgends/" in w for w in start.source.warnings)
    assert (project / "content").name == "content"


def test_a_link_to_the_old_home_leads_to_kbgens(read: tuple[Export, Path, dict[str, Plan]]
                                                ) -> None:
    """The splash home (`index.mdx`) is skipped: kbgen's home stands at its address."""
    _, _, plans = read
    german = next(p for p in plans["de"].articles if p.source.title == "Los geht's")
    links = dict(re.findall(r"\[(\w+)\]\(([^)]*)\)", german.text))
    assert links["Heim"] == posixpath.relpath("index.md", posixpath.dirname(german.src_uri)) \
        + "#top"  # translations/de/index.md
    english = next(p for p in plans["en"].articles if p.source.title == "Start")
    links = dict(re.findall(r"\[(\w+)\]\(([^)]*)\)", english.text))
    assert links["home"] == posixpath.relpath("index.md", posixpath.dirname(english.src_uri))
    assert "German" not in links  # another language's home: no page of this one (text)
