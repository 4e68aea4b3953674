"""A default-language page's link to its own translation, written as the path of the
translation's file (`../../../translations/de/articles/wifi/x.md`, as an import of a Starlight
page's `[German page](/de/start/)` now writes it): the build makes it the German page's
address. On m68 MkDocs left the path in the page and the strict build failed. The sample's
English password article links its German translation (tests/fixtures/multilingual)."""

from __future__ import annotations

import re
from pathlib import Path

ENGLISH = "articles/account/change-your-password.html"


def test_the_link_leads_to_the_translation(multilingual_site: Path) -> None:
    html = (multilingual_site / ENGLISH).read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]*)">in German</a>', html)
    assert links == ["../../de/articles/account/change-your-password.html"], links
    target = (multilingual_site / ENGLISH).parent / links[0].split("#")[0]
    assert target.resolve().is_file() and "kb-default-language" not in html
