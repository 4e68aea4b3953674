"""What a page is made from outside the content folder still reaches it through the cache:
a site's hook (a module among MkDocs' plugins) is part of what every page shares."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.commands.build import build
from tests.conftest import article

HOOK = '''
def on_page_content(html, page, config, files):
    return html + "<p>Stamped by hook VERSION</p>"
'''


def test_editing_a_hook_renders_the_pages_again(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({"content/articles/billing/card-declined.md": article(),
                            "stamp.py": HOOK.replace("VERSION", "one")})
    config.write_text(config.read_text() + "hooks:\n  - stamp.py\n")
    page = config.parent / "site/articles/billing/card-declined.html"
    build(config, config.parent / "site", strict=True)
    assert "Stamped by hook one" in page.read_text()
    # another length: Python's bytecode cache trusts a source of the same size and second;
    # another process: MkDocs loads a hook once per process
    (config.parent / "stamp.py").write_text(HOOK.replace("VERSION", "number two"))
    done = subprocess.run([sys.executable, "-m", "kbgen", "build", "--strict", "-f",
                           str(config)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Build cache: 0 of" in done.stderr  # every page made again
    assert "Stamped by hook number two" in page.read_text()


def test_the_installed_software_is_the_same_from_any_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout's `kbgen.egg-info` seen through the current folder or a project folder on
    the import path is not an installed distribution: a build started in another folder (a
    subprocess in the checkout) must not take the cache for another installation's."""
    from kbgen.build.keys import installed_distributions

    expected = installed_distributions()
    (tmp_path / "stray-9.9.egg-info").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", ["", str(tmp_path), *sys.path])
    assert installed_distributions() == expected
    assert not any(name.startswith("stray-") for name in expected)
