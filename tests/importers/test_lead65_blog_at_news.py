"""A Docusaurus blog served at `/news` (`routeBasePath: '/news'`, as kbgen's own news page):
its posts' old addresses are their new ones, and its list's is the news page's. The import
redirected each to itself, which `kbgen check` refuses ("old address '/news/launch' is a page
of this site"; rev65): now nothing is redirected where nothing moved, and links to the list
still lead to the news page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

SOURCE = {
    "docusaurus.config.js": ("module.exports = {presets: [['classic', {blog:"
                             " {routeBasePath: '/news'}}]]};\n"),
    "docs/start.md": ("---\ntitle: Get started\ndescription: Start here.\n---\n\n"
                      "Read [the news](/news) first.\n"),
    "blog/2025-01-02-launch.md": ("---\ntitle: We launched\nslug: launch\ndescription: The"
                                  " launch.\n---\n\nWe are live.\n"),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int, str]:
    root = tmp_path_factory.mktemp("blog-at-news")
    write_files(root / "old", SOURCE)
    write_files(root / "kb", {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                              "content/_data/categories.yml": MINI_CATEGORIES},
                dedent_yaml=False)
    code, output = run_in(root / "kb", "import", str(root / "old"))
    assert code == 0, output
    checked, log = run_in(root / "kb", "check")
    return root / "kb" / "content", output, checked, log


def test_a_blog_at_news_imports_without_redirects_to_itself(
        imported: tuple[Path, str, int, str]) -> None:
    content, output, checked, log = imported
    assert checked == 0 and "is a page of this site" not in log, log
    post = next((content / "news").glob("*launch*.md")).read_text(encoding="utf-8")
    assert "/news/launch" not in post, post  # its address did not change
    index = (content / "news" / "index.md").read_text(encoding="utf-8")
    assert "<!-- kb:news -->" in index and "redirect_from" not in index, index


def test_a_link_to_the_list_leads_to_the_news_page(imported: tuple[Path, str, int, str]
                                                    ) -> None:
    content, *_ = imported
    start = next(content.rglob("start.md")).read_text(encoding="utf-8")
    assert "Read [the news](../../news/index.md) first." in start, start
