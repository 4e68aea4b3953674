"""Publishing is atomic: a failed or killed build leaves the previous site exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.commands.build import build
from kbgen.errors import KbError
from tests.conftest import article
from tests.helpers import all_files, run_cli, run_mkdocs

GOOD = {"content/articles/billing/card-declined.md": article()}
BAD = {"content/articles/billing/card-declined.md": article().replace("status: published\n", "")}


def test_failed_build_leaves_previous_site_untouched(
        build_project: Callable[..., Path], write_project: Callable[..., Path]) -> None:
    site = build_project(GOOD)
    before = all_files(site)
    assert "articles/billing/card-declined.html" in before
    config = write_project(BAD)
    result = run_cli("build", "--strict", cwd=config.parent)
    assert result.returncode == 1
    assert ("content/articles/billing/card-declined.md:1: error: missing required key 'status':"
            " write published, draft or internal\n") in result.stderr
    assert result.stderr.endswith(f"Error: The build failed (see above); {site} was left"
                                  " unchanged.\n")
    assert all_files(site) == before
    assert [p.name for p in site.parent.iterdir()
            if p.name.startswith(".site") and p.name != ".site.spare"] == []


def test_strict_build_fails_on_a_warning(
        build_project: Callable[..., Path], write_project: Callable[..., Path]) -> None:
    site = build_project(GOOD)
    before = all_files(site)
    config = write_project({**GOOD, "content/articles/wifi/same.md": article()})  # same title
    with pytest.raises(KbError):
        build(config, site, strict=True)
    assert all_files(site) == before
    build(config, site, strict=False)
    assert "articles/wifi/same.html" in all_files(site)


SLOW_HOOK = '''
import os, time
def on_post_build(config):
    open(os.environ["KB_TEST_MARKER"], "w").close()
    time.sleep(60)
'''


def test_killed_build_leaves_previous_site_untouched(
        build_project: Callable[..., Path], write_project: Callable[..., Path],
        tmp_path: Path) -> None:
    site = build_project(GOOD)
    before = all_files(site)
    config = write_project({**GOOD, "content/articles/wifi/new.md": article("New problem"),
                            "slow.py": SLOW_HOOK})
    config.write_text(config.read_text() + "hooks:\n  - slow.py\n")
    marker = tmp_path / "marker"
    process = subprocess.Popen(
        [sys.executable, "-m", "kbgen", "build", "-f", str(config), "-d", str(site)],
        env={**os.environ, "KB_TEST_MARKER": str(marker)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the build never reached on_post_build"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert all_files(site) == before
    config.write_text(config.read_text().replace("hooks:\n  - slow.py\n", ""))
    build(config, site, strict=True)  # the next build cleans up and publishes
    assert "articles/wifi/new.html" in all_files(site)
    assert [p.name for p in site.parent.iterdir()
            if p.name.startswith(".site") and p.name != ".site.spare"] == []


def test_plain_mkdocs_build_reports_the_same_problem(write_project: Callable[..., Path]) -> None:
    config = write_project(BAD)
    result = run_mkdocs("build", "-q", cwd=config.parent)
    assert result.returncode == 1
    assert ("content/articles/billing/card-declined.md:1: error: missing required key 'status'"
            in result.stderr)
    assert not (config.parent / "site" / "articles").exists()


def test_plain_mkdocs_build_builds_a_good_project(write_project: Callable[..., Path]) -> None:
    config = write_project(GOOD)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict"],
                            cwd=config.parent, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert (config.parent / "site/articles/billing/card-declined.html").is_file()


def test_serve_shows_drafts_with_a_banner(write_project: Callable[..., Path]) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    config = write_project({**GOOD, "content/articles/wifi/wip.md": article("Wip", "draft")})
    cfg = load_config(str(config), site_dir=str(config.parent / "preview"))
    mkdocs_build(cfg, serve_url="http://127.0.0.1:8000/")  # what `kbgen serve` renders
    html = (config.parent / "preview/articles/wifi/wip.html").read_text()
    assert 'class="kb-banner kb-banner--draft"' in html
    assert "You see this page only in" in html


def test_large_build_runs_the_gate_beside_rendering_and_still_blocks(
        build_project: Callable[..., Path], write_project: Callable[..., Path]) -> None:
    from kbgen.site.publish import GATE_BESIDE_FROM

    many = {f"content/articles/billing/a{n}.md": article(f"Problem number {n}")
            for n in range(GATE_BESIDE_FROM)}
    site = build_project(many)
    before = all_files(site)
    leaky = article("Leaky", body="## Symptoms\n\nCall the customer on +1 415 555 0132.\n")
    config = write_project({**many, "content/articles/billing/leaky.md": leaky})
    result = run_cli("build", "--strict", cwd=config.parent)
    assert result.returncode == 1
    assert "content/articles/billing/leaky.md:10: error: phone number (+1" in result.stderr
    assert all_files(site) == before
