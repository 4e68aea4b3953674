"""A category whose articles are all internal or drafts (an imported agents-only section, a
folder being prepared) may have a private name: it gets no page, and its title and
description are in no published file, while `kbgen check` says why it is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CONFIG, article, write_files
from tests.helpers import all_files

CATEGORIES = """\
billing:
  title: Billing
  description: Payments and invoices.
escalations:
  title: Zebracorn legal escalations
  description: Zebradesc agents only.
  redirect_from: [/hc/en-us/sections/360001-Escalations]
"""
FILES: dict[str, str | bytes] = {
    "mkdocs.yml": MINI_CONFIG,
    "content/index.md": "# Home\n\n<!-- kb:categories -->\n\n<!-- kb:search -->\n",
    "content/_data/categories.yml": CATEGORIES,
    "content/articles/billing/card.md": article("Card declined at checkout"),
    "content/articles/escalations/threats.md": article("Handling legal threats", "internal"),
    "content/articles/escalations/wip.md": article("Unfinished playbook", "draft"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("categories")
    write_files(root, FILES)
    return root


def test_the_private_category_is_in_no_published_file(project: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "--strict", "-f", str(project / "mkdocs.yml"),
                                      "-d", str(project / "site")])
    assert result.exit_code == 0, result.output
    site = all_files(project / "site")
    assert [name for name, data in site.items()
            if b"Zebracorn" in data or b"Zebradesc" in data or b"escalations" in data] == []
    assert "articles/billing/index.html" in site
    assert b"Payments and invoices." in site["index.html"]


def test_check_says_why_the_category_has_no_page(project: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["check"])
    assert ("content/_data/categories.yml:4: warning: category 'escalations' has no published"
            " article: it gets no page and its title is not shown until one is published"
            ) in result.output
    assert "category 'billing'" not in result.output


def test_a_page_naming_the_private_category_is_refused(project: Path, tmp_path: Path) -> None:
    write_files(tmp_path, {**FILES,
                           "content/faq.md": "# FAQ\n\n<!-- kb:category escalations -->\n"})
    result = CliRunner().invoke(cli, ["build", "-f", str(tmp_path / "mkdocs.yml"),
                                      "-d", str(tmp_path / "site")])
    assert result.exit_code != 0
    assert "category 'escalations' has no published article" in result.output
    assert not (tmp_path / "site").exists()
