"""Three Docusaurus shapes the importer missed (issue 19): a doc's link to the blog's list of
posts (`/blog`) stayed text (it leads to the imported news page now); `<Tabs>` written on one
line (`<Tabs><TabItem value="a" label="A">`, a tab's text on the same line) was escaped and
published as text (its tabs are labelled text now, as multi-line ones are); a translated blog
(`i18n/fr/docusaurus-plugin-content-blog/`) was not read (its posts are that language's news
posts now, each beside the post it translates, its old addresses redirected). One import and
one check of one site (the check refuses a link to a missing page; the build makes each
`redirect_from` a redirect page, tests/importers/test_formats.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

SOURCE = {
    "docusaurus.config.js": ("module.exports = {i18n: {defaultLocale: 'en', locales: ['en',"
                             " 'fr']}};\n"),
    "docs/basics/pairing.mdx": """\
---
title: Pair the hub
description: Pair the hub with the app.
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

Read [the release notes](/blog) and [every post](/blog/) first.

<Tabs><TabItem value="android" label="Android">

Open the app.

</TabItem><TabItem value="ios" label="iOS">

Open Settings.

</TabItem></Tabs>

<Tabs groupId="os"><TabItem value="mac" label="macOS">Open Finder.</TabItem>\
<TabItem value="win" label="Windows">Open Explorer.</TabItem></Tabs>

1. Pick your phone:

   <Tabs><TabItem value="a" label="Phone A">

   Hold it near the hub.

   </TabItem></Tabs>

Type `<Tabs><TabItem>` as it is in code.

- Step one: <Tabs><TabItem value="x" label="C++ >= 17">Use g++.</TabItem></Tabs>
- Step two.

| Key | Does |
| --- | --- |
| Mac | <Tabs><TabItem value="q" label="Q">quit</TabItem></Tabs> |
""",
    "blog/2025-03-04-app-3-released.md": ("---\ntitle: App 3.0 is out\ndescription: The third"
                                          " version.\n---\n\nVersion 3.0 is in the stores.\n"),
    "i18n/fr/docusaurus-plugin-content-docs/current/basics/pairing.mdx": (
        "---\ntitle: Appairer le hub\ndescription: Appairer le hub.\n---\n\n"
        "Lisez [les nouveautés](/blog) d'abord.\n"),
    "i18n/fr/docusaurus-plugin-content-blog/2025-03-04-app-3-released.md": (
        "---\ntitle: L'app 3.0 est sortie\ndescription: La troisième version.\n---\n\n"
        "La version 3.0 est disponible.\n"),
}
"""A Docusaurus site in English and French, with a blog in both."""


@dataclass
class Imported:
    output: str
    content: Path
    checked: str

    def text(self, path: str) -> str:
        return (self.content.parent / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The site imported into a new project set to publish both languages, and checked."""
    root = tmp_path_factory.mktemp("docusaurus-blog")
    write_files(root / "old", SOURCE)
    write_files(root / "kb", {
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, fr]\n",
        "content/_data/categories.yml": MINI_CATEGORIES, "content/index.md": "# Home\n",
        "translations/fr/index.md": "# Accueil\n"}, dedent_yaml=False)
    code, output = run_in(root / "kb", "import", str(root / "old"))
    assert code == 0, output
    checked, log = run_in(root / "kb", "check")
    assert checked == 0, log
    return Imported(output, root / "kb" / "content", log)


def test_a_link_to_the_blogs_list_leads_to_the_news_page(imported: Imported) -> None:
    pairing = imported.text("content/articles/basics/pairing.md")
    assert ("Read [the release notes](../../news/index.md) and [every post]"
            "(../../news/index.md) first.") in pairing
    assert "leads to no imported article" not in imported.output, imported.output
    assert "missing" not in imported.checked, imported.checked


def test_tabs_on_one_line_are_labelled_text(imported: Imported) -> None:
    pairing = imported.text("content/articles/basics/pairing.md")
    body = pairing.split("first.\n", 1)[1]
    assert ("**Android**\n\nOpen the app.\n\n**iOS**\n\nOpen Settings.\n\n**macOS**\n\n"
            "Open Finder.\n\n**Windows**\n\nOpen Explorer.\n\n1. Pick your phone:\n\n"
            "    **Phone A**\n\n    Hold it near the hub.\n\n") in body, body
    assert "Type `<Tabs><TabItem>` as it is in code." in body
    # a list item's tabs stay in it, a label holding `>` whole; a table row stays one row
    assert ("- Step one:\n\n    **C++ >= 17**\n\n    Use g++.\n\n- Step two.\n") in body, body
    assert "| Mac | **Q** quit |\n" in body, body
    assert "&lt;" not in body and "<Tab" not in body.replace("`<Tabs><TabItem>`", "")


def test_a_translated_blogs_posts_are_that_languages_news(imported: Imported) -> None:
    post = imported.text("translations/fr/news/app-3-released.md")
    assert "title: L'app 3.0 est sortie\n" in post
    assert "- /fr/blog/2025/03/04/app-3-released\n" in post  # its old address
    assert "- /fr/blog\n" in imported.text("translations/fr/news/index.md")  # the list's
    assert "La version 3.0 est disponible." in post
    doc = imported.text("translations/fr/articles/basics/pairing.md")
    assert "Lisez [les nouveautés](../../news/index.md) d'abord." in doc
