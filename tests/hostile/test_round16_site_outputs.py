"""A content or theme file at a place the build writes after copying them: on main,
`content/feed-articles.json` and `content/search/search_index.json` built with exit 0 and were
replaced by the site's feed and index without a word (read in the built site), and a
`feed-news.json` of a site without news stayed, passing for the site's own feed. Each is
refused by `kbgen check` and the build, naming the file and what is written there; a file of
that name in another folder is published."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.site.feeds import FEEDS_PREFIX
from kbgen.site.search_index import INDEX_PATH, KB_INDEX_PATH, PAIRS_DIR, PARTS_DIR, TEXT_DIR
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

TAKEN = ["feed-articles.json", "feed-issues.json", "feed-news.json", "Feed-Articles.JSON",
         "feed-articles-billing.json", "feed-articles.atom", "search/search_index.json",
         "search/kb-index.json", "search/kb-text/0.json", "search/notes.txt"]
"""Places a copied file may not take (a feed's name is any `feed-*.json` at the root)."""
THEMED = MINI_CONFIG.replace("  font: false\n", "  font: false\n  custom_dir: theme\n")


def project(root: Path, files: dict[str, str]) -> Path:
    write_files(root, {"mkdocs.yml": THEMED, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/plain.md": article("Plain one"),
                       "theme/assets/note.txt": "Theme notes.\n", **files},
                dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    files = {f"{folder}/{name}": "Our own list.\n"
             for folder in ("content", "theme") for name in TAKEN}
    return run_in(project(tmp_path_factory.mktemp("outputs"), files), "check")


@pytest.mark.parametrize("folder", ["content", "theme"])
def test_check_names_each_file_and_what_is_written_there(checked: tuple[int, str],
                                                         folder: str) -> None:
    code, output = checked
    missing = [name for name in TAKEN
               if f"{folder}/{name}: error: kbgen" not in output]
    assert code == 1 and missing == [], (missing, output)
    assert f"a file of the {folder} folder at that place is overwritten" in output


def test_the_build_fails_and_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/feed-articles.json": '{"items": ["Our own list"]}\n'})
    code, output = run_in(root, "build")
    assert code == 1, output
    assert "content/feed-articles.json: error: kbgen writes the site's feeds" in output
    assert not (root / "site").exists()


def test_the_same_names_elsewhere_are_published(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/files/feed-articles.json": '{"own": "list"}\n',
                              "content/files/search/index.json": '{"own": "index"}\n',
                              "content/searching.txt": "Own notes.\n"})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert "own" in (root / "site/files/feed-articles.json").read_text(encoding="utf-8")
    assert (root / "site/files/search/index.json").is_file()


def test_the_places_are_the_sites_own() -> None:
    from kbgen.core import site_outputs  # imported here: the module is new (main runs the rest)

    assert site_outputs.FEEDS_PREFIX == FEEDS_PREFIX
    for path in (INDEX_PATH, KB_INDEX_PATH, PAIRS_DIR, PARTS_DIR, TEXT_DIR):
        assert site_outputs.written_there(f"{path}/0.json" if "." not in path else path)
