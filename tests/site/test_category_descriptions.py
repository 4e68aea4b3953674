"""An imported Docusaurus site had no category descriptions, so import wrote each title as
its description: the home page's cards read "Dashboard / Dashboard / 11 articles", and a
screen reader said every category twice. A description that only repeats the title is left
off the card and the category page; a real one is shown."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI_CONFIG, article, write_files
from tests.helpers import between

CATEGORIES = """\
billing:
  title: Billing
  description: billing
  order: 1
wifi:
  title: Wi-Fi
  description: Connection problems.
  order: 2
"""


def test_a_description_that_repeats_the_title_is_not_shown(tmp_path: Path) -> None:
    from kbgen.commands.build import build

    write_files(tmp_path, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Help\n\n<!-- kb:categories -->\n",
        "content/_data/categories.yml": CATEGORIES,
        "content/articles/billing/card.md": article(),
        "content/articles/wifi/offline.md": article("Hub offline after router change"),
    })
    site = build(tmp_path / "mkdocs.yml", tmp_path / "site", strict=True)
    home = (site / "index.html").read_text(encoding="utf-8")
    cards = between(home, 'class="kb-card"', "</ul>")
    assert cards.count('class="kb-card__title"') == 2
    assert cards.count('class="kb-card__description"') == 1
    assert '<span class="kb-card__description">Connection problems.</span>' in cards
    billing = (site / "articles/billing/index.html").read_text(encoding="utf-8")
    wifi = (site / "articles/wifi/index.html").read_text(encoding="utf-8")
    assert 'class="kb-summary"' not in billing
    assert '<p class="kb-summary">Connection problems.</p>' in wifi
