"""The "page not found" page's title was the site's name alone: a reader's tab, history and
screen reader said nothing of the page not being found. It now starts with the page's heading,
in each language."""

from __future__ import annotations

import html
import re
from pathlib import Path


def test_the_404_pages_title_says_the_page_was_not_found(multilingual_site: Path) -> None:
    site_name = re.search(r"^site_name:\s*(.+)$", (multilingual_site.parent / "mkdocs.yml")
                          .read_text(encoding="utf-8"), re.M)
    assert site_name
    name = site_name.group(1).strip().strip("\"'")
    titles = []
    for page in ("404.html", "de/404.html"):
        text = (multilingual_site / page).read_text(encoding="utf-8")
        heading = re.search(r'<h1 id="kb-content"[^>]*>(.*?)</h1>', text, re.S)
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        assert heading and title, page
        assert html.unescape(title.group(1)) == f"{html.unescape(heading.group(1))} - {name}"
        titles.append(title.group(1))
    assert titles[0].startswith("This page does not exist") and titles[0] != titles[1]
