"""A Docusaurus site's blog becomes kbgen news posts (py64), as Jekyll's `_posts/` and Hugo's
and Material's blogs already did: newuser62's import of Homarr's docs left its 10 release posts
out (said in the summary only) and kept the docs' links to them as text. Each post is dated as
Docusaurus dates it (front matter, else the date in its file or folder name), keeps its old
address, and loses the list's `truncate` marker; one with no date is skipped, with why. The
blog's list of posts leads to the news page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from tests.importers.conftest import new_project

PRESET = "module.exports = {{ presets: [['classic', {{ docs: {{}}, {blog} }}]],{plugins} }};\n"
CHANGELOG = (" plugins: [['@docusaurus/plugin-content-blog', { id: 'changelog',"
             " path: 'changelog', routeBasePath: 'changelog' }]]")
INTRO = ("# Intro\n\nSee [the 1.0 release](/blog/2024/09/23/version-1) and"
         " [the move](/blog/2022/06/22/documentation).\n")
POSTS = {
    "blog/2024-09-23-version-1.md": "---\ntitle: Version 1 is out\ndescription: Homarr 1.0"
    " brings a new board.\nauthors: [ajnart]\n---\n\nHomarr 1.0 is out.\n\n<!-- truncate -->\n\n"
    "What changed.\n",
    "blog/2022/06-22-documentation/index.mdx": "---\ntitle: The docs moved\n---\n\nThe docs"
    " moved to a new home.\n\n{/* truncate */}\n\nWhy they moved.\n",
    "blog/2023/01/15/year-review.md": "---\ntitle: A year in review\n---\n\nWhat we did.\n",
    "blog/welcome.md": "---\ntitle: Welcome\nslug: /hello\ndate: 2021-08-26\n---\n\nHello.\n",
    "blog/2024-01-02-unfinished.md": "---\ntitle: Unfinished\ndraft: true\n---\n\nSoon.\n",
    "blog/thoughts.md": "---\ntitle: Undated thoughts\n---\n\nNo day anywhere.\n",
    "blog/_drafts/2024-05-05-not-yet.md": "---\ntitle: Not yet\n---\n\nA partial.\n",
    "blog/authors.yml": "ajnart:\n  name: Thomas Camlong\n  title: Maintainer\n",
}
SITES = {
    "default": {"docusaurus.config.js": PRESET.format(
        blog="blog: { feedOptions: { type: 'all' }, showReadingTime: true }", plugins=""),
        "docs/intro.md": INTRO, **POSTS},
    "elsewhere": {"docusaurus.config.js": PRESET.format(
        blog="blog: { path: 'releases', routeBasePath: 'updates' }", plugins=CHANGELOG),
        "docs/intro.md": "# Intro\n\nHow to start.\n",
        "changelog/2024-10-01-v1-1.md": "---\ntitle: 1.1\n---\n\nFixes.\n",
        **{key.replace("blog/", "releases/"): text for key, text in POSTS.items()}},
    "blog only": {"docusaurus.config.js": "module.exports = { presets: [['classic', { docs:"
                  " false, blog: { routeBasePath: '/' } }]] };\n",
                  "blog/guide/index.md": "---\ntitle: A guide\ndate: 2024-02-02\n---\n\nRead.\n",
                  "blog/2024-09-23-version-1.md": POSTS["blog/2024-09-23-version-1.md"]},
    "off": {"docusaurus.config.js": PRESET.format(blog="blog: false", plugins=""),
            "docs/intro.md": "# Intro\n\nHow to start.\n", **POSTS},
}
EXPECTED = {  # news post -> (date, status, old address below the blog's route)
    "version-1.md": ("2024-09-23", "published", "2024/09/23/version-1"),
    "documentation.md": ("2022-06-22", "published", "2022/06/22/documentation"),
    "year-review.md": ("2023-01-15", "published", "2023/01/15/year-review"),
    "hello.md": ("2021-08-26", "published", "hello"),
    "unfinished.md": ("2024-01-02", "draft", "2024/01/02/unfinished"),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Each site imported once into a new help centre: (project, the import's output)."""
    from tests.conftest import write_files

    done = {}
    for name, files in SITES.items():
        root = tmp_path_factory.mktemp(name)
        project = new_project(root / "kb")
        write_files(root / "source", files, dedent_yaml=False)
        result = CliRunner().invoke(cli, ["import", "-f", str(project / "mkdocs.yml"),
                                          str(root / "source")])
        assert result.exit_code == 0, result.output
        done[name] = (project, result.output)
    return done


