"""rev68's findings 14 and 15 (a new user importing a Starlight Markdoc site and an mdBook
book): on m68 `{% $frontmatter.title %}` left `Welcome, .`, `{% partial %}` lost its file's
text (said "text kept"), `{% table %}` became a list with a rule in it, a page's link to its
own translation was kept as text; a suffix chapter after a part went into the first part's
category, a draft chapter vanished from the summary, a missed redirect did not say where its
relative target led. One read of one small site and one small book, shared."""

from __future__ import annotations

import posixpath
import re

import markdown
import pytest

from kbgen.importers import markdown_site
from kbgen.importers.markdoc import fill
from kbgen.importers.mdbook import summary_read
from kbgen.importers.model import Export
from kbgen.importers.other_languages import OtherLanguages
from kbgen.importers.plan import Plan, Planner
from kbgen.importers.translated import plan_translations
from tests.conftest import write_files

CONFIG = """\
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import markdoc from '@astrojs/markdoc';

export default defineConfig({
  integrations: [markdoc(), starlight({
    title: 'Hub help', defaultLocale: 'root',
    locales: { root: { label: 'English', lang: 'en' }, de: { label: 'Deutsch', lang: 'de' } },
  })],
});
"""

START = """\
---
title: Start here
---

Welcome, {% $frontmatter.title %}. Version {% $env.version %} is out.

{% partial file="contact.mdoc" /%}

{% table %}
* Light
* Meaning
---
* Red
* Offline, see `hub status`
---
* Blue | green
* Pairing
{% /table %}

See the [German page](/de/start/) and [its steps](/de/start/#steps), [Spanish](/es/start/).
"""

SITE = {
    "astro.config.mjs": CONFIG,
    "src/content/docs/start.mdoc": START,
    "src/partials/contact.mdoc": "Call support on the number in the app.\n",
    "src/content/docs/red.md": "---\ntitle: Red light\n---\n\nSee [Deutsch](../de/start/).\n",
    "src/content/docs/de/start.mdoc": "---\ntitle: Hier anfangen\n---\n\n## Schritte\n\nLos.\n",
}

SUMMARY = """\
# Summary

[Introduction](README.md)

# User guide

- [Getting started](guide/start.md)
    - [Nested draft]()
- [Draft chapter]()

# Reference

- [Configuration file](reference.md)

[Changelog](changelog.md)
"""

