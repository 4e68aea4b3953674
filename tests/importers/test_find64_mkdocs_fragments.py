"""What moving the PiKVM Handbook (MkDocs, markdown-include) into kbgen showed, each case
written small: the files its pages paste in (`{!_update_os.md!}`, in twenty pages) were
imported as articles of their own too ("Update os", summary `!!!`), each pasted copy carried the
file's front matter into the page as a rule and a `search: exclude: true` heading, and a
summary was read from a nested admonition's `!!!` or kept an attribute list. Three small sites
are imported once for the module; each test reads what was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kbgen.importers.plan import first_sentence
from tests.conftest import write_files
from tests.helpers import run_cli

_FRAGMENT = "---\nsearch:\n    exclude: true\n---\n\nThe default password is `admin`.\n"
_NESTED_NOTE = ('??? note "Updating the OS"\n\n    !!! tip\n\n'
                "        Update only when you can reach the device.\n\n    Run `pikvm-update`.\n")

INCLUDE_WITH_NAV = {
    "mkdocs.yml": """\
site_name: Box handbook
plugins:
  - blog:
      blog_dir: blog
markdown_extensions:
  - admonition
  - attr_list
  - markdown_include.include:
      base_path: docs
nav:
  - 'Start': start.md
  - 'Cheat sheet': cheat.md
  - 'Shortcuts': shortcuts.md
  - 'Guides': guides.md
""",
    "docs/start.md": "# Start\n\nPlug the box in.\n\n{!_passwd.md!}\n\n{!_update.md!}\n",
    "docs/cheat.md": "# Cheat sheet\n\n{!_passwd.md!}\n\n{!shortcuts.md!}\n\n{!missing.md!}\n",
    "docs/shortcuts.md": "# Shortcuts\n\nPress Ctrl+Alt+Del from the menu.\n",
    "docs/guides.md": "[Box V4](start.md){ .md-button .md-button--stretch }\n\n"
                      "Pick the guide of your model.\n",
    "docs/_passwd.md": _FRAGMENT,
    "docs/_update.md": _NESTED_NOTE,
    "docs/orphan.md": "# Orphan page\n\nLinked from nowhere, listed nowhere.\n",
    "docs/blog/index.md": "# Blog\n",
    "docs/blog/posts/2024/2024-02-03/index.md": "---\ndate:\n  created: 2024-02-03\n---\n\n"
                                                "# KVM 4.0 released\n\nMeet the new version.\n",
    "docs/video.md": "# Video\n\nWatch it:\n\n![type:video](https://www.youtube.com/embed/"
                     "WyHBWEbtxB4)\n\n    ![type:video]( https://media.example/setup.mp4 )\n",
}
"""PiKVM's shape: fragments named `_*.md`, one with front matter that hides it from search; a
page the nav lists that another page also pastes in; a page in no nav and pasted nowhere."""

SNIPPETS_WITH_NAV = {
    "mkdocs.yml": """\
site_name: Relay docs
markdown_extensions:
  - pymdownx.snippets:
      base_path: docs
nav:
  - 'Install': install.md
  - 'Upgrade': upgrade.md
""",
    "docs/install.md": "# Install\n\nUnpack it.\n\n--8<-- \"parts/requirements.md\"\n",
    "docs/upgrade.md": "# Upgrade\n\nStop it first.\n\n--8<-- \"parts/requirements.md\"\n",
    "docs/parts/requirements.md": "# Requirements\n\nYou need 2 GB of memory.\n",
}
"""A snippet with a heading of its own, in no nav: still a fragment, the nav decides."""

INCLUDE_WITHOUT_NAV = {
    "mkdocs.yml": """\
site_name: Lamp docs
markdown_extensions:
  - markdown_include.include:
      base_path: docs
