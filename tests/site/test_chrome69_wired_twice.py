"""kbgen wired twice (under `plugins:` and as the old `hooks/kb.py`), built by MkDocs' own
command line in this process, ends in the clear error only (chrome69): a process that never ran
`kbgen build` ended in `AttributeError: 'KbPlugin' object has no attribute '_build'` after it,
when MkDocs reported the failed build to the plugin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import MINI_CONFIG, REPO, article
from tests.helpers import run_mkdocs

HOOK = REPO / "hooks" / "kb.py"


def test_mkdocs_build_wired_twice_shows_only_the_clear_error(
        write_project: Callable[..., Path]) -> None:
    config = write_project({"content/articles/billing/card.md": article("Card declined")})
    config.write_text(MINI_CONFIG + f"hooks:\n  - {HOOK}\n", encoding="utf-8")
    result = run_mkdocs("build", "-f", str(config))
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "kbgen is wired into" in output, output
    assert "AttributeError" not in output and "Traceback" not in output, output
    assert not (config.parent / "site" / "index.html").exists()
