"""HTML comments of an article never reach a customer through `kbgen reply`.

Authors leave notes for each other in `<!-- ... -->`; the site never shows them (they are not
in site/), but the reply's text and Markdown quoted them verbatim to the customer. Each row is
an article whose steps hide "Zebranote <id>" in a comment; a real `kbgen reply` in every format
must leave it out and keep the text around it. A comment written as code stays, as written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files

# id -> the Resolution section; it hides "Zebranote <id>" and shows "Before <id>", "After <id>"
HIDDEN = [
    ("own-line", "Before {id}.\n\n<!-- Zebranote {id}: customer was rude -->\n\nAfter {id}.\n"),
    ("inline", "Before {id}. <!-- Zebranote {id} --> After {id}.\n"),
    ("multi-line", "Before {id}.\n\n<!--\nZebranote {id}\nsecond line\n-->\n\nAfter {id}.\n"),
    ("in-list", "1. Before {id}. <!-- Zebranote {id} -->\n2. After {id}.\n"),
    ("two", "Before {id}. <!-- Zebranote {id} --> x <!-- Zebranote {id} --> After {id}.\n"),
    ("unclosed", "Before {id}. After {id}.\n\n<!-- Zebranote {id} never closed\n"),
]
SHOWN = [
    ("inline-code", "Before {id}. Type `<!-- Zebranote {id} -->` After {id}.\n"),
    ("fenced", "Before {id}.\n\n```html\n<!-- Zebranote {id} -->\n```\n\nAfter {id}.\n"),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("comments")
    files = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    for key, steps in [*HIDDEN, *SHOWN]:
        body = "## Resolution\n\n" + steps.replace("{id}", key)
        files[f"content/articles/billing/{key}.md"] = article(f"Article {key}", body=body)
    write_files(root, files)
    return root / "mkdocs.yml"


def _reply(config: Path, key: str) -> dict[str, str]:
    result = CliRunner().invoke(cli, ["reply", "-f", str(config), key, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("key", [row[0] for row in HIDDEN])
def test_a_comment_is_left_out_of_every_format(project: Path, key: str) -> None:
    reply = _reply(project, key)
    for form in ("text", "markdown", "html"):
        assert f"Zebranote {key}" not in reply[form], form
        assert f"Before {key}" in reply[form], form
    assert f"After {key}" in reply["text"]


@pytest.mark.parametrize("key", [row[0] for row in SHOWN])
def test_a_comment_written_as_code_stays(project: Path, key: str) -> None:
    reply = _reply(project, key)
    assert f"Zebranote {key}" in reply["text"] and f"Zebranote {key}" in reply["markdown"]