""",
    "docs/setup.md": "# Setup\n\nScrew it in.\n\n{!_warranty.md!}\n\n{!keys.md!}\n",
    "docs/_warranty.md": "The warranty lasts two years.\n",
    "docs/keys.md": "---\ntitle: Remote keys\n---\n\nThe remote has four keys.\n",
}
"""No nav: every file is a page in MkDocs, so a pasted file with a title of its own stays an
article, and one without is a fragment."""


@dataclass
class Imported:
    projects: dict[str, Path]
    outputs: dict[str, str]

    def article(self, site: str, relative: str) -> str:
        return (self.projects[site] / "content" / "articles" / relative).read_text("utf-8")

    def articles(self, site: str) -> list[str]:
        folder = self.projects[site] / "content" / "articles"
        return sorted(p.relative_to(folder).as_posix() for p in folder.glob("*/*.md"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("fragments")
    projects, outputs = {}, {}
    for name, files in (("include", INCLUDE_WITH_NAV), ("snippets", SNIPPETS_WITH_NAV),
                        ("bare", INCLUDE_WITHOUT_NAV)):
        write_files(root / f"{name}-site", files, dedent_yaml=False)
        init = run_cli("init", str(root / name), "--company", "Acme")
        assert init.returncode == 0, init.stdout + init.stderr
        for example in (root / name / "content" / "articles").glob("*/*.md"):
            example.unlink()
        result = run_cli("import", str(root / f"{name}-site"), cwd=root / name)
        assert result.returncode == 0, result.stdout + result.stderr
        projects[name], outputs[name] = root / name, result.stdout
    return Imported(projects, outputs)


@pytest.mark.parametrize(("site", "fragment"), [
    ("include", "docs/_passwd.md"), ("include", "docs/_update.md"),
    ("snippets", "docs/parts/requirements.md"), ("bare", "docs/_warranty.md")])
def test_a_pasted_in_file_is_no_article_of_its_own(imported: Imported, site: str,
                                                   fragment: str) -> None:
    """Main imported each as an article too (`Passwd`, `Update`, `Requirements`)."""
    assert f"{fragment}: pasted into other pages by the old site" in imported.outputs[site]
    stem = Path(fragment).stem.lstrip("_")
    assert not [a for a in imported.articles(site) if stem in a]


@pytest.mark.parametrize(("site", "article"), [
    ("include", "imported-articles/shortcuts.md"),  # pasted in, and the nav lists it
    ("include", "imported-articles/orphan.md"),  # in no nav, pasted nowhere
    ("bare", "imported-articles/keys.md")])  # pasted in, no nav, a title of its own
def test_a_page_of_its_own_stays_an_article(imported: Imported, site: str,
                                            article: str) -> None:
    assert article in imported.articles(site), imported.articles(site)


def test_the_pasted_text_is_in_each_page_without_its_front_matter(imported: Imported) -> None:
    """Main pasted `---\\nsearch:\\n    exclude: true\\n---` into the page: a rule, and a
    heading `search: exclude: true` under it."""
    for page in ("imported-articles/start.md", "imported-articles/cheat.md"):
        text = imported.article("include", page)
        assert "The default password is `admin`." in text
        assert "exclude" not in text and "\n---\n" not in text.split("---\n", 2)[2]
    upgrade = imported.article("snippets", "imported-articles/upgrade.md")
    assert "You need 2 GB of memory." in upgrade
    assert "{!missing.md!}" in imported.article("include", "imported-articles/cheat.md")


@pytest.mark.parametrize(("body", "summary"), [
    (_NESTED_NOTE, "Update only when you can reach the device."),
    ("!!! warning\n\n    !!! note\n\n        Back up first.\n", "Back up first."),
    ("\t!!! tip\n\n\tKeep it cool.\n", "Keep it cool."),
    ("[Box V4](start.md){ .md-button } is the newest model.\n", "Box V4 is the newest model."),
    ("![Board](b.png){ width=300 }\n\nA photo of the board.\n", "A photo of the board."),
    ("Press the button.\n{: .note }\n", "Press the button."),
    ("Write `{.x}` and {braces} as they are.\n", "Write {.x} and {braces} as they are.")])
def test_a_summary_skips_nested_admonition_titles_and_attribute_lists(body: str,
                                                                      summary: str) -> None:
    """Main made `!!!` the summary of a page opening with `??? note` and a nested `!!! tip`,
    and kept `{ .md-button .md-button--stretch }` in one starting with a button link."""
    assert first_sentence(body) == summary


def test_the_summary_of_an_imported_page_is_its_first_sentence(imported: Imported) -> None:
    text = imported.article("include", "imported-articles/guides.md")
    assert "summary: Pick the guide of your model.\n" in text


def test_a_video_player_is_a_link_to_its_address(imported: Imported) -> None:
    """mkdocs-video's `![type:video](https://www.youtube.com/embed/…)` was read as a picture
    the export lacks: the page showed `*[image: type:video]*`, the video's address lost."""
    text = imported.article("include", "imported-articles/video.md")
    assert "[https://www.youtube.com/embed/WyHBWEbtxB4](https://www.youtube.com/embed/" \
        "WyHBWEbtxB4)" in text
    assert "[https://media.example/setup.mp4](https://media.example/setup.mp4)" in text
    assert "type:video" not in text and "image:" not in text
    assert "written as links to their address" in imported.outputs["include"]


def test_a_blog_post_in_a_folder_of_its_own_is_said_to_be_a_news_post(imported: Imported) -> None:
    """Material's blog keeps a post as `blog/posts/2024/2024-02-03/index.md`: the report said
    each of PiKVM's 103 was "imported as an article" while it became a news post."""
    said = imported.outputs["include"]
    assert "content/news/kvm-4-0-released.md\n    - the page of its folder (the old site" \
        " showed its text at the folder's address): imported as a news post" in said
    assert "imported as an article, which" not in said
