"""Attacks on the incremental paths (issue 14, bench/incremental_attacks.py, branch eqa51)
that found a difference from a clean build or preview, each kept as the cheapest test that
failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench.edits import set_key
from kbgen.commands.build import build
from tests.conftest import MINI_CONFIG, article
from tests.incremental.test_saves_during_catch_up import _caught_up, _preview
from tests.incremental.test_unchanged import settle
from tests.site.test_known_issues import on

CARD = "content/articles/billing/card-declined.md"


def test_a_preview_saved_on_a_new_day_shows_that_days_site(
        write_project: Callable[[dict[str, str]], Path], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """`kbgen serve` left running past midnight, then an article's text saved: the preview
    shows the new day's site (a post dated that day listed), as a preview started that day
    does (the save took the fast lane and rendered the one page on the old day's site)."""
    on("2026-11-10", monkeypatch)
    config = write_project({
        CARD: article(),
        "content/news/index.md": "# News\n\n<!-- kb:news -->\n",
        "content/news/launch.md": "---\ntitle: Launch day\nsummary: About the launch.\n"
                                  "date: 2026-11-11\n---\n\nText.\n"})
    preview = _preview(config)
    _caught_up(preview)
    news = preview.site_dir / "news/index.html"
    assert "Launch day" not in news.read_text(encoding="utf-8")  # scheduled: not yet out
    on("2026-11-11", monkeypatch)
    source = config.parent / CARD
    source.write_text(article(body="## Symptoms\n\nIt fails at night.\n"), encoding="utf-8")
    assert preview.update({source})
    _caught_up(preview)
    assert "It fails at night." in (preview.site_dir / "articles/billing/card-declined.html"
                                    ).read_text(encoding="utf-8")
    assert "Launch day" in news.read_text(encoding="utf-8")


LISTING = ('{% extends "base.html" %}\n{% block announce %}LISTED:{% for file in pages %}'
           '{% if file.page and file.page.meta.icon %}[{{ file.page.meta.icon }}|'
           '{{ file.page.meta.description }}]{% endif %}{% endfor %}{% endblock %}\n')
"""A theme override that lists every page's icon and description (MkDocs' `pages`)."""
REFUND = "content/articles/billing/refund-missing.md"


def _listed(site: Path) -> dict[str, str]:
    """What each page of `site` lists (the LISTING block), by path."""
    return {path.relative_to(site).as_posix():
            text.split("LISTED:", 1)[1].split("<", 1)[0].strip()
            for path in site.rglob("*.html")
            if "LISTED:" in (text := path.read_text(encoding="utf-8"))}


def test_a_theme_that_lists_every_pages_metadata_sees_all_of_it_after_an_edit(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    """A `custom_dir` template that reads every page's metadata (`pages`): each page lists
    every article's, as MkDocs gives it (the description from the summary), first with the
    build cache on and again after another article's icon changed (the fast renderer gave
    deferred pages their front matter only, and a quick build left the other pages as they
    were)."""
    config = write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                          "  font: false\n  custom_dir: overrides\n"),
        "overrides/main.html": LISTING, CARD: article(),
        REFUND: article("Refund missing", extra="icon: material/star\n")})
    root = config.parent
    settle(root)
    site = build(config, root / "site", strict=True)
    star = "[material/star|One sentence about refund missing.]"
    assert set(_listed(site).values()) == {star}
    refund = root / REFUND
    refund.write_text(set_key(refund.read_text(encoding="utf-8"), "icon", "material/heart"),
                      encoding="utf-8")
    settle(root)
    site = build(config, root / "site", strict=True)
    listed = _listed(site)
    assert len(listed) > 5 and set(listed.values()) == {star.replace("star", "heart")}


CONTACT = ("company: Test Ltd\nemail: help@test.example\nlines:\n  - label: Support\n"
           "    number: \"+44 20 7946 0000\"\n    timezone: Europe/London\n"
           "    hours: {monday: \"09:00-17:00\"}\n")


def test_a_preview_without_the_fast_renderer_shows_saved_text_and_contact_data(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    """`kbgen serve` of a site with `fast_render: false`: an article's text saved, then the
    contact data, each show (the preview's fast lanes took MkDocs' pages for kbgen's and
    failed on every such save)."""
    config = write_project({
        "mkdocs.yml": MINI_CONFIG.replace("  - kbgen\n", "  - kbgen:\n      fast_render: false\n"),
        "content/_data/contact.yml": CONTACT, CARD: article()})
    preview = _preview(config)
    _caught_up(preview)
    source = config.parent / CARD
    source.write_text(article(body="## Symptoms\n\nIt fails on Sundays.\n"), encoding="utf-8")
    assert preview.update({source})
    page = preview.site_dir / "articles/billing/card-declined.html"
    assert "It fails on Sundays." in page.read_text(encoding="utf-8")
    contact = config.parent / "content/_data/contact.yml"
    contact.write_text(CONTACT.replace("help@test.example", "care@test.example"),
                       encoding="utf-8")
    assert preview.update({contact})
    assert "care@test.example" in page.read_text(encoding="utf-8")
