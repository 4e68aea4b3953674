"""Old addresses across the whole site (round 14's left (e), hostile58's left (b)): each page
may have 100, so on main a site of 100 articles with 100 Zendesk addresses each built 30,185
files (243 MB on disk, 43 s against 10 s; measured in this round), and 1,000 articles would
write 300,000, past every host's file limit. The site as a whole may have 10 a page on
average (at least 1,000), which moves and imports stay far under; one error names the files
with the most."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in


def project(root: Path, articles: int, each: int) -> Path:
    files = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    for number in range(articles):
        old = "".join(f"  - /old/{number}/page-{index}\n" for index in range(each))
        files[f"content/articles/billing/topic-{number}.md"] = article(
            f"Billing topic number {number}", extra=f"redirect_from:\n{old}",
            body=f"## Symptoms\n\nCase {number} fails with code E{number:03}.\n")
    write_files(root, files, dedent_yaml=False)
    return root


def test_a_site_of_many_old_addresses_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path, 12, 100)
    code, output = run_in(root, "check")
    assert code == 1, output
    assert ("content/articles/billing/topic-0.md:6: error: the site has 1200 old addresses in"
            " `redirect_from` for 15 pages; a site may have 1000") in output
    code, output = run_in(root, "build")
    assert code == 1 and "the site has 1200 old addresses" in output, output
    assert not (root / "site").exists()


def test_a_site_under_the_limit_checks_clean(tmp_path: Path) -> None:
    code, output = run_in(project(tmp_path, 12, 80), "check")
    assert code == 0 and "old addresses in" not in output, output
