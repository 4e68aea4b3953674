"""The preview's fast lane in process (no server): a save it shows by rendering one page
says what a full build would say about it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbgen.site.live import LiveSite, keep_live
from kbgen.site.quick_edit import absorb
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

HEADING = "## Reset the router\n\nHold the button.\n"


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveSite, Path]]:
    """A preview build kept live, as `kbgen serve` keeps it: an article and another that
    links to one of its headings."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = tmp_path_factory.mktemp("quick")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/card-declined.md": article(body=HEADING),
        "content/articles/billing/expired-card.md": article("Expired card", body=(
            "See [how to reset](card-declined.md#reset-the-router).\n")),
    })
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "preview"))
    config.plugins.on_startup(command="serve", dirty=False)
    live = LiveSite()
    keep_live(config, live)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
        assert live.ready
        yield live, root
    finally:
        config.plugins.on_shutdown()


def test_a_heading_other_articles_link_to_renamed_in_a_quick_save_is_warned_about(
        preview: tuple[LiveSite, Path], caplog: pytest.LogCaptureFixture) -> None:
    live, root = preview
    saved = root / "content/articles/billing/card-declined.md"
    saved.write_text(article(body=HEADING.replace("Reset the router", "Restart the router")))
    with caplog.at_level(logging.WARNING):
        assert absorb(live, {saved}, root / "preview") == ["articles/billing/card-declined.md"]
    assert "Restart the router" in (root / "preview/articles/billing/card-declined.html"
                                    ).read_text()
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("expired-card.md" in message and "'reset-the-router'" in message
               for message in warned), warned


def test_a_quick_save_is_sanitised_and_personal_data_goes_to_the_full_build(
        preview: tuple[LiveSite, Path]) -> None:
    live, root = preview
    saved = root / "content/articles/billing/card-declined.md"
    page = root / "preview/articles/billing/card-declined.html"
    saved.write_text(article(body=HEADING + '\n<script>alert("x")</script>\n\n'
                             '<a href="javascript:alert(1)">Go</a> Unsafe\n'))
    assert absorb(live, {saved}, root / "preview") == ["articles/billing/card-declined.md"]
    html = page.read_text()
    assert "Unsafe" in html and "<script>alert" not in html and "javascript:" not in html
    saved.write_text(article(body=HEADING + "\nMail jane.smith@gmail.com for help.\n"))
    assert absorb(live, {saved}, root / "preview") is None  # the full build refuses it
    assert "jane.smith" not in page.read_text()
