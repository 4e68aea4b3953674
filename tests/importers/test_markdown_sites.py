"""Markdown from other generators: template tags removed with a report, code untouched,
file names kept (made unique where two sections share one), and the real DuckDuckGo help pages'
layout (a Jekyll collection with `permalink: /:path/`) handled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kbgen.importers.markdown_text import clean_markup, rewrite_references
from kbgen.importers.plan import first_sentence
from kbgen.importers.slugs import UniqueNames, slugify
from tests.importers.conftest import EXPORTS


def test_jekyll_site(project: Path, run_import: Callable[..., Any]) -> None:
    result = run_import(str(EXPORTS / "jekyll"))
    assert result.exit_code == 0, result.output
    articles = project / "content" / "articles"
    offline = (articles / "wifi/offline.md").read_text()
    assert "{{" not in offline.split("```")[0] and "{%" not in offline
    assert "```liquid\n{{ page.title }} stays as written in code\n```" in offline
    assert "Still stuck? Use the contact form." in offline  # a plain include, inlined
    assert "![Router screen](../../assets/imported/router.png)" in offline
    assert "[the Firefox page](../browsers/firefox.md)" not in offline  # a draft: text only
    assert "Then see the Firefox page or the other one." in offline
    assert "author: jonas-berg" in offline and "created: 2023-04-05" in offline
    assert "{: .lead}" not in offline and "Open the app.\n" in offline
    assert "content/articles/wifi/offline.md\n    - replaced by the old site's settings" \
        " (_config.yml): {{ site.baseurl }} 1×" in result.output
    assert "_docs/browsers/old-safari.md: a redirect page of the old site: its address now" \
        " redirects to the article from _docs/wifi/offline.md" in result.output
    categories = (project / "content/_data/categories.yml").read_text()
    assert "wifi:\n  title: Wi-Fi and network\n  description: Connecting the thermostat" \
        in categories
    assert "README" not in result.output  # excluded in _config.yml
    # `nav_order: 2` puts it before the page with none (kbgen listed them by title)
    assert "order: 10\n" in offline
    assert "order: 20\n" in (articles / "wifi/firefox-wifi.md").read_text()


def test_hugo_site(project: Path, run_import: Callable[..., Any]) -> None:
    result = run_import(str(EXPORTS / "hugo"))
    assert result.exit_code == 0, result.output
    offline = (project / "content/articles/wifi/offline.md").read_text()
    assert "Power the thermostat first." in offline and "{{<" not in offline
    assert "See setup." in offline  # `ref` to a draft: text only
    assert "removed: Hugo shortcode" not in result.output  # notice and youtube: both known
    assert "youtube.com/watch?v=abc123" in offline


def test_docusaurus_site(project: Path, run_import: Callable[..., Any]) -> None:
    result = run_import(str(EXPORTS / "docusaurus"))
    assert result.exit_code == 0, result.output
    pairing = (project / "content/articles/basics/pairing.md").read_text()
    assert '!!! tip "Before you start"\n\n    Charge your phone.' in pairing
    assert "import " not in pairing and "<Tab" not in pairing
    assert "Open the iOS app." in pairing
    assert "order: 10\n" in pairing  # `sidebar_position: 2`, before the page with none
    assert "title: The basics\n  description: Start here." in (
        project / "content/_data/categories.yml").read_text()


@pytest.mark.parametrize(("title", "slug"), [
    ("Thermostat shows “Offline”!", "thermostat-shows-offline"),
    ("Поменять пароль в приложении", "pomenyat-parol-v-prilozhenii"),
    ("Ελληνικά βοήθεια", "ellinika-voitheia"),
    ("Café & crème brûlée", "cafe-creme-brulee"),
    ("ⓦⓘⓕⓘ", "wifi"),
    ("!!!", "article"),
    ("a" * 80, "article"),
])
def test_slugs_are_ascii_in_every_script(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_unique_names_use_the_qualifier_then_numbers() -> None:
    names = UniqueNames({"firefox"})
    assert [names.claim("firefox", "mobile"), names.claim("firefox", "mobile"),
            names.claim("firefox", "mobile")] == ["firefox-mobile", "firefox-2", "firefox-3"]


@pytest.mark.parametrize(("text", "cleaned", "notes"), [
    ("A {{ site.x }}B", "A B", ["removed: Liquid variable (1×): {{ site.x }} 1×"]),
    ("{% raw %}{{ kept }}{% endraw %}", "{{ kept }}", []),
    ("{% comment %}secret plan{% endcomment %}Hi", "Hi", ["removed: Liquid comment (1×)"]),
    ("{{< a >}}{{< b >}}in{{< /b >}}{{< /a >}}", "in",
     ["removed: Hugo shortcode (its text kept) (2×)"]),
    ("`{{ x }}` and\n\n    {{ indented }}\n", "`{{ x }}` and\n\n",
     ["removed: Liquid variable (1×): {{ indented }} 1×"]),
    ("~~~\n{% if %}\n~~~\n", "~~~\n{% if %}\n~~~\n", []),
    ("<style>\n#TableOfContents ul ul ul {display: none}\n</style>\n\n## Get\n", "\n## Get\n",
     ["removed: <style> block (the old site's styling) (1×)"]),
    ("```html\n<style>p {}</style>\n```\n", "```html\n<style>p {}</style>\n```\n", []),
    # Misskey Hub's MFM page: a component opened and closed on its line (38×) was shown as text
    ('```\n@ai\n```\n\n<MfmPreview text="@ai"></MfmPreview>\n\n## Next\n',
     "```\n@ai\n```\n\n## Next\n", ["removed: MDX/JSX component tag (its text kept) (1×)"]),
    ("<Badge type=\"tip\">New</Badge>\n", "New\n",
     ["removed: MDX/JSX component tag (its text kept) (1×)"]),
])
def test_template_tags_are_removed_outside_code(text: str, cleaned: str,
                                                notes: list[str]) -> None:
    assert clean_markup(text, lambda target: target) == (cleaned, notes)


def test_links_and_images_go_through_the_resolver() -> None:
    text = "[a](x.md \"T\") ![b](i.png) [c](https://e.example) <img src=\"j.png\" alt=\"d\">"
    out = rewrite_references(text, lambda href: None if href.endswith(".md") else href,
                             lambda src: f"new/{src}")
    assert out == "a ![b](new/i.png) [c](https://e.example) ![d](new/j.png)"


@pytest.mark.parametrize(("body", "summary"), [
    ("Open the app. Then tap Wi-Fi.", "Open the app."),
    ('!!! tip "Before"\n\n    Charge your phone. More.\n', "Charge your phone."),
    ("*[image: menu]*\n\nSee [the guide](x.md) first!\n", "See the guide first!"),
    ("## Steps\n\n```\ncode.\n```\n\nDo **this**.", "Do this."),
    # Misskey Hub: a hard line break and an escaped `@` are no text of the sentence
    ("[docker.yml](https://e.example/docker.yml)에\\\nGitHub Action을 설명합니다.",
     "docker.yml에 GitHub Action을 설명합니다."),
    ("@syuilo\\@misskey.io로 보내 주세요.", "@syuilo@misskey.io로 보내 주세요."),
])
def test_a_summary_is_the_first_sentence_of_text(body: str, summary: str) -> None:
    assert first_sentence(body) == summary


def test_pictures_on_another_site_are_told_once_per_site(tmp_path: Path, project: Path,
                                                          run_import: Callable[..., Any]) -> None:
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    cdn = "https://cdn.example.net/kb"
    (site / "docs/setup.md").write_text(
        "---\ntitle: Set up\ndescription: Setting up.\n---\n"
        + "".join(f"![Step {n}]({cdn}/step{n}.png)\n\n" for n in range(1, 6))
        + "![Logo](https://img.example.org/logo.png)\n")
    (site / "docs/other.md").write_text("---\ntitle: Other\ndescription: Other.\n---\n"
                                        f"![One]({cdn}/one.png) ![Two]({cdn}/two.png)\n")
    result = run_import(str(site))
    assert result.exit_code == 0, result.output
    assert result.output.count("is not in the export") == 1  # the single picture on its site
    assert (f"5 images on cdn.example.net are not in the export (first: '{cdn}/step1.png'):"
            " download them into content/assets/imported/ and link them, or remove them"
            in result.output)
    assert "2 images on cdn.example.net are not in the export" in result.output
    assert ("Images on other sites, not in the export: 8 in 2 files, from cdn.example.net (7),"
            " img.example.org (1)" in result.output)
    assert "*[image: Step 3]*" in (project / "content/articles/docs/setup.md").read_text()


def test_a_number_is_a_prefix_only_where_the_folder_numbers_its_files(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """obsidian-help's `2-factor authentication.md` became "Factor authentication"."""
    source = tmp_path / "help"
    pages = {"Security/2-factor authentication.md": "Turn on 2FA in settings.\n",
             "Security/Sign in.md": "Use your e-mail address.\n",
             "guides/01-install.md": "Download the app.\n",
             "guides/02-set-up.md": "Open the app.\n"}
    for name, text in pages.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    result = run_import(str(source), "--from", "markdown")
    assert result.exit_code == 0, result.output
    articles = project / "content/articles"
    assert "title: 2 factor authentication\n" in (
        articles / "security/2-factor-authentication.md").read_text()
    assert "title: Install\n" in (articles / "guides/install.md").read_text()
    assert (articles / "guides/set-up.md").is_file()


