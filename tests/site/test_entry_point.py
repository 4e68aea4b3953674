"""kbgen runs through one entry point, the `kbgen` plugin: wired twice it refuses to build,
the old `hooks/kb.py` wiring is the same plugin, and `kbgen build` needs the plugin."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bench.site_diff import differences
from kbgen.cli import cli
from kbgen.commands.build import build
from tests.conftest import MINI_CONFIG, REPO, article
from tests.helpers import run_cli, run_mkdocs

HOOK = REPO / "hooks" / "kb.py"
ARTICLES = {"content/articles/billing/card.md": article("Card declined at checkout"),
            "content/articles/wifi/drops.md": article("Router keeps dropping")}


def _kbgen_build(config: Path, site: Path, strict: bool = True
                 ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kbgen", "build", "--strict" if strict else
                           "--no-strict", "-f", str(config), "-d", str(site)],
                          capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)


def test_the_sample_wired_as_plugin_and_hook_fails_with_a_clear_error(tmp_path: Path) -> None:
    """The bug of issue 20: both wirings built a broken site with exit 0 under --strict."""
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, tmp_path / name)
    config = tmp_path / "mkdocs.yml"
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - kbgen " in text  # the sample uses the plugin
    config.write_text(text + f"hooks:\n  - {HOOK}\n", encoding="utf-8")
    site = tmp_path / "site"
    result = _kbgen_build(config, site)
    assert result.returncode != 0
    assert "kbgen is wired into" in result.stderr and "2 times ('kbgen' and" in result.stderr
    assert "remove hooks/kb.py from `hooks:`" in result.stderr
    assert not site.exists()

    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config)],
                           capture_output=True, text=True, timeout=300,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert plain.returncode != 0 and "kbgen is wired into" in plain.stderr


def test_the_old_hook_wiring_is_the_plugin(write_project: Callable[..., Path]) -> None:
    config = write_project(ARTICLES)
    plugin_site = build(config, config.parent / "plugin-site", strict=True)
    hooked = MINI_CONFIG.replace("  - kbgen\n", "") + f"hooks:\n  - {HOOK}\n"
    assert "kbgen" not in hooked.split("hooks:")[0].split("plugins:")[1]
    config.write_text(hooked, encoding="utf-8")
    hook_site = build(config, config.parent / "hook-site", strict=True)
    assert (hook_site / "articles/billing/card.html").is_file()
    assert differences(plugin_site, hook_site) == []


def test_kbgen_build_refuses_a_site_without_the_plugin(write_project: Callable[..., Path]
                                                       ) -> None:
    config = write_project(ARTICLES)
    config.write_text(MINI_CONFIG.replace("  - kbgen\n", ""), encoding="utf-8")
    result = run_cli("build", "--strict", "-f", str(config), "-d", str(config.parent / "site"))
    assert result.returncode != 0  # in this process: the refusal comes before any plugin runs
    assert "does not use kbgen: add `- kbgen` under `plugins:`" in result.stderr
    assert not (config.parent / "site").exists()


def test_the_sample_without_the_plugin_fails_loudly(tmp_path: Path) -> None:
    """An engine that skips unknown plugins (or a plugin list without kbgen) must not
    publish drafts and internal notes without the privacy gate."""
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, tmp_path / name)
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines()
                        if not line.startswith("  - kbgen ")) + "\n"
    assert "  - kbgen.site.guard" in without and "  - kbgen " not in without
    (tmp_path / "mkdocs.yml").write_text(without, encoding="utf-8")
    result = run_mkdocs("build", "-f", str(tmp_path / "mkdocs.yml"))
    assert result.returncode != 0
    assert "built without kbgen's plugin: add `- kbgen` under `plugins:`" in result.stderr
    assert not (tmp_path / "site" / "articles").exists()


def test_the_plugin_listed_twice_is_refused(write_project: Callable[..., Path]) -> None:
    config = write_project(ARTICLES)
    config.write_text(MINI_CONFIG.replace("  - kbgen\n", "  - kbgen\n  - kbgen\n"),
                      encoding="utf-8")
    # Not strict: there MkDocs' own warning about the second instance stops the build first.
    result = _kbgen_build(config, config.parent / "site", strict=False)
    assert result.returncode != 0
    assert "2 times ('kbgen' and 'kbgen #2')" in result.stderr
    assert "List `- kbgen` once under `plugins:`." in result.stderr
    assert not (config.parent / "site").exists()


def test_kbgen_build_validates_extra_kb_once(write_project: Callable[..., Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen import project
    from kbgen.core import config as core_config
    from kbgen.site import settings

    calls: list[str] = []
    real = core_config.load_kb_config

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(str(args[1]))
        return real(*args, **kwargs)

    for module in (project, settings):
        monkeypatch.setattr(module, "load_kb_config", counted)
    config = write_project(ARTICLES)
    result = CliRunner().invoke(cli, ["build", "-f", str(config), "-d",
                                      str(config.parent / "site")])
    assert result.exit_code == 0, result.output
    assert len(calls) == 1
    assert (config.parent / "site/articles/billing/card.html").is_file()
