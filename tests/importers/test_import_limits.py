"""An old help centre's front matter over kbgen's limits is imported within them, with a
warning, so the imported project passes `kbgen check` (kbgen.core.schema's MAX_TAGS, MAX_LINE)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.schema import MAX_LINE, MAX_TAGS
from tests.importers.test_formats import front_matter


def test_tags_over_the_limit_are_cut_with_a_warning_and_the_project_checks(
        project: Path, import_site: Callable[..., Any]) -> None:
    tags = [f"label-{n}" for n in range(MAX_TAGS + 30)] + ["w" * (MAX_LINE + 50)]
    front = yaml.safe_dump({"title": "Pair the hub", "description": "Pairing.", "tags": tags})
    result = import_site({"mkdocs.yml": "site_name: Old\n",
                          "docs/pair-the-hub.md": f"---\n{front}---\n\nHold the button.\n"})
    assert f"{MAX_TAGS + 31} tags: the first {MAX_TAGS} kept" in result.output
    meta = front_matter(next((project / "content/articles").rglob("pair-the-hub.md")))
    assert meta["tags"] == tags[:MAX_TAGS]
    check = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml")])
    assert check.exit_code == 0 and "\n0 errors" in check.output, check.output


def test_an_over_long_tag_is_shortened(project: Path, import_site: Callable[..., Any]) -> None:
    long = "word " * (MAX_LINE // 4)
    front = yaml.safe_dump({"title": "Reset", "description": "Reset.", "tags": [long, "x"]})
    import_site({"mkdocs.yml": "site_name: Old\n",
                 "docs/reset.md": f"---\n{front}---\n\nPress reset.\n"})
    shortened, short = front_matter(next((project / "content/articles").rglob("reset.md")))["tags"]
    assert len(shortened) <= MAX_LINE and shortened.startswith("word word") and short == "x"
