"""`kbgen build`'s summary counts every language's articles: a new user's Japanese help centre
with an English translation said "Published 2 articles" for the three it published."""

from __future__ import annotations

import shutil
from pathlib import Path

from kbgen.commands.build import build_with_summary
from tests.conftest import REPO


def article_pages(site: Path) -> int:
    """The article pages a site holds (category pages, `index.html`, are not articles)."""
    return sum(1 for page in site.rglob("articles/*/*.html") if page.name != "index.html")


def test_the_summary_counts_the_articles_of_every_language(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "tests/fixtures/multilingual", project)
    draft = project / "translations/de/articles/billing/entwurf.md"
    draft.write_text("---\ntitle: Entwurf\nsummary: Noch nicht fertig.\nstatus: draft\n---\n\n"
                     "Text.\n", encoding="utf-8")
    summary = build_with_summary(project / "mkdocs.yml", tmp_path / "site", strict=True)
    german = article_pages(summary.site / "de")
    assert german and article_pages(summary.site) > german  # both languages publish some
    assert summary.published == article_pages(summary.site)
    assert summary.drafts == 1  # the German draft, skipped
    assert str(summary).startswith(f"Published {article_pages(summary.site)} articles (1 draft")
