"""Thousands of fenced code blocks under the size limit (retry68).

pymdownx.superfences makes a highlighter for every fenced block and puts them back into the
page in time that grows with the square of their count: on main an article of 40,000 empty
blocks (440 kB) passed `kbgen check`, and `kbgen build` spent its whole 15 s budget on the page
and stopped. `kbgen.core.limits` now refuses more than MAX_FENCED_BLOCKS at the first block
past the limit, wherever the blocks are (quotes, lists, notes, back to back, tildes, with a
language). Variants are judged in one pass by the function check runs; one `kbgen check` of a
real project shows the message and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbgen.core.limits import MAX_FENCED_BLOCKS, pathologies
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

OVER = MAX_FENCED_BLOCKS + 1
MESSAGE = f"more than {MAX_FENCED_BLOCKS:,} fenced code blocks"
TOO_MANY = {
    "empty blocks": "```\nx\n```\n\n" * OVER,
    "back to back": "```\nx\n```\n" * OVER,
    "tildes": "~~~\nx\n~~~\n\n" * OVER,
    "with a language": "```python\nx = 1\n```\n\n" * OVER,
    "with a title": '```yaml title="a.yml"\na: 1\n```\n\n' * OVER,
    "four backticks": "````\nx\n````\n\n" * OVER,
    "in quotes": "> ```\n> x\n> ```\n\n" * OVER,
    "in list items": "- item\n\n    ```\n    x\n    ```\n\n" * OVER,
    "in notes": "!!! note\n    ```\n    x\n    ```\n\n" * OVER,
    "in details": "??? note\n    ```\n    x\n    ```\n\n" * OVER,
    "between paragraphs": "Step one.\n\n```\nrun\n```\n\n" * OVER,
    "mixed fences": ("```\na\n```\n\n~~~\nb\n~~~\n\n" * (OVER // 2 + 1)),
}
"""Articles' bodies with more fenced blocks than the limit."""
WITHIN = {
    "at the limit": "```\nx\n```\n\n" * MAX_FENCED_BLOCKS,
    "indented code": "    x = 1\n\n" * 3000,
    "inline code": "Run `ls` and `pwd`.\n\n" * 3000,
    "fences inside one block": "````\n" + "```\nx\n```\n" * 3000 + "````\n",
    "in a quoted list": "> - ```\n>   x\n>   ```\n\n" * 3000,  # inline code to superfences too
    "a manual's worth": "## Step\n\nRun this:\n\n```bash\nmake\n```\n\n" * 300,
}
"""Near misses: as many as the limit, or code that is not a fenced block each time."""


@pytest.fixture(scope="module")
def judged() -> dict[str, list[tuple[int, str]]]:
    return {name: pathologies(body) for name, body in {**TOO_MANY, **WITHIN}.items()}


@pytest.mark.parametrize("name", TOO_MANY)
def test_too_many_fenced_blocks_are_refused(judged: dict[str, list[tuple[int, str]]],
                                            name: str) -> None:
    assert any(message.startswith(MESSAGE) for _, message in judged[name]), judged[name]


@pytest.mark.parametrize("name", WITHIN)
def test_within_the_limit_passes(judged: dict[str, list[tuple[int, str]]], name: str) -> None:
    assert not any(message.startswith(MESSAGE) for _, message in judged[name]), judged[name]


def test_check_names_the_first_block_past_the_limit(tmp_path: Path) -> None:
    write_files(tmp_path, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           "content/articles/billing/many.md": article(
                               "Many blocks", body="```\nx\n```\n\n" * OVER)},
                dedent_yaml=False)
    code, output = run_in(tmp_path, "check")
    line = 8 + 4 * MAX_FENCED_BLOCKS  # article(): the body starts on line 8
    assert code == 1 and f"content/articles/billing/many.md:{line}: error: {MESSAGE}" \
        in output, output
