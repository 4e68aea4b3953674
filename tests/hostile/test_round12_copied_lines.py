"""Hostile review round 12: one line of front matter copied into every page (DoS under the
size limit).

A major known issue's `workaround` is shown in the banner of every page, a category's title in
every page's navigation, an article's summary on its card in each of its tags' pages: written
once, copied hundreds of times. One-line values had no length limit, so a 100,000-character
workaround added 4 MB to a site of 35 pages, and one article under the 1 MB limit would add a
gigabyte to a help centre of a thousand pages. Every one-line value (`schema.Line`) now has at
most `MAX_LINE` (1,000) characters; more is refused by `kbgen check` and the build, at its line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.schema import MAX_LINE
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files
from tests.hostile.refusals import copies_of_built

ARTICLE = "content/articles/billing/case.md"
LONG = " ".join(["word"] * 20_000)
"""A line of 99,999 characters."""
ISSUE = "known_issue:\n  state: workaround\n  since: 2026-01-01\n  major: true\n  workaround: {}\n"
FILES = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n\n<!-- kb:search -->\n",
         "content/_data/categories.yml": MINI_CATEGORIES,
         "content/articles/wifi/ok.md": article("Fine article")}

# id -> (file, its text, what the message names: file, line and key)
REFUSED = {
    "a major issue's workaround (every page's banner)": (
        ARTICLE, article("Case", extra=ISSUE.format(LONG)),
        f"{ARTICLE}:10: error: 'known_issue.workaround'"),
    "a summary (a card on each tag's page)": (
        ARTICLE, article("Case", extra="tags: [a, b, c]\n").replace(
            "summary: One sentence about case.", f"summary: {LONG}"),
        f"{ARTICLE}:3: error: 'summary'"),
    "a tag": (ARTICLE, article("Case", extra=f"tags: [ok, {LONG}]\n"),
              f"{ARTICLE}:6: error: 'tags[1]'"),
    "a category's title (every page's navigation)": (
        "content/_data/categories.yml", MINI_CATEGORIES.replace("title: Billing",
                                                                f"title: {LONG}"),
        "content/_data/categories.yml:2: error: category 'billing': 'title'"),  # its own line
    "a news post's summary (the news list and feeds)": (
        "content/news/2026-01-05-router.md",
        f"---\ntitle: Router\nsummary: {LONG}\ndate: 2026-01-05\n---\n\nOut.\n",
        "content/news/2026-01-05-router.md:3: error: 'summary'"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """A copy at the given place of the small project, built once for the module."""
    return copies_of_built(tmp_path_factory.mktemp("round12-lines"), FILES)


@pytest.mark.parametrize("path, text, named", REFUSED.values(), ids=REFUSED.keys())
def test_a_line_longer_than_the_limit_is_refused_by_check_and_build(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        path: str, text: str, named: str) -> None:
    project = built(tmp_path / "project")
    monkeypatch.chdir(project)
    before = all_files(project / "site")
    write_files(project, {path: text})
    message = f"{named} is {len(LONG)} characters long; keep it under {MAX_LINE}"
    checked = CliRunner().invoke(cli, ["check"])
    assert checked.exit_code == 1 and message in checked.output, checked.output
    result = CliRunner().invoke(cli, ["build", "-d", str(project / "site")])
    assert result.exit_code == 1 and message in result.output, result.output
    assert all_files(project / "site") == before


def test_a_line_at_the_limit_is_built(
        built: Callable[[Path], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = built(tmp_path / "project")
    monkeypatch.chdir(project)
    workaround = ("Restart the router " * 60)[:MAX_LINE]
    write_files(project, {ARTICLE: article("Case", extra=ISSUE.format(workaround))})
    result = CliRunner().invoke(cli, ["build", "-d", str(project / "site")])
    assert result.exit_code == 0, result.output
    page = (project / "site/articles/wifi/ok.html").read_text(encoding="utf-8")
    assert workaround.strip() in page  # shown in the banner of every page, whole