def test_a_nuxt_content_folder_drops_its_ordering_numbers(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Misskey Hub's `content/ko/docs` (Nuxt Content): `2.for-users/4.resources/
    1.troubleshooting.md` is published at `/for-users/resources/troubleshooting`, and its
    links are written to those addresses; `_dir.yml` names the folder."""
    source = tmp_path / "docs"
    pages = {
        "2.for-users/_dir.yml": 'title: "Misskey 유저용"\n',
        "2.for-users/1.index.md": "# 사용자 가이드\n\n이 섹션에서는 처음 사용하는 사람을 위한"
                                  " 기능을 소개합니다.\n\n<MkIndex />\n",
        "2.for-users/2.onboarding/3.join-server.md":
            "# 서버에 가입하기\n\n[미스키스트](../resources/glossary/#미스키스트)를 보세요.\n",
        "2.for-users/4.resources/1.troubleshooting.md":
            "# 문제 해결\n\n[자주 묻는 질문](./faq.md)과 [가입](../onboarding/join-server)을"
            " 보세요.\n",
        "2.for-users/2.onboarding/1.index.md":
            "# 시작하기\n\n처음이라면 [가입](./join-server.md)부터 하고 [용어](../resources/"
            "glossary/)를 읽으세요.\n",
        "2.for-users/4.resources/faq.md": "# 자주 묻는 질문\n\n[가입](/docs/for-users/"
                                          "onboarding/join-server/)을 먼저 하세요."
                                          " [아래](#MFM_구문)를 보세요.\n\n## MFM 구문\n\n"
                                          "굵게.\n\n## MFM 예시\n\n예.\n",
        "2.for-users/4.resources/glossary.md": "# 용어집\n\n## 미스키스트\n\n사용자입니다.\n",
        "3.for-admin/cli.md": "# 명령줄\n\n서버를 관리합니다.\n",
        "3.for-admin/role.md": "# 역할\n\n역할을 만듭니다.\n",
        "3.for-admin/search.md": "# `npm start` 및 **접속** 오류\n\n검색을 설정합니다.\n",
        "2.for-users/5.stepped-guides/how-to-enable-2fa.yml":
            'title: "2단계 인증"\nbody: |\n  설정\n',
    }
    for name, text in pages.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    articles = project / "content/articles/for-users"
    assert sorted(p.name for p in articles.iterdir()) == [
        "faq.md", "glossary.md", "join-server.md", "sayongja-gaideu.md", "sijaghagi.md",
        "troubleshooting.md"]
    troubleshooting = (articles / "troubleshooting.md").read_text()
    assert "[자주 묻는 질문](faq.md)과 [가입](join-server.md)을" in troubleshooting
    assert "- /for-users/resources/troubleshooting\n" in troubleshooting
    assert "[미스키스트](glossary.md#미스키스트)" in (articles / "join-server.md").read_text()
    assert "- /for-users/\n" in (articles / "sayongja-gaideu.md").read_text()
    assert "[가입](join-server.md)부터 하고 [용어](glossary.md)를" in (
        articles / "sijaghagi.md").read_text()
    assert "[가입](join-server.md)을" in (articles / "faq.md").read_text()
    assert "[아래](#mfm-구문)를" in (articles / "faq.md").read_text()  # the heading's id
    assert "for-users:\n  title: Misskey 유저용\n" in (
        project / "content/_data/categories.yml").read_text()
    assert "leads to no imported article" not in result.output
    assert "2.for-users/5.stepped-guides/how-to-enable-2fa.yml: a page Nuxt Content makes from" \
        " YAML or JSON, not Markdown: not imported" in result.output
    assert "title: npm start 및 접속 오류\n" in (  # a heading is a plain title
        project / "content/articles/for-admin/search.md").read_text()


def test_a_section_named_like_a_build_folder_is_imported(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Misskey Hub's `install/resources/nginx.md` was left out without a word, as if it
    were Hugo's `resources/` build folder; a build folder at the top or beside built HTML
    still is."""
    source = tmp_path / "help"
    pages = {"install/resources/nginx.md": "# Nginx\n\nPut nginx in front of the server.\n",
             "install/docker.md": "# Docker\n\nRun it with Docker Compose.\n",
             "public/copied.md": "# Copied\n\nA copy the old build made.\n",
             "install/build/index.html": "<p>built</p>\n",
             "install/build/stale.md": "# Stale\n\nA copy the old build made.\n"}
    for name, text in pages.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    result = run_import(str(source), "--from", "markdown")
    assert result.exit_code == 0, result.output
    articles = project / "content/articles/install"
    assert sorted(p.name for p in articles.iterdir()) == ["docker.md", "nginx.md"]


@pytest.mark.parametrize("setting", ["languages", "theme"])
def test_root_pages_land_in_a_category_named_in_the_sites_language(
        tmp_path: Path, project: Path, run_import: Callable[..., Any], setting: str) -> None:
    """Misskey Hub's Korean docs: pages outside any section went to "Imported articles",
    in English on a Korean site (said by `languages: [ko]` or by `theme.language: ko`)."""
    settings = project / "mkdocs.yml"
    text = settings.read_text()
    settings.write_text(text.replace("\n  kb:\n", "\n  kb:\n    languages: [ko]\n")
                        if setting == "languages" else text.replace("  language: en\n",
                                                                    "  language: ko\n"))
    source = tmp_path / "docs"
    source.mkdir()
    (source / "intro.md").write_text("# 소개\n\nMisskey는 분산형 소셜 네트워크입니다.\n")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    categories = (project / "content/_data/categories.yml").read_text(encoding="utf-8")
    assert "title: 가져온 문서" in categories and "Imported articles" not in categories


def test_links_with_spaces_in_their_address_are_resolved_and_their_anchors_repaired(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Python-Markdown links `[b](other page.md)` and `[a](<other page.md>)`: the importer's
    link finder skipped them (and took `<other page.md>` for a tag, writing `&lt;`)."""
    source = tmp_path / "docs"
    source.mkdir()
    (source / "start.md").write_text(
        "# Start\n\nSee [a](<other page.md#Old-Heading> \"Other\"), [b](other page.md#old-heading)"
        " and [c](other%20page.md#Old_Heading).\n")
    (source / "other page.md").write_text("# Other\n\n## Old heading\n\nText.\n")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    start = next((project / "content/articles").glob("*/start.md")).read_text()
    assert ('See [a](other-page.md#old-heading "Other"), [b](other-page.md#old-heading) and'
            " [c](other-page.md#old-heading).") in start
    assert "points to a missing file" not in result.output


def test_reference_links_follow_their_articles_to_their_new_files(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """CommonMark definitions (`[my label]: <my page.md>`, Docusaurus and Hugo): the importer
    left them as written (`<...>` even became `&lt;my page.md&gt;`), so every reference link
    to a renamed file broke, and the summary kept `[text][label]`."""
    source = tmp_path / "docs"
    source.mkdir()
    (source / "start.md").write_text(
        "# Start\n\nSee [the page][my label], [other][] and ![logo][pic].\n\n"
        "[my label]: <my page.md#Old-Heading> \"Mine\"\n[other]: Other_Page.md\n"
        "[pic]: <img/the logo.png>\n[bad]: javascript:alert(1)\n")
    (source / "my page.md").write_text("# Mine\n\n## Old heading\n\nText.\n")
    (source / "Other_Page.md").write_text("# Other\n\nText.\n")
    (source / "img").mkdir()
    (source / "img/the logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    start = next((project / "content/articles").glob("*/start.md")).read_text()
    assert '[my label]: my-page.md#old-heading "Mine"\n[other]: other-page.md\n' in start
    assert "[pic]: ../../assets/imported/" in start and "javascript" not in start
    assert "summary: See the page, other and .\n" in start
    assert "points to a missing file" not in result.output


def test_a_wrapped_links_stale_anchor_is_repaired(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """`[a long\ntext](other.md#Old-Heading)`: the link finder read line by line and missed
    it, so its anchor stayed stale (and `kbgen check` never saw it)."""
    source = tmp_path / "docs"
    source.mkdir()
    (source / "start.md").write_text("# Start\n\nSee [the long\nguide](other.md#Old-Heading).\n")
    (source / "other.md").write_text("# Other\n\n## Old heading\n\nText.\n")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    start = next((project / "content/articles").glob("*/start.md")).read_text()
    assert "See [the long\nguide](other.md#old-heading)." in start


GUIDE = """title: "How to enable 2FA"
description: "Protect your account with one-time passwords."
_TYPE_: "STEPPED_GUIDE"
body: |
  Two-factor authentication keeps your account safe.
guides:
  - title: "Smartphone"
    steps:
      - title: "Open settings"
        image: "sp/1.png"
        description: |
          Tap the menu, then **Settings**.
      - title: "Security tab"
        description: |
          Choose "Security".

          ### On a phone of your own

          ```sh
          # a comment, not a heading
          ```
  - title: "PC"
    steps:
      - title: "Open settings"
        description: |
          Go to Settings, Security.
"""


def test_a_stepped_guide_written_as_data_is_imported_as_an_article(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Misskey Hub's `stepped-guides/how-to-enable-2fa.yml` (Nuxt Content): a title, a body
    and steps per device, shown by the old site as a page; it was left out (3 links to it
    stayed text, and searches for 2FA found nothing)."""
    source = tmp_path / "docs"
    pages = {
        "2.for-users/_dir.yml": 'title: "For users"\n',
        "2.for-users/1.account.md": "# Account\n\nSee [2FA](./stepped-guides/how-to-enable-2fa)"
                                    " first.\n",
        "2.for-users/5.stepped-guides/_dir.yml": 'title: "Guides"\n',
        "2.for-users/5.stepped-guides/how-to-enable-2fa.yml": GUIDE,
    }
    for name, text in pages.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    guide = next((project / "content/articles").rglob("how-to-enable-2fa.md")).read_text()
    assert "title: How to enable 2FA\nsummary: Protect your account with one-time passwords.\n" \
        in guide
    assert ("Two-factor authentication keeps your account safe.\n\n## Smartphone\n\n"
            "### 1. Open settings\n\n*[image: Open settings]*\n\nTap the menu, then **Settings**."
            "\n\n### 2. Security tab\n\nChoose \"Security\".\n\n#### On a phone of your own\n\n"
            "```sh\n# a comment, not a heading\n```\n\n## PC\n\n### 1. Open settings\n\n"
            "Go to Settings, Security.\n") in guide
    assert "- /for-users/stepped-guides/how-to-enable-2fa\n" in guide
    account = next((project / "content/articles").rglob("account.md")).read_text()
    assert "See [2FA](how-to-enable-2fa.md) first." in account
    assert "_dir.yml" not in result.output and "Skipped" not in result.output


def test_data_with_a_title_and_a_text_is_told_skipped_and_navigation_is_not(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Beside Docusaurus pages, `_category_.json` is the folder's navigation (read), but a
    `notes.yml` with a title and a text was some template's page: left out without a word."""
    source = tmp_path / "site"
    (source / "docs/setup").mkdir(parents=True)
    (source / "docusaurus.config.js").write_text("module.exports = {};\n")
    (source / "docs/setup/install.md").write_text("# Install\n\nRun the installer.\n")
    (source / "docs/setup/_category_.json").write_text('{"label": "Setup"}\n')
    (source / "docs/setup/notes.yml").write_text("title: Notes\nbody: Shown by a template.\n")
    (source / "docs/setup/steps.json").write_text(
        '{"title": "Reset", "steps": [{"title": "Open", "description": "Open it."}]}\n')
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    assert "docs/setup/notes.yml: YAML or JSON with a title and a text" in result.output
    assert "_category_" not in result.output
    steps = next((project / "content/articles").rglob("reset.md"), None) or next(
        (project / "content/articles").rglob("steps.md"))
    assert "## 1. Open\n\nOpen it.\n" in steps.read_text()


def test_docusaurus_links_from_the_site_root_and_pictures_in_links_are_kept(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Solus' help centre (Docusaurus): `docs/packaging/a.md` and `/docs/packaging/a.md` are
    read from the site's root, `[Rust](rust)` on a folder's `index.md` from the folder, and
    `[![shot](thumb.png)](shot.png)` shows a thumbnail linked to the full picture; all four
    were left as text (the thumbnail's address unchanged, a missing file)."""
    source = tmp_path / "site"
    docs = source / "docs/packaging"
    docs.mkdir(parents=True)
    (source / "docusaurus.config.js").write_text("module.exports = {};\n")
    (docs / "intro.md").write_text(
        "# Intro\n\nRead [prepare](docs/packaging/prepare.md), [again](/docs/packaging/prepare.md"
        "#setup) and [![Shot](shot-thumb.png)](shot.png).\n")
    (docs / "prepare.md").write_text("# Prepare\n\n## Setup\n\nText.\n")
    for name in ("shot-thumb.png", "shot.png"):
        (docs / name).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (docs / "development").mkdir()
    (docs / "development/index.md").write_text("# Development\n\nSee [**Rust**](rust).\n")
    (docs / "development/rust.md").write_text("# Rust\n\nInstall rustup.\n")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    articles = project / "content/articles"
    intro = next(articles.rglob("intro.md")).read_text()
    assert "Read [prepare](prepare.md), [again](prepare.md#setup) and [![Shot](../../assets/" \
        "imported/shot-thumb.png)](../../assets/imported/shot.png)." in intro
    assert "[**Rust**](rust.md)" in next(articles.rglob("development.md")).read_text()
    assert "leads to no imported article" not in result.output
    assert "points to a missing file" not in result.output


def test_markdown_inside_details_is_read_as_markdown() -> None:
    """Solus' help centre (Docusaurus, as GitHub) writes Markdown in `<details>`: kbgen's
    pages showed `- **OpenGL driver**` as written."""
    import markdown

    text = ("<details>\n\n<summary>GPU drivers</summary>\n\n- **OpenGL driver**\n\n</details>\n"
            "\n```html\n<details>\n```\n")
    cleaned, _ = clean_markup(text, lambda target: target)
    html = markdown.markdown(cleaned, extensions=["md_in_html", "fenced_code"])
    assert "<li><strong>OpenGL driver</strong></li>" in html
    assert "<summary>GPU drivers</summary>" in html
    assert '```html\n<details>\n```' in cleaned  # code stays as written


def test_same_named_pages_are_told_apart_by_their_folder(
        tmp_path: Path, project: Path, run_import: Callable[..., Any]) -> None:
    """Solus' `editions/{gnome,plasma,xfce}/configuration.md`, one category: the files were
    `configuration.md`, `configuration-editions.md`, `configuration-2.md`."""
    source = tmp_path / "docs"
    for edition in ("gnome", "plasma", "xfce"):
        (source / "editions" / edition).mkdir(parents=True)
        (source / "editions" / edition / "configuration.md").write_text(
            f"# Configuration\n\nConfigure {edition}.\n")
    for name in ("install/usb.md", "install/dvd.md", "faq/boot.md", "faq/wifi.md"):
        (source / name).parent.mkdir(exist_ok=True)
        (source / name).write_text(f"# {name}\n\nText.\n")
    result = run_import(str(source))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "content/articles/editions").iterdir()) == [
        "configuration-plasma.md", "configuration-xfce.md", "configuration.md"]


COMPANION = {
    "docusaurus.config.js": "module.exports = {};\n",
    "sidebars.js": """\
module.exports = {
  docs: {
    'Getting Started': ['getting_started/getting-started'],
    'Integrations': ['integrations/integrations', 'integrations/widgets',
                     'integrations/url-handler'],
    'Troubleshooting': ['troubleshooting/troubleshooting-integrations'],
  },
};
""",
    "docs/getting_started/index.md": "---\nid: getting-started\ntitle: Getting started\n---\n\n"
                                     "Open [the URL handler](integrations/url-handler.md).\n\n"
                                     "![Android](/assets/android.svg) ![macOS](/assets/mac.svg)\n",
    "docs/integrations/index.md": "---\nid: integrations\ntitle: Integrations\n---\n\nWhat the"
                                  " app adds to your phone.\n",
    "docs/integrations/widgets.md": "---\nid: widgets\ntitle: Widgets\n---\n\nAdd a widget.\n",
    "docs/integrations/url-handler.md": "---\nid: url-handler\ntitle: URL handler\n---\n\n"
                                        "Open links in the app.\n",
    "docs/troubleshooting/integrations.md": "---\nid: troubleshooting-integrations\ntitle:"
                                            " Integrations\n---\n\nWhen one stops.\n",
    "static/assets/android.svg": '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG'
                                 ' 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
                                 '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
                                 '<path d="M16.6 15.1H16.6Z"/></svg>\n',
    "static/assets/mac.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">\n'
                             '<path\n d="M 1.469042,5.0017175 1.17209,5.0017175 0.83437958,'
                             '5.1608682"\n transform="translate(0.2 -3.1)" />\n'
                             '<text>Call +44 7911 123456</text></svg>\n',
}
"""Home Assistant's companion docs (Docusaurus): sidebars in the shorthand form with doc ids
from front matter, a link Docusaurus finds from the docs' root, a section page and a
troubleshooting page both titled "Integrations", icons with the public SVG DOCTYPE, and an
icon whose path coordinates read as a phone number."""


def test_a_docusaurus_help_centre_imports_and_checks_clean(
        project: Path, import_site: Callable[..., Any]) -> None:
    from tests.helpers import run_cli

    result = import_site(COMPANION)
    articles = project / "content/articles"
    start = (articles / "getting-started/getting-started.md").read_text()
    assert "[the URL handler](../integrations/url-handler.md)" in start
    assert "leads to no imported article" not in result.output
    assert "title: Integrations\n" in (articles / "integrations/integrations.md").read_text()
    assert "title: Integrations (Troubleshooting)\n" in (
        articles / "troubleshooting/troubleshooting-integrations.md").read_text()
    assert [f"order: {n}\n" in (articles / f"integrations/{name}.md").read_text() for n, name
            in ((10, "integrations"), (20, "widgets"), (30, "url-handler"))] == [True] * 3
    android = (project / "content/assets/imported/android.svg").read_text()
    assert "DOCTYPE" not in android and '<path d="M16.6 15.1H16.6Z"/>' in android
    assert "its DOCTYPE (the W3C's public SVG DTD" in result.output
    check = run_cli("check", cwd=project)
    errors = [line for line in check.stdout.splitlines() if ": error:" in line]
    # the phone number in the icon's text is still found; its coordinates are not
    assert errors == ["content/assets/imported/mac.svg:5: error: phone number (+44 **** ***456)"
                      " would be published: remove the phone number or replace it with"
                      " a placeholder; if it is one of the company's own numbers, list it in"
                      " extra.kb.privacy.allow_phones"], check.stdout


def test_a_docusaurus_translation_names_folders_as_current_json_does(tmp_path: Path) -> None:
    """Docusaurus labels a folder without `_category_.json` by its name (`setup`), the key its
    translation's `current.json` uses; a labelled one by its label."""
    from kbgen.importers.markdown_site import read
    from tests.conftest import write_files

    french = "i18n/fr/docusaurus-plugin-content-docs"
    write_files(tmp_path, {
        "docusaurus.config.js": "module.exports = {i18n: {locales: ['en', 'fr']}};\n",
        "docs/setup/install.md": "# Install\n\nRun it.\n",
        "docs/billing/_category_.json": '{"label": "Billing and invoices"}',
        "docs/billing/refund.md": "# Refund\n\nIt takes a week.\n",
        f"{french}/current/setup/install.md": "# Installer\n\nLancez-le.\n",
        f"{french}/current/billing/refund.md": "# Remboursement\n\nUne semaine.\n",
        f"{french}/current.json": '{"sidebar.docs.category.setup": {"message": "Installation"},'
                                  ' "sidebar.docs.category.Billing and invoices": {"message":'
                                  ' "Facturation"}}',
    }, dedent_yaml=False)
    export = read(tmp_path)
    assert {c.title for c in export.categories.values()} == {"Setup", "Billing and invoices"}
    assert {c.title for c in export.translations["fr"].categories.values()} == {
        "Installation", "Facturation"}
