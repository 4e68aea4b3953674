"""Attacks on the incremental paths (issue 14, bench/incremental_attacks.py, branch eqa50)
that found a difference from a clean build, each kept as the cheapest test that failed
before its fix."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.site_diff import differences
from kbgen.commands.build import build
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.helpers import run_cli
from tests.incremental.test_equivalence import _clean_build
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview
from tests.incremental.test_unchanged import settle

SNIPPETS = "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: [{}]\n"
INCLUDING = "content/articles/billing/card-declined.md"


@pytest.fixture(scope="module")
def snippet_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles, one including a snippet file (`pymdownx.snippets`), built once."""
    root = tmp_path_factory.mktemp("snippets") / "project"
    write_files(root, {**SMALL_PROJECT,
                       "mkdocs.yml": SMALL_PROJECT["mkdocs.yml"] + SNIPPETS.format(
                           root / "snippets"),
                       "snippets/note.txt": "Unplug the hub first.\n",
                       INCLUDING: article(body="## Symptoms\n\nIt fails.\n\n--8<-- \"note.txt\"\n"),
                       "content/articles/billing/refund-missing.md": article("Refund missing")})
    settle(root)
    site = build(root / "mkdocs.yml", root / "site", strict=True)
    assert "Unplug the hub first." in (site / "articles/billing/card-declined.html").read_text(
        encoding="utf-8")
    return root


def test_a_changed_snippet_shows_on_the_pages_that_include_it(snippet_project: Path) -> None:
    """`kbgen build` after a snippet file changed, no article changed: the including page
    shows the new text, as a clean build does (the page cache keyed pages by their own text
    and reused the old page)."""
    root = snippet_project
    (root / "snippets/note.txt").write_text("Unplug the hub for ten seconds.\n",
                                            encoding="utf-8")
    settle(root)
    site = build(root / "mkdocs.yml", root / "site", strict=True)
    page = (site / "articles/billing/card-declined.html").read_text(encoding="utf-8")
    assert "Unplug the hub for ten seconds." in page
    assert differences(site, _clean_build(root, root.parent / "clean")) == []


def test_a_preview_shows_a_save_of_a_hidden_file_an_article_links_to(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """`kbgen serve`: an article that is a symbolic link to a file in a hidden folder of the
    content folder (builds read it through the link) shows a save of that file, as a clean
    preview does (the preview took it for an editor's hidden file and ignored it)."""
    config = write_project({"content/articles/billing/card-declined.md": article(),
                            "content/.shared/router.md": article("Router reboots")})
    link = config.parent / "content/articles/billing/router.md"
    link.symlink_to("../../.shared/router.md")
    preview = _preview(config)
    _caught_up(preview)
    shared = config.parent / "content/.shared/router.md"
    shared.write_text(article("Router reboots", body="## Symptoms\n\nIt drops at night.\n"),
                      encoding="utf-8")
    assert preview.update({shared})
    _caught_up(preview)
    assert "It drops at night." in (preview.site_dir / "articles/billing/router.html").read_text(
        encoding="utf-8")

    clean = tmp_path_factory.mktemp("clean") / "project"
    shutil.copytree(config.parent, clean, symlinks=True,
                    ignore=shutil.ignore_patterns(".kbgen-cache"))
    fresh = _preview(clean / "mkdocs.yml")
    _caught_up(fresh)
    assert differences(preview.site_dir, fresh.site_dir) == []


def test_an_article_made_a_link_out_of_the_content_folder_is_refused_as_in_a_clean_build(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    """`kbgen build` after an article was replaced by a symbolic link to the same text
    outside the content folder: refused, as a clean build refuses it (the record of the last
    build found the same bytes through the link and said nothing changed)."""
    config = write_project({INCLUDING: article()})
    root = config.parent
    settle(root)
    assert run_cli("build", "--strict", cwd=root).returncode == 0
    source = root / INCLUDING
    outside = root.parent / "outside.md"
    outside.write_bytes(source.read_bytes())
    source.unlink()
    source.symlink_to(outside)
    settle(root)
    result = run_cli("build", "--strict", cwd=root)
    assert result.returncode == 1
    assert "symbolic link to" in result.stderr + result.stdout
