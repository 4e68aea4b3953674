"""Material's words (palette, `hide`, the default icon) live in the site layer: `kbgen check`
and the build still check them, with the file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.errors import KbError
from tests.conftest import article

BAD_HIDE = article("Card declined at checkout", extra="hide: [toc, sidebar]\n")


def test_an_unknown_hide_value_is_an_error_in_check_and_build(
        write_project: Callable[..., Path], build_project: Callable[..., Path]) -> None:
    config = write_project({"content/articles/billing/card.md": BAD_HIDE})
    result = CliRunner().invoke(cli, ["check", "-f", str(config)])
    assert result.exit_code == 1
    assert ("articles/billing/card.md:6: error: hide: unknown part 'sidebar' of the page; use"
            " any of navigation, toc, footer, feedback, path, tags") in result.output
    with pytest.raises(KbError):
        build_project({"content/articles/billing/card.md": BAD_HIDE})


def test_known_hide_values_build(build_project: Callable[..., Path]) -> None:
    site = build_project({"content/articles/billing/card.md": article(
        "Card declined at checkout", extra="hide: [toc, feedback]\n")})
    page = (site / "articles/billing/card.html").read_text(encoding="utf-8")
    assert 'data-md-type="toc" hidden>' in page


def test_a_category_without_an_icon_gets_materials_folder() -> None:
    from kbgen.core.model import Category, KnowledgeBase, Located
    from kbgen.core.schema import CategoryInfo
    from kbgen.site.material import DEFAULT_CATEGORY_ICON
    from kbgen.site.urls import Urls
    from kbgen.site.views import category_card

    origin = Located("_data/categories.yml", "content/_data/categories.yml", {})
    plain = Category("wifi", CategoryInfo(title="Wi-Fi", description="Signal."), origin)
    named = Category("bill", CategoryInfo(title="Bills", description="Money.",
                                          icon="material/cash"), origin)
    urls = Urls({"articles/wifi/index.md": "articles/wifi/index.html"})
    assert CategoryInfo(title="Wi-Fi", description="Signal.").icon is None  # core: no theme
    assert category_card(KnowledgeBase(), plain, urls, "index.html").icon == \
        DEFAULT_CATEGORY_ICON == "material/folder-outline"
    assert category_card(KnowledgeBase(), named, urls, "index.html").icon == "material/cash"
