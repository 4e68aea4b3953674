"""`kbgen serve` with no earlier preview (right after `kbgen build`, or in a fresh clone):
it serves at once with its pages rendered when viewed, each showing the article's current
text (drafts and internal articles with their banners), saves shown as usual; once the rest
caught up, the preview equals the whole preview build of the same content."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.incremental import Preview, wait_for
from bench.site_diff import differences
from kbgen.commands.serve import preview_dir
from kbgen.site.cold_start import STARTED
from kbgen.site.on_demand import SEARCH_AHEAD
from kbgen.site.quick_edit import UP_TO_DATE
from tests.conftest import article
from tests.helpers import run_cli, site_search
from tests.incremental.test_serve import (
    FAST,
    ON_DEMAND_START,
    _save,
    _until_logged,
    caught_up,
    differences_from_a_clean_preview,
    serve_project,
    wait_for_text,
)
from tests.incremental.test_unchanged import settle


def test_a_start_with_no_earlier_preview_renders_pages_when_viewed_and_catches_up(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    config = serve_project(write_project)
    project = config.parent
    articles = project / "content/articles"
    settle(project)  # files saved just before a build are not vouched for (no snapshot): dated
    # back a minute rather than waited for
    built = run_cli("build", "--strict", cwd=project)  # in this process: not what is tested
    assert built.returncode == 0, built.stderr  # the cache: every page as published, snapshot
    assert not preview_dir(config).exists()
    (project / "site/404.html").unlink()  # the published site, which the preview never reads
    _save(articles / "billing/card-declined.md",
          article(body="## Symptoms\n\nSaved after the build. A quokka.\n"))

    preview = Preview(project)
    page = f"{preview.base}articles/billing/card-declined.html"
    try:
        wait_for(page, "Saved after the build.", limit=300)
        log = preview.output()
        assert ON_DEMAND_START in log, log[-3000:]
        assert "Serving the last preview" not in log
        assert STARTED.format(changed=1) in log, log[-3000:]  # the build's, not every file
        log = _until_logged(preview, SEARCH_AHEAD.split("(")[0])  # search works at once:
        waiting = re.search(re.escape(SEARCH_AHEAD.split("{")[0]) + r"(\d+)", log)
        assert waiting is not None and int(waiting[1]) > 0, log[-3000:]  # pages still to come
        assert any("card-declined" in found  # the changed article, by its new text
                   for found in site_search(preview_dir(config), "quokka"))
        assert "kb-banner--draft" in wait_for_text(
            f"{preview.base}articles/wifi/work-in-progress.html")
        assert "kb-banner--internal" in wait_for_text(
            f"{preview.base}articles/wifi/agents-only.html")
        assert "Card declined" in wait_for_text(  # its related list
            f"{preview.base}articles/billing/expired-card.html")
        caught_up(preview)
        _save(articles / "billing/card-declined.md",  # live reload: the fast lane
              article(body="## Symptoms\n\nSaved while serving.\n"))
        wait_for(page, "Saved while serving.", limit=120)
        _until_logged(preview, FAST.format("billing/card-declined.md"))
        _until_logged(preview, UP_TO_DATE)
    finally:
        preview.stop()

    cold = tmp_path_factory.mktemp("cold") / "preview"
    shutil.copytree(preview_dir(config), cold)
    whole = Preview(project)  # with the last preview: the whole build, served when done
    try:
        _until_logged(whole, "Reloading browsers")
    finally:
        whole.stop()
    assert "Serving the last preview" in whole.output()
    assert differences(cold, preview_dir(config)) == []


def test_a_title_changed_since_the_build_loads_every_file_and_shows_it_everywhere(
        write_project: Callable[[dict[str, str]], Path],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Front matter changed since `kbgen build` (a title its related article lists): the
    last build's content cannot vouch for the other pages, so every file is loaded."""
    config = serve_project(write_project)
    project = config.parent
    settle(project)  # dated back, not waited for (as test_equivalence does)
    built = run_cli("build", "--strict", cwd=project)
    assert built.returncode == 0, built.stderr
    _save(project / "content/articles/billing/card-declined.md",
          article(title="Card refused at checkout"))

    preview = Preview(project)
    try:
        wait_for(f"{preview.base}articles/billing/expired-card.html", "Card refused at checkout",
                 limit=300)
        log = preview.output()
        assert ON_DEMAND_START in log, log[-3000:]
        assert STARTED.split("(")[0] not in log
        assert "Every file loaded, not the last build's content: the front matter of" in log
        caught_up(preview)
    finally:
        preview.stop()
    assert differences_from_a_clean_preview(config, tmp_path_factory) == []
