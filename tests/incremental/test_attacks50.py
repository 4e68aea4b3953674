"""Attacks on the incremental paths (issue 14, bench/incremental_attacks.py, branch eqa50)
that found a difference from a clean build, each kept as the cheapest test that failed
before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.site_diff import differences
from kbgen.commands.build import build
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.incremental.test_equivalence import _clean_build
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
