"""What a page is made from outside the content folder still reaches it through the cache:
a site's hook (a module among MkDocs' plugins) is part of what every page shares."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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
