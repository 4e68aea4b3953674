"""rev66 F10 d-f, block by block: GitBook's file, API parameter and response, and code-title
tags keep what they showed; `$$` formulas (any Markdown site) are kept as code."""

from __future__ import annotations

import pytest

from kbgen.importers.gitbook import blocks
from kbgen.importers.math_blocks import math_as_code

BLOCKS = [
    # (GitBook text, what it must become)
    ('{% file src="a/guide.pdf" %}\nThe guide\n{% endfile %}', "[The guide](<a/guide.pdf>)"),
    ("{% file src='a/guide.pdf' %}The guide{% endfile %}", "[The guide](<a/guide.pdf>)"),
    ('{% file src="a/guide.pdf" caption="Print it" %}', "[Print it](<a/guide.pdf>)"),
    ('{% file src="a/my%20guide.pdf" %}', "[my guide.pdf](<a/my%20guide.pdf>)"),
    ('{% file src="a/x.zip" %}\n[v2] build\n{% endfile %}', "[(v2) build](<a/x.zip>)"),
    ('{% swagger-parameter in="path" name="id" type="integer" required="true" %}\nThe id.\n'
     "{% endswagger-parameter %}", "`id` (path, integer, required):\nThe id."),
    ("{% swagger-parameter name='q' %}\nWords.\n{% endswagger-parameter %}", "`q`:\nWords."),
    ('{% swagger-parameter in="header" name="X-Token" type="string" required="false" %}',
     "- `X-Token` (header, string)"),  # no description: no colon leading to nothing
    ('{% swagger-response status="200: OK" description="Found" %}\n```json\n{}\n```\n'
     "{% endswagger-response %}", "**200: OK** Found\n\n```json\n{}\n```"),
    ('{% swagger-response status="404" description="" %}\nNone.\n{% endswagger-response %}',
     "**404**\n\nNone."),
    ("{% swagger-description %}\nLists users.\n{% endswagger-description %}", "Lists users."),
    ('{% code title="app.py" overflow="wrap" %}\n```python\nprint(1)\n```\n{% endcode %}',
     "**app.py**\n\n```python\nprint(1)\n```"),
    ('{% code lineNumbers="true" %}\n```sh\nls\n```\n{% endcode %}', "```sh\nls\n```"),
]
KEPT = [
    '```liquid\n{% file src="a.pdf" %}\n```',
    '`{% swagger-parameter name="id" %}`',
    '```\n{% code title="x" %}\n```',
]


@pytest.mark.parametrize(("text", "made"), BLOCKS, ids=[b[0][:40] for b in BLOCKS])
def test_a_gitbook_block_keeps_what_it_showed(text: str, made: str) -> None:
    body, notes = blocks(f"Before.\n\n{text}\n\nAfter.\n")
    assert made in body and "{%" not in body, body
    assert "Liquid" not in " ".join(notes), notes


@pytest.mark.parametrize("text", KEPT)
def test_code_that_shows_the_tags_keeps_them(text: str) -> None:
    assert blocks(text + "\n")[0] == text + "\n"


MATH = [
    ("$$\nE = mc^2\n$$", "```latex\nE = mc^2\n```"),
    ("$$ a_1 * b_2 $$", "```latex\na_1 * b_2\n```"),
    ("$$\n\\frac{a}{b}\n\\sum_{i=1}^n i\n$$", "```latex\n\\frac{a}{b}\n\\sum_{i=1}^n i\n```"),
    ("Text:\n$$\nx_1\n$$\nMore.", "Text:\n\n```latex\nx_1\n```\n\nMore."),
    ("- item\n\n  $$\n  x_1\n  $$", "  ```latex\n  x_1\n  ```"),
]
NOT_MATH = [
    "It costs $$5 or $$6.", "```\n$$\nx\n$$\n```", "`$$ x $$`", "$$\nnever closed",
    "Pay $5 and $6.", "$$$$",
]


@pytest.mark.parametrize(("text", "made"), MATH)
def test_a_formula_is_kept_in_code(text: str, made: str) -> None:
    body, count = math_as_code(text)
    assert made in body and count == 1, body


@pytest.mark.parametrize("text", NOT_MATH)
def test_dollars_that_are_no_formula_stay(text: str) -> None:
    assert math_as_code(text) == (text, 0)
