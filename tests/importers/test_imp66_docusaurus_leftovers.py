"""Three Docusaurus import faults left by session 65 (issue 19):

- Code indented four spaces is code where the old site read it so, and is then left exactly
  as written (a `<head>`, `<script>` or component shown in it was removed): Docusaurus reads a
  page as CommonMark with `markdown: {format: 'md'}`, with `'detect'` for `.md` pages, or with
  the page's front matter `format: md` (`mdx: {format: md}` in 3.0-3.5), and Docusaurus v2's
  MDX v1 had indented code; Docusaurus v3's default reads `.md` pages with MDX, which has none
  (docusaurus.io, "Markdown Features: MDX vs. CommonMark"), so there the text is text. Other
  generators (MkDocs, Hugo, Jekyll) read indented code too.
- A translation folder `i18n/<locale>/` of a locale `i18n.locales` does not list was read
  (docs and blog): it is skipped with the reason in the summary.
- A translated post with its own `slug:` was written under that slug, apart from the post it
  translates: it stands at its original's path, its own old address redirected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.markdown_code import Kind, code_map
from kbgen.importers.markdown_site import read
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

SHOWN = """\
A page sets its title and loads a widget so:

    <head>
      <title>My page</title>
    </head>
    <script src="/widget.js"></script>
    <style>.x {color: red}</style>
    <Tabs><TabItem value="a" label="A">Text</TabItem></Tabs>
    <img src="/shot.png" alt="shot">
    <iframe src="https://video.example/x"></iframe>
    <Badge>New</Badge>
    Call <user id> when asked.

Done.
"""
CODE = SHOWN.split("so:\n\n", 1)[1].split("\n\nDone.", 1)[0]
"""The indented block, as written."""


def _page(front: str = "") -> str:
    return f"---\ntitle: Set the title\ndescription: How.\n{front}---\n\n{SHOWN}"


CONFIGS = {
    "v3 default": "module.exports = {};\n",
    "format md": "module.exports = {markdown: {format: 'md', mermaid: true}};\n",
    "format detect": "module.exports = {markdown: {mermaid: true, format: 'detect'}};\n",
    "format mdx": "module.exports = {markdown: {format: 'mdx'}};\n",
}
CASES = [
    # (config, file, front matter, package.json's @docusaurus/core, indented block is code)
    ("v3 default", "page.md", "", None, False),
    ("v3 default", "page.mdx", "", None, False),
    ("v3 default", "page.md", "format: md\n", None, True),
    ("v3 default", "page.mdx", "format: md\n", None, True),
    ("v3 default", "page.md", "mdx:\n  format: md\n", None, True),
    ("v3 default", "page.md", "format: detect\n", None, True),
    ("v3 default", "page.mdx", "format: detect\n", None, False),
    ("v3 default", "page.md", "", "^3.5.2", False),
    ("v3 default", "page.md", "", "^2.4.3", True),
    ("v3 default", "page.mdx", "", "2.0.0-beta.21", True),
    ("format md", "page.md", "", None, True),
    ("format md", "page.mdx", "", None, True),
    ("format md", "page.md", "format: mdx\n", None, False),
    ("format detect", "page.md", "", None, True),
    ("format detect", "page.mdx", "", None, False),
    ("format detect", "page.md", "format: mdx\n", None, False),
    ("format mdx", "page.md", "", None, False),
    ("format mdx", "page.md", "format: md\n", None, True),
]


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[int, str]:
    """Each case's imported body (one small site per case, read without a project)."""
    found = {}
    for number, (config, name, front, core, _) in enumerate(CASES):
        root = tmp_path_factory.mktemp(f"format{number}")
        files = {"docusaurus.config.js": CONFIGS[config], f"docs/{name}": _page(front)}
        if core is not None:
            files["package.json"] = f'{{"dependencies": {{"@docusaurus/core": "{core}"}}}}'
        write_files(root, files, dedent_yaml=False)
        found[number] = read(root).articles[0].body
    return found


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)),
                         ids=[f"{c[0]}-{c[1]}-{c[2].strip() or 'no front'}-{c[3]}" for c in CASES])
def test_indented_code_is_code_where_docusaurus_reads_it_so(
        bodies: dict[int, str], number: int, case: tuple[str, str, str, str | None, bool]) -> None:
    body, is_code = bodies[number], case[-1]
    if is_code:  # kept exactly, as fenced code is
        assert f"so:\n\n{CODE}\n\nDone." in body, body
    else:  # MDX: no indented code; the `<head>` block is the page's head, its text is text
        assert "<head>" not in body and "<title>" not in body, body
        code = code_map(body)
        assert not [line for index, line in enumerate(code.lines)
                    if code.kinds[index] is Kind.INDENTED], body


OTHER_GENERATORS = {
    "mkdocs": {"mkdocs.yml": "site_name: Old\n", "docs/page.md": _page()},
    "hugo": {"hugo.toml": "title = 'Old'\n", "content/page.md": _page()},
    "jekyll": {"_config.yml": "title: Old\n", "page.md": _page()},
}


