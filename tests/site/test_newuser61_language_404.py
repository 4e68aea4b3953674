"""A missing address under a translation's folder (`de/no/such/page`) answered with that
language's 404 page, not the root's in the default language (newuser60: a Japanese site's
`en/` showed the Japanese page). `_redirects` carries the rule for Netlify; the test reads the
built file as Netlify does (rules top to bottom, the first match wins, `*` takes the rest of
the path) and opens the page the rule names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import REPO


def served_for_missing(site: Path, path: str, base: str = "") -> tuple[int, Path]:
    """The status and file Netlify answers a path no file has with: the first rule of
    `_redirects` whose pattern matches it, else the root's 404.html."""
    rules = (site / "_redirects").read_text(encoding="utf-8").splitlines() \
        if (site / "_redirects").is_file() else []
    for rule in rules:
        pattern, target, status = rule.split()
        regex = re.escape(pattern).replace(r"\*", "(?P<splat>.*)")
        if re.fullmatch(regex, path):
            assert target.startswith(base + "/"), rule
            return int(status), site / target[len(base) + 1:]
    return 404, site / "404.html"


def html_lang(page: Path) -> str:
    match = re.search(r'<html lang="([^"]+)"', page.read_text(encoding="utf-8"))
    assert match, page
    return match.group(1)


@pytest.mark.parametrize("path", ["/de/no/such/page", "/de/articles/billing/gone.html",
                                  "/de/x"])
def test_a_missing_page_under_a_translation_is_answered_in_its_language(
        multilingual_site: Path, path: str) -> None:
    status, page = served_for_missing(multilingual_site, path)
    assert (status, page.name, html_lang(page)) == (404, "404.html", "de")
    assert "Diese Seite gibt es nicht" in page.read_text(encoding="utf-8")
    # its styles and links are absolute, so they hold at any depth the host shows it
    assert 'href="/de/assets/stylesheets/kb.css"' in page.read_text(encoding="utf-8")


def test_a_missing_page_of_the_default_language_keeps_the_root_page(
        multilingual_site: Path) -> None:
    status, page = served_for_missing(multilingual_site, "/no/such/page")
    assert (status, page, html_lang(page)) == (404, multilingual_site / "404.html", "en")
    status, page = served_for_missing(multilingual_site, "/design/x")  # starts like `de`
    assert page == multilingual_site / "404.html"


def test_under_a_sub_path_the_rule_names_the_sub_path(
        tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    site = build(project / "mkdocs.yml", project / "site", strict=True,
                 site_url="https://example.github.io/help/")
    status, page = served_for_missing(site, "/help/de/no/such/page", base="/help")
    assert (status, html_lang(page)) == (404, "de")
    assert served_for_missing(site, "/help/no/such/page", base="/help")[1] == site / "404.html"