BOOK = {
    "book.toml": '[book]\ntitle = "Handbook"\n\n[output.html.redirect]\n'
                 '"/old/reset.html" = "guide/reset.html"\n'
                 '"/old-start.html" = "guide/start.html"\n',
    "src/SUMMARY.md": SUMMARY,
    "src/README.md": "# Introduction\n\nHello.\n",
    "src/guide/start.md": "# Getting started\n\nPlug it in.\n",
    "src/reference.md": "# Configuration file\n\nKeys.\n",
    "src/changelog.md": "# Changelog\n\n1.0.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, dict[str, Plan]]:
    root = tmp_path_factory.mktemp("fiximp68sl")
    write_files(root, SITE, dedent_yaml=False)
    export = markdown_site.read(root)
    content, translations = root / "kb" / "content", root / "kb" / "translations"
    planner = Planner(export, content)
    planner.plan.references.other_languages = OtherLanguages(
        planner.plan.references, export, content, translations).link
    plans = {"en": planner.make()}
    plans.update(plan_translations(export, planner, translations, []))
    return export, plans


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Export:
    root = tmp_path_factory.mktemp("fiximp68book")
    write_files(root, BOOK, dedent_yaml=False)
    return markdown_site.read(root)


def _start(site: tuple[Export, dict[str, Plan]]) -> tuple[str, list[str]]:
    article = next(a for a in site[0].articles if a.title == "Start here")
    return article.body, article.warnings


def test_front_matter_variable_filled(site: tuple[Export, dict[str, Plan]]) -> None:
    body, warnings = _start(site)
    assert "Welcome, Start here." in body
    assert "Version `$env.version` is out." in body  # whole, and said
    assert any("$env.version" in w and "cannot fill" in w for w in warnings), warnings


def test_partial_filled(site: tuple[Export, dict[str, Plan]]) -> None:
    body, warnings = _start(site)
    assert "Call support on the number in the app." in body
    assert any("partials" in w and "contact.mdoc" in w for w in warnings), warnings
    assert not any("text kept" in w and "partial" in w for w in warnings), warnings


def test_table_is_a_table(site: tuple[Export, dict[str, Plan]]) -> None:
    body, _ = _start(site)
    html = markdown.markdown(body, extensions=["tables"])
    assert "<th>Light</th>" in html and "<td>Offline, see <code>hub status</code></td>" in html
    assert "<td>Blue | green</td>" in html and "<hr" not in html and "<li>" not in html


def test_link_to_own_translation(site: tuple[Export, dict[str, Plan]]) -> None:
    _, plans = site
    start = next(p for p in plans["en"].articles if p.source.title == "Start here")
    german = next(p for p in plans["de"].articles if p.source.title == "Hier anfangen")
    links = dict(re.findall(r"\[([\w ]+)\]\(([^)]*)\)", start.text))
    here = posixpath.dirname(f"content/{start.src_uri}")
    assert posixpath.normpath(posixpath.join(here, links["German page"])) \
        == f"translations/de/{german.src_uri}"
    assert links["its steps"].endswith(".md#steps")
    assert "Spanish" not in links  # no such language: kept as text, said
    red = next(p for p in plans["en"].articles if p.source.title == "Red light")
    relative = dict(re.findall(r"\[(\w+)\]\(([^)]*)\)", red.text))["Deutsch"]  # `../de/start/`
    assert posixpath.normpath(posixpath.join(posixpath.dirname(f"content/{red.src_uri}"),
                                             relative)) == f"translations/de/{german.src_uri}"


@pytest.mark.parametrize(("text", "made"), [
    ("Hi {% $frontmatter.title %}!", "Hi Page!"),
    ("Hi {%$frontmatter.title%}!", "Hi Page!"),
    ("By {% $frontmatter.author.name %}.", "By Ann."),
    ("N {% $frontmatter.count %}.", "N 3."),
    ("Hi {% $frontmatter.missing %}!", "Hi `$frontmatter.missing`!"),
    ("Flag {% $frontmatter.draft %}.", "Flag `$frontmatter.draft`."),  # not text
    ("Hi {% $user %}!", "Hi `$user`!"),
    ("`{% $frontmatter.title %}`", "`{% $frontmatter.title %}`"),
    ("```\n{% $frontmatter.title %}\n```", "```\n{% $frontmatter.title %}\n```"),
    ('{% partial file="p.mdoc" /%}', "Part text."),
    ("{% partial file='p.mdoc' /%}", "Part text."),
    ('{% partial file="src/partials/p.mdoc" /%}', "Part text."),
    ('{% partial file="./near.mdoc" /%}', "Near text."),
    ('{% partial file="outer.mdoc" /%}', "Outer Part text."),
    ('{% partial file="hello.mdoc" variables={name: "Ann"} /%}', "Hello Ann."),
    ('{% partial file="self.mdoc" /%}', "Again"),
    ('{% partial file="../../../etc/passwd" /%}', ""),
    ('{% partial file="none.mdoc" /%}', ""),
    ('```\n{% partial file="p.mdoc" /%}\n```', '```\n{% partial file="p.mdoc" /%}\n```'),
    ("{% table %}\n* A\n* B\n---\n* 1\n{% /table %}", "| A | B |\n| --- | --- |\n| 1 |  |"),
    ("{% table %}\n- A\n---\n- x\n  y\n{% /table %}", "| A |\n| --- |\n| x y |"),
    ("{% table %}\n* A {% colspan=2 %}\n---\n* 1\n{% /table %}", "| A |\n| --- |\n| 1 |"),
    ("```\n{% table %}\n* A\n{% /table %}\n```", "```\n{% table %}\n* A\n{% /table %}\n```"),
])
def test_markdoc_variants(tmp_path_factory: pytest.TempPathFactory, text: str,
                          made: str) -> None:
    root = tmp_path_factory.mktemp("markdoc")
    write_files(root, {
        "src/partials/p.mdoc": "Part text.\n", "src/content/docs/near.mdoc": "Near text.\n",
        "src/partials/outer.mdoc": 'Outer {% partial file="p.mdoc" /%}\n',
        "src/partials/hello.mdoc": "Hello {% $name %}.\n",
        "src/partials/self.mdoc": 'Again {% partial file="self.mdoc" /%}\n',
    }, dedent_yaml=False)
    page = root / "src/content/docs/page.mdoc"
    body, notes = fill(text, page, root, {"title": "Page", "author": {"name": "Ann"},
                                          "count": 3, "draft": True})
    assert body.strip() == made.strip() if made else "Part" not in body, body
    if "none.mdoc" in text or "passwd" in text:
        assert notes.missing and "not found" in notes.lines()[0]


@pytest.mark.parametrize(("summary", "nav", "notes"), [
    ("# S\n\n# P\n\n- [A](a.md)\n\n[S](s.md)\n", [{"P": [{"A": "a.md"}, {"S": "s.md"}]}],
     ["s.md"]),
    ("[P](p.md)\n\n- [A](a.md)\n\n[S](s.md)\n", [{"P": "p.md"}, {"A": "a.md"}, {"S": "s.md"}],
     []),  # no part: all at the top, nothing to say
    ("# S\n\n# P\n\n- [A](a.md)\n\n# Q\n\n- [B](b.md)\n[S](./s.md)\n",
     [{"P": [{"A": "a.md"}]}, {"Q": [{"B": "b.md"}, {"S": "s.md"}]}], ["s.md"]),
    ("# S\n\n- [A](a.md)\n- [D]()\n", [{"A": "a.md"}], ["SUMMARY.md: [D]()"]),
    ("# S\n\n- [A](a.md)\n    - [D *x*]()\n", [{"A": "a.md"}], ["SUMMARY.md: [D *x*]()"]),
    ("```\n- [D]()\n```\n", [], []),
])
def test_summary_notes(summary: str, nav: list[object], notes: list[str]) -> None:
    found, said = summary_read(summary)
    assert found == nav and [where for where, _ in said] == notes, said


def test_suffix_chapter_in_the_last_part(book: Export) -> None:
    changelog = next(a for a in book.articles if a.title == "Changelog")
    reference = next(a for a in book.articles if a.title == "Configuration file")
    assert changelog.category == reference.category
    assert any('after the part "Reference"' in w for w in changelog.warnings)


def test_draft_chapters_skipped(book: Export) -> None:
    skipped = dict(book.skipped)
    assert "draft chapter" in skipped["SUMMARY.md: [Draft chapter]()"]
    assert "SUMMARY.md: [Nested draft]()" in skipped


def test_missed_redirect_names_the_address(book: Export) -> None:
    reason = dict(book.skipped)["book.toml [output.html.redirect]: /old/reset.html"]
    assert "/old/guide/reset.html" in reason, reason
    assert "book.toml [output.html.redirect]: /old-start.html" not in dict(book.skipped)


@pytest.mark.parametrize(("text", "said", "not_said"), [
    ('{% video src="a.mp4" /%}', "hold no text", "text kept"),
    ("{% if $x %}\nShown.\n{% /if %}", "text kept", "hold no text"),
])
def test_removed_tags_said_as_they_are(text: str, said: str, not_said: str) -> None:
    from kbgen.importers.starlight import rewrite

    notes = " ".join(rewrite(f"{text}\n", markdoc=True)[1])
    assert said in notes and not_said not in notes, notes