@pytest.mark.parametrize("generator", list(OTHER_GENERATORS))
def test_other_generators_keep_indented_code(tmp_path: Path, generator: str) -> None:
    write_files(tmp_path, OTHER_GENERATORS[generator], dedent_yaml=False)
    body = read(tmp_path).articles[0].body
    assert f"so:\n\n{CODE}\n\nDone." in body, body


def test_a_list_items_indented_text_is_still_cleaned(tmp_path: Path) -> None:
    """Text indented under a list item is the item's, not code: its components still go."""
    write_files(tmp_path, {
        "docusaurus.config.js": CONFIGS["format md"],
        "docs/page.md": "---\ntitle: Steps\ndescription: How.\n---\n\n1. Open it.\n\n"
                        "    <Badge>New</Badge> in version 3.\n\n2. Close it.\n"},
                dedent_yaml=False)
    body = read(tmp_path).articles[0].body
    assert "<Badge>" not in body and "New in version 3." in body, body


SITE = {
    "docusaurus.config.js": ("module.exports = {i18n: {defaultLocale: 'en', locales: ['en',"
                             " 'fr']}};\n"),
    "docs/start.md": "---\ntitle: Start here\ndescription: The first steps.\n---\n\nOpen it.\n",
    "blog/2025-03-04-app-3-released.md": ("---\ntitle: App 3.0 is out\ndescription: The third"
                                          " version.\nslug: app-three\n---\n\nVersion 3.0 is"
                                          " in the stores.\n"),
    "blog/2025-04-01-spring.md": ("---\ntitle: Spring update\ndescription: New colours.\n---\n\n"
                                  "New colours.\n"),
    "i18n/fr/docusaurus-plugin-content-docs/current/start.md": (
        "---\ntitle: Commencer ici\ndescription: Les premiers pas.\n---\n\nOuvrez-le.\n"),
    "i18n/fr/docusaurus-plugin-content-blog/2025-03-04-app-3-released.md": (
        "---\ntitle: L'app 3.0 est sortie\ndescription: La troisième version.\nslug: app-trois\n"
        "---\n\nLa version 3.0 est disponible.\n"),
    "i18n/fr/docusaurus-plugin-content-blog/2025-04-01-spring.md": (
        "---\ntitle: Mise à jour de printemps\ndescription: Nouvelles couleurs.\nslug: printemps\n"
        "---\n\nNouvelles couleurs.\n"),
    "i18n/de/docusaurus-plugin-content-docs/current/start.md": (
        "---\ntitle: Hier anfangen\ndescription: Die ersten Schritte.\n---\n\nÖffnen.\n"),
    "i18n/de/docusaurus-plugin-content-blog/2025-03-04-app-3-released.md": (
        "---\ntitle: App 3.0 ist da\ndescription: Die dritte Version.\n---\n\nSie ist da.\n"),
    "i18n/es/code.json": '{"theme.x": {"message": "x"}}',
}
"""English and French listed; German translated but not listed (not published by the old
site); Spanish has only interface strings (no page: nothing to say)."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("locales")
    write_files(root / "old", SITE, dedent_yaml=False)
    write_files(root / "kb", {
        "mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [en, fr, de]\n",
        "content/_data/categories.yml": MINI_CATEGORIES, "content/index.md": "# Home\n",
        "translations/fr/index.md": "# Accueil\n", "translations/de/index.md": "# Start\n"},
        dedent_yaml=False)
    code, output = run_in(root / "kb", "import", str(root / "old"))
    assert code == 0, output
    return root / "kb", output


def test_an_unlisted_locale_is_skipped_with_its_reason(imported: tuple[Path, str]) -> None:
    project, output = imported
    assert ("  i18n/de: translations of a locale docusaurus.config does not list in"
            " i18n.locales (en, fr): the old site did not publish them; not imported") in output
    assert "i18n/es" not in output
    assert not list((project / "translations/de").rglob("*.md"))[1:], \
        list((project / "translations/de").rglob("*.md"))  # its home page only
    assert (project / "translations/fr/articles").is_dir()


@pytest.mark.parametrize(("original", "old_address"), [
    ("app-three", "/fr/blog/app-trois"), ("spring", "/fr/blog/printemps")])
def test_a_translated_post_with_its_own_slug_stands_beside_its_original(
        imported: tuple[Path, str], original: str, old_address: str) -> None:
    project, _ = imported
    assert (project / f"content/news/{original}.md").is_file()
    post = (project / f"translations/fr/news/{original}.md").read_text(encoding="utf-8")
    assert f"redirect_from:\n- {old_address}\n" in post, post
    assert sorted(p.name for p in (project / "translations/fr/news").glob("*.md")) == \
        sorted(["index.md", "app-three.md", "spring.md"])
