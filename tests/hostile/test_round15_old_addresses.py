"""An old address inside `assets/` or `search/` (the theme's and kbgen's own files) that names
no file: `kbgen check` warned that it is not redirected, but the build wrote a redirect page
there (`site/assets/javascripts/app.js/index.html`) and a `_redirects` rule, among the site's
scripts and search index. Now the build says what check says and redirects neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

OLD = ["/assets/javascripts/app.js", "/search/old-index/", "/assets/kb/help.html"]
"""Old addresses inside the site's own folders, naming no file of the new site."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    root = tmp_path_factory.mktemp("old")
    listed = ", ".join(OLD + ["/old/refunds"])
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/ok.md": article(
                           "Fine article", extra=f"redirect_from: [{listed}]\n")},
                dedent_yaml=False)
    code, output = run_in(root, "build")
    return root, code, output


def test_the_build_redirects_nothing_inside_the_sites_own_folders(
        built: tuple[Path, int, str]) -> None:
    root, code, output = built
    assert code == 0, output
    site = root / "site"
    written = [old for old in OLD if (site / old.strip("/")).exists()]
    rules = (site / "_redirects").read_text(encoding="utf-8")
    assert written == [] and not any(old in rules for old in OLD), (written, rules)
    assert "/old/refunds " in rules and (site / "old" / "refunds" / "index.html").is_file()


def test_the_build_warns_as_check_does(built: tuple[Path, int, str]) -> None:
    root, _, output = built
    told = [old for old in OLD if f"old address '{old}'" not in output]
    assert told == [], output
    _, checked = run_in(root, "check")
    assert all(f"old address '{old}'" in checked for old in OLD), checked
