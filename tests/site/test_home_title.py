"""The home page's `<title>` names the site once: a new site's (and the sample's) index.md is
titled with the site's name, and every tab and screen reader said "Wolkenwerk Hilfe -
Wolkenwerk Hilfe"."""

from __future__ import annotations

import re
from pathlib import Path


def _title(page: Path) -> str:
    found = re.search(r"<title>([^<]*)</title>", page.read_text(encoding="utf-8"))
    assert found, page
    return found.group(1)


def test_the_home_page_names_the_site_once(sample_site: Path) -> None:
    assert _title(sample_site / "index.html") == "Hearthly Help Centre"
    article = _title(sample_site / "contact.html")
    assert article.endswith(" - Hearthly Help Centre") and article.count("Hearthly") == 1
