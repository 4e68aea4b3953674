"""A content page at the address of a page kbgen generates (hostile61's left (a)): with
directory URLs `content/subscribe/index.md` is published at `subscribe/`, where kbgen puts its
Subscribe page (the site's feeds); on main it replaced that page unseen (the generated page was
compared by source path, `subscribe.md`, not by address), and so did `status/index.md` (the
known issues), `tags/index.md`, `tags/<tag>/index.md` (a tag's listing), `team.md`,
`team/<member>/index.md`, `contact/index.md`, `news.md` and the same names in other case
(`Status.md`). Check and build now refuse each, naming the file and the name to give a page of
one's own (`status.md`, which replaces kbgen's page on purpose)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

DIRECTORY_URLS = MINI_CONFIG.replace("use_directory_urls: false", "use_directory_urls: true")
PROFILE = "name: Jonas Berg\nrole: Support agent\n"

TAKEN = {
    "subscribe/index.md": ("Subscribe page", "subscribe.md"),
    "status/index.md": ("known issues and status page", "status.md"),
    "tags/index.md": ("tags index", "tags.md"),
    "contact/index.md": ("contact page", "contact.md"),
    "team.md": ("team page", "team/index.md"),
    "news.md": ("news index", "news/index.md"),
    "tags/router/index.md": ("page of the tag 'router'", "tags/router.md"),
    "tags/Offline.md": ("page of the tag 'offline'", "tags/offline.md"),
    "team/jonas-berg/index.md": ("profile page of 'jonas-berg'", "team/jonas-berg.md"),
    "Subscribe.md": ("Subscribe page", "subscribe.md"),
    "CONTACT.md": ("contact page", "contact.md"),
    "Tags/index.md": ("tags index", "tags.md"),
}
"""Content pages at a generated page's address, what each would replace and the file name
that writes that page on purpose."""

OWN = {"status.md", "tags.md", "subscribe.md", "contact.md", "tags/router.md",
       "tags/printer-notes/index.md", "subscribed/index.md", "news/index.md"}
"""Pages of one's own: at a generated page's own source path, or at an address kbgen leaves
free."""


def page(title: str) -> str:
    return f"---\ntitle: {title}\n---\n\n# {title}\n\nOur own words.\n"


def project(root: Path, pages: set[str]) -> Path:
    write_files(root, {"mkdocs.yml": DIRECTORY_URLS, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/team/jonas-berg.yml": PROFILE,
                       "content/articles/wifi/offline.md": article(
                           "Router offline", extra="tags: [router, offline]\n"),
                       **{f"content/{path}": page(path) for path in pages}}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    """One `kbgen check` of a project holding every taken address."""
    return run_in(project(tmp_path_factory.mktemp("taken"), set(TAKEN)), "check")


@pytest.mark.parametrize("path", TAKEN)
def test_a_page_at_a_generated_address_is_refused(checked: tuple[int, str], path: str) -> None:
    code, output = checked
    what, own = TAKEN[path]
    lines = [line for line in output.splitlines() if line.startswith(f"content/{path}: error:")]
    assert code == 1 and lines, output
    assert any(f"the address of the {what}" in line and f"name the file {own}" in line
               for line in lines), lines


def test_the_build_is_refused_and_site_left_untouched(tmp_path: Path) -> None:
    root = project(tmp_path, {"subscribe/index.md", "tags/router/index.md"})
    (root / "site").mkdir()
    for name in ("index.html", "404.html", "sitemap.xml"):  # a site an earlier build made
        (root / "site" / name).write_text("before", "utf-8")
    code, output = run_in(root, "build")
    assert code == 1, output
    assert "content/subscribe/index.md: error: subscribe/index.md would be published at" \
        " 'subscribe', the address of the Subscribe page (its feeds) kbgen generates" in output
    assert {path.name: path.read_text("utf-8") for path in (root / "site").iterdir()} == {
        "index.html": "before", "404.html": "before", "sitemap.xml": "before"}


def test_pages_of_ones_own_pass(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, OWN), "check")
    assert code == 0, output