def _post(project: Path, name: str) -> tuple[dict[str, Any], str]:
    _, front, body = (project / "content/news" / name).read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


@pytest.mark.parametrize("site", ["default", "elsewhere"])
def test_each_dated_post_is_a_news_post(imported: dict[str, tuple[Path, str]],
                                        site: str) -> None:
    project, output = imported[site]
    route = "/updates/" if site == "elsewhere" else "/blog/"
    changelog = {"v1-1.md": ("2024-10-01", "published", "/changelog/2024/10/01/v1-1")} \
        if site == "elsewhere" else {}  # a second blog, a plugin's instance
    assert {path.name for path in (project / "content/news").glob("*.md")} == {
        *EXPECTED, *changelog, "index.md"}
    assert _post(project, "index.md")[0]["redirect_from"] == [  # the lists of posts
        route.rstrip("/"), *(["/changelog"] if changelog else [])]
    for name, (day, status, old) in changelog.items():
        meta, _ = _post(project, name)
        assert (str(meta["date"]), meta["status"], meta["redirect_from"]) == (day, status, [old])
    for name, (day, status, old) in EXPECTED.items():
        meta, body = _post(project, name)
        assert (str(meta["date"]), meta["status"], meta["redirect_from"]) == (
            day, status, [route + old]), name
        assert "truncate" not in body, name
    assert "was not imported" not in output
    assert not list((project / "content/articles").rglob("*version-1*"))


def test_the_post_keeps_its_text_and_summary(imported: dict[str, tuple[Path, str]]) -> None:
    meta, body = _post(imported["default"][0], "version-1.md")
    assert meta["summary"] == "Homarr 1.0 brings a new board."
    assert body.split() == "Homarr 1.0 is out. What changed.".split()


def test_an_undated_post_and_a_partial_are_left_out_with_why(
        imported: dict[str, tuple[Path, str]]) -> None:
    _, output = imported["default"]
    assert "blog/thoughts.md: a post of the Docusaurus blog with no date" in output
    assert "add `date: YYYY-MM-DD`" in output
    assert not list((imported["default"][0] / "content").rglob("*not-yet*"))


def test_the_docs_links_to_posts_lead_to_the_news_posts(
        imported: dict[str, tuple[Path, str]]) -> None:
    project, _ = imported["default"]
    intro = next((project / "content/articles").rglob("intro.md")).read_text(encoding="utf-8")
    assert "[the 1.0 release](../../news/version-1.md)" in intro
    assert "[the move](../../news/documentation.md)" in intro


def test_a_blog_turned_off_is_not_imported(imported: dict[str, tuple[Path, str]]) -> None:
    project, output = imported["off"]
    assert not list((project / "content").rglob("*version-1*"))
    assert "Imported 1 articles from markdown" in output


def test_a_blog_at_the_sites_root_keeps_its_addresses_and_leaves_the_home_page(
        imported: dict[str, tuple[Path, str]]) -> None:
    project, _ = imported["blog only"]  # `routeBasePath: '/'`: the blog is the whole site
    assert {path.name for path in (project / "content/news").glob("*.md")} == {
        "guide.md", "version-1.md"}  # no news/index.md taking `/`
    assert _post(project, "guide.md")[0]["redirect_from"] == ["/guide"]  # a folder's index.md
    assert _post(project, "version-1.md")[0]["redirect_from"] == ["/2024/09/23/version-1"]
