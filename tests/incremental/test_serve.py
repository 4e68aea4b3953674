"""`kbgen serve`: drafts previewed with a banner, a saved edit shown after one incremental
rebuild, and a later start answering at once with the last preview."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bench.incremental import Preview, wait_for
from kbgen.commands.serve import preview_dir
from tests.conftest import article


def test_serve_previews_drafts_shows_edits_and_starts_from_the_last_preview(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({
        "content/articles/billing/card-declined.md": article(),
        "content/articles/wifi/work-in-progress.md": article("Work in progress", "draft"),
    })
    project = config.parent
    published = project / "content/articles/billing/card-declined.md"
    preview = Preview(project)
    try:
        wait_for(preview.base + "index.html", None, limit=300)
        wait_for(preview.base + "articles/wifi/work-in-progress.html", "kb-banner--draft")
        published.write_text(published.read_text() + "\nRestart the router first.\n")
        wait_for(preview.base + "articles/billing/card-declined.html",
                 "Restart the router first.", limit=120)
    finally:
        preview.stop()
    log = preview.output()
    assert re.search(r"Build cache: [1-9]\d* of \d+ pages unchanged, 1 to render", log), log[-3000:]
    assert (preview_dir(config) / "articles/billing/card-declined.html").is_file()
    assert not (project / "site").exists()  # a preview is never the published site

    again = Preview(project)
    try:
        wait_for(again.base + "articles/billing/card-declined.html",
                 "Restart the router first.", limit=120)
    finally:
        again.stop()
    assert "Serving the last preview while it is brought up to date" in again.output()
