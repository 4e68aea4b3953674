"""`kbgen build --profile`: where a build's time went, step by step and page by page."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from kbgen.build.timings import Timings
from kbgen.cli import cli
from tests.conftest import article


def test_profile_names_the_steps_events_and_slowest_pages(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({
        "content/articles/billing/card-declined.md": article(),
        "content/articles/wifi/router-change.md": article("Offline after a router change"),
    })
    result = CliRunner().invoke(cli, ["build", "-f", str(config), "--profile"])
    assert result.exit_code == 0, result.output
    report = result.output.split("Where the time went", 1)[1]
    for step in ("on_config", "on_files", "load and check the content", "on_env",
                 "MkDocs: read and convert the pages it renders", "on_post_build",
                 "search index", "kbgen build: check and swap in the new site"):
        assert re.search(rf"^ +\d+\.\d{{3}} s +{re.escape(step)}", report, re.MULTILINE), step
    slowest = report.split("Slowest", 1)[1]
    assert "articles/billing/card-declined.md" in slowest
    assert "articles/wifi/router-change.md" in slowest


def test_a_plain_build_prints_no_profile(write_project: Callable[[dict[str, str]], Path]
                                         ) -> None:
    config = write_project({"content/articles/billing/card-declined.md": article()})
    result = CliRunner().invoke(cli, ["build", "-f", str(config)])
    assert result.exit_code == 0, result.output
    assert "Where the time went" not in result.output


def test_a_phase_never_measured_itself_is_the_sum_of_its_parts() -> None:
    timings = Timings()
    timings.add("event/plugin/part one", 1.0)
    timings.add("event/plugin", 2.5)  # measured: its own figure counts, not its parts'
    timings.add("event/other", 0.5)
    timings.add("later", 1.0)
    timings.add("event/plugin/part two", 1.0)
    assert timings.rows() == [("event", 3.0, 0), ("event/plugin", 2.5, 1),
                              ("event/plugin/part one", 1.0, 1),
                              ("event/plugin/part two", 1.0, 1), ("event/other", 0.5, 1),
                              ("later", 1.0, 1)]
