"""Attacks on the front-matter quick build (kbgen.site.front_matter_build): edit sequences
after which `kbgen build`, rendering only the pages that read what changed, must still equal
a clean build byte for byte, and must still be a quick build where one is vouched for.

One small project is built once for the module (its cache, record and snapshot
kept); each test edits it, builds it incrementally, and compares with a clean build of the
same content. The tests run in order and each leaves the project as a later build finds it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from bench.edits import set_key
from bench.site_diff import differences
from kbgen.commands.build import build
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.incremental.test_equivalence import RENDERED, _clean_build
from tests.incremental.test_unchanged import settle

OLD_ADDRESS = "/hc/en-us/articles/123-Old-title"
REDIRECTED = "content/articles/billing/card-declined.md"


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small project (two articles with old addresses, each listing the other), built
    once: its cache, record and snapshot kept."""
    root = tmp_path_factory.mktemp("attacks") / "project"
    write_files(root, {**SMALL_PROJECT, REDIRECTED: article(
        extra=f"redirect_from: [{OLD_ADDRESS}]\nrelated: [refund-missing]\n"),
        "content/articles/billing/refund-missing.md": article(
            "Refund missing", extra="redirect_from: [/old/refund.html]\n"
                                    "related: [card-declined]\n")})
    settle(root)
    build(root / "mkdocs.yml", root / "site", strict=True)
    return root / "mkdocs.yml"


def _rebuilt(config: Path, caplog: pytest.LogCaptureFixture) -> tuple[bool, list[str]]:
    """Build `config`'s project after an edit: whether it was a quick build, and how its
    site differs from a clean build's."""
    project = config.parent
    settle(project)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        site = build(config, project / "site", strict=True)
    quick = bool(RENDERED.findall(caplog.text))
    return quick, differences(site, _clean_build(project, project.parent / "clean"))


def _set(path: Path, key: str, value: str) -> None:
    path.write_text(set_key(path.read_text(encoding="utf-8"), key, value), encoding="utf-8")


def test_retitled_article_updates_its_redirect_pages(
        config: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A redirect page from an old address names its article by title; `_redirects` lists
    the old addresses in the articles' title order (which the new title changes)."""
    path = config.parent / REDIRECTED
    _set(path, "title", json.dumps("Retitled, with old addresses"))
    quick, differ = _rebuilt(config, caplog)
    assert differ == []
    assert quick
    page = config.parent / "site" / OLD_ADDRESS.strip("/") / "index.html"
    assert "Retitled, with old addresses" in page.read_text(encoding="utf-8")
