"""One page's `redirect_from` was uncapped: 5,000 old addresses on one article built 15,077
files (a Zendesk address gets its short forms too), 8 CPU s, near Cloudflare Pages' 20,000 files
of a whole site, from one front matter block. An article, a category, a news post or a page has
at most `MAX_OLD_PATHS`; more is refused by `kbgen check` and the build at the key's line,
saying how many and what to do. A page of as many as allowed still redirects each. And an old
address naming one of the site's own files (the sitemap, a feed, the search index, a copied
file) was not redirected, with a warning from the build only: `kbgen check` now says so too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.frontmatter import split_front_matter
from kbgen.core.redirects import MAX_OLD_PATHS
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in


def _paths(count: int, prefix: str) -> str:
    return "[" + ", ".join(f"/{prefix}/{number}" for number in range(count)) + "]"


def project(root: Path, count: int) -> Path:
    """An article, a category, a news post and a page, each with `count` old addresses."""
    categories = ("billing:\n  title: Billing\n  description: Payments.\n"
                  f"  redirect_from: {_paths(count, 'cat')}\n")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": categories,
        "content/articles/billing/ok.md": article(
            "Fine article", extra=f"redirect_from: {_paths(count, 'art')}\n"),
        "content/news/2026-01-02-new-app.md": (
            "---\ntitle: New app\nsummary: The new app is out.\ndate: 2026-01-02\n"
            f"redirect_from: {_paths(count, 'post')}\n---\n\nIt is out.\n"),
        "content/about.md": (f"---\ntitle: About\nredirect_from: {_paths(count, 'about')}\n"
                             "---\n\n# About\n\nUs.\n"),
    }, dedent_yaml=False)
    return root


PLACES = [("content/_data/categories.yml", 4), ("content/articles/billing/ok.md", 6),
          ("content/news/2026-01-02-new-app.md", 5), ("content/about.md", 3)]


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("old"), MAX_OLD_PATHS + 1), "check")


@pytest.mark.parametrize(("path", "line"), PLACES)
def test_check_refuses_too_many_old_addresses(checked: tuple[int, str], path: str,
                                              line: int) -> None:
    code, output = checked
    told = [text for text in output.splitlines() if text.startswith(f"{path}:{line}: error: ")
            and f"{MAX_OLD_PATHS + 1} old addresses" in text]
    assert code == 1 and told, output


def test_the_build_refuses_them_and_publishes_nothing(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, MAX_OLD_PATHS + 1), "build")
    assert code != 0 and f"{MAX_OLD_PATHS + 1} old addresses" in output, output
    assert not (tmp_path / "site").exists()


def test_as_many_as_allowed_redirect_each(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, MAX_OLD_PATHS), "build")
    assert code == 0, output
    rules = (tmp_path / "site" / "_redirects").read_text(encoding="utf-8").splitlines()
    for prefix in ("art", "cat", "post", "about"):
        assert f"/{prefix}/{MAX_OLD_PATHS - 1} " in "\n".join(rules), prefix
    assert len(rules) == 4 * MAX_OLD_PATHS


SITE_FILES = ["/404.html", "/sitemap.xml", "/sitemap.xml/old", "/robots.txt", "/_headers",
              "/_redirects", "/feed-articles.atom", "/feed-issues.json",
              "/feed-articles-billing.atom", "/search/search_index.json",
              "/assets/javascripts/kb.js", "/files/manual.txt", "/status.html", "/tags.html"]
"""Old addresses naming a file or page every kbgen site has (or the content folder's copied
file): the build warns and does not redirect them (a strict build fails); `kbgen check` said
nothing."""


def test_check_says_what_the_build_says_of_the_site_s_own_files(tmp_path: Path) -> None:
    listed = ", ".join(SITE_FILES + ["/old/fine"])
    root = tmp_path
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/files/manual.txt": "The manual.\n",
                       "content/articles/billing/ok.md": article(
                           "Fine article", extra=f"redirect_from: [{listed}]\n")},
                dedent_yaml=False)
    code, output = run_in(root, "check")
    told = [line for line in output.splitlines()
            if line.startswith("content/articles/billing/ok.md:6: warning: old address")]
    missing = [old for old in SITE_FILES if not any(f"'{old}'" in line for line in told)]
    assert missing == [] and not any("/old/fine" in line for line in told), output
    built_code, built = run_in(root, "build")
    assert built_code == 0, built
    for old in SITE_FILES:
        assert f"old address '{old}' of 'Fine article' is" in built, old


def test_an_import_keeps_as_many_old_addresses_as_a_page_may_have(tmp_path: Path) -> None:
    """A MkDocs site whose `redirect_maps` send more old pages to one page than a page may
    have: the import keeps the first `MAX_OLD_PATHS`, names the others it left, and the
    project it wrote checks without an error (with the cap alone, the import wrote a project its
    own check refused)."""
    target = tmp_path / "kb"
    assert CliRunner().invoke(cli, ["init", str(target), "--company", "Acme",
                                    "--site-name", "Acme help"]).exit_code == 0
    maps = "".join(f"        old-{number}.md: wifi/offline.md\n"
                   for number in range(MAX_OLD_PATHS + 5))
    write_files(tmp_path / "source", {
        "mkdocs.yml": f"site_name: X\nplugins:\n  - redirects:\n      redirect_maps:\n{maps}",
        "docs/wifi/index.md": "# Wi-Fi\n\nEverything about connecting the thermostat.\n",
        "docs/wifi/offline.md": "# Offline\n\nRestart the router first.\n"}, dedent_yaml=False)
    imported = CliRunner().invoke(cli, ["import", "-f", str(target / "mkdocs.yml"),
                                        str(tmp_path / "source")])
    assert imported.exit_code == 0, imported.output
    assert "/old-104/" in imported.output and "not redirected" in imported.output
    written = (target / "content/articles/wifi/offline.md").read_text(encoding="utf-8")
    old = yaml.safe_load(split_front_matter(written).front_matter)["redirect_from"]
    assert len(old) == MAX_OLD_PATHS and "/old-0/" in old
    code, output = run_in(target, "check")
    assert "old addresses; a page may have" not in output, output
