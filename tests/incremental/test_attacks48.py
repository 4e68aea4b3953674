"""Attacks on the incremental paths (issue 14, bench/incremental_attacks.py) that found a
difference from a clean build, each kept as the cheapest test that failed before its fix."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from bench.edits import Project, _retarget
from bench.site_diff import differences
from kbgen.core.i18n import Translator
from kbgen.site.redirects import _SAFE, Redirect, redirect_page, remove_redirects
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview

REDIRECTED = "content/articles/wifi/router-reboots.md"
OLD_ADDRESS = "/hc/en-us/articles/42-Router-reboots"


def _project(wifi: int) -> dict[str, str]:
    """One billing article, `wifi` Wi-Fi articles."""
    files = {"mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
             "content/index.md": "# Home\n\n<!-- kb:categories -->\n",
             "content/articles/billing/card-declined.md": article(
                 extra="redirect_from: [/old/card-declined.html]\n"),
             REDIRECTED: article("Router reboots", extra=f"redirect_from: [{OLD_ADDRESS}]\n")}
    for number in range(wifi):
        files[f"content/articles/wifi/problem-{number}.md"] = article(
            title=f"Problem {number} with the router", body=f"## Symptoms\n\nIt drops {number}.\n")
    return files


def test_a_preview_after_a_category_emptied_and_fewer_articles_equals_a_clean_one(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture) -> None:
    """`kbgen serve`: the only article of a category moved into another, two articles
    deleted and an old address dropped, in one save; once caught up, no feed of the emptied
    category, no search index file beyond the smaller index's and no redirect page from the
    dropped address is left in the preview, and the moved article's old address leads to
    where it is now (its last redirect page did not count as a page of the site: no
    warning)."""
    config = write_project(_project(17))
    project = Project(config.parent)
    preview = _preview(config)
    _caught_up(preview)
    old = project.content / "articles/billing/card-declined.md"
    new = project.content / "articles/wifi/card-declined.md"
    old.rename(new)
    _retarget(project, old, new)
    gone = [project.content / f"articles/wifi/problem-{n}.md" for n in (15, 16)]
    for path in gone:
        path.unlink()
    redirected = config.parent / REDIRECTED
    redirected.write_text(article("Router reboots"), encoding="utf-8")
    assert (preview.site_dir / OLD_ADDRESS.strip("/") / "index.html").is_file()
    with caplog.at_level(logging.WARNING):
        assert preview.update({old, new, redirected, *gone})
        _caught_up(preview)
    assert "is a page of the new site" not in caplog.text

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []


@pytest.mark.parametrize("site_url", ["https://help.test.example/", "https://x.example/help/"])
def test_the_last_previews_redirects_are_removed_and_nothing_else(tmp_path: Path,
                                                                  site_url: str) -> None:
    """`remove_redirects` takes the redirect pages `_redirects` names (non-Latin and escaped
    old paths, under a sub-path too), and their folders left empty; a page of the site at a
    path a rule names, and a pattern's files, stay."""
    base = urlsplit(site_url).path.rstrip("/")
    olds = ["/hilfe/überweisung", "/a%20b/c.html", "/hc/en-us/articles/7-Old"]
    rules = [f"{base}{quote(old, safe=_SAFE)} {base}/articles/x.html 301" for old in olds]
    for old in olds:
        page = tmp_path / Redirect(old, "", "").file
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(redirect_page(Redirect(old, "articles/x.html", "X"), site_url,
                                      Translator("en")), encoding="utf-8")
    kept = tmp_path / "articles/kept.html"
    kept.parent.mkdir()
    kept.write_text("<html>a page of the site</html>", encoding="utf-8")
    rules += [f"{base}/articles/kept.html {base}/articles/x.html 301",
              f"{base}/hc/en-us/articles/7-* {base}/articles/x.html 301"]
    (tmp_path / "_redirects").write_text("\n".join(rules) + "\n", encoding="utf-8")
    remove_redirects(tmp_path, site_url)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert left == ["articles", "articles/kept.html"]
